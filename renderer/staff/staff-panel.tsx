/** The staff panel (data-screen="staff"): every setting applies at once and is saved; maintenance at the end. */
import './staff-panel.css';
import '../components/nav-button.css';
import '../components/secondary-button.css';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../common/content-view';
import type { Result } from '../../common/result';
import type { KioskSettings } from '../../common/settings';
import { BridgeContext } from '../bridge/bridge-context';
import { QuietHoursPicker } from './quiet-hours-picker';
import { ChoiceGroup, PanelSection, Toggle } from './staff-controls';
import { StaffDiagnostics } from './staff-diagnostics';
import { VolumeSlider } from './volume-slider';

const IDLE_CHOICES = [30, 60, 90, 120, 180, 300];
const COUNTDOWN_CHOICES = [5, 10, 15, 20, 30];

export interface StaffPanelProps {
  token: string;
  settings: KioskSettings;
  content: KioskContent;
  onSaved: (settings: KioskSettings) => void;
  onClose: () => void;
}

export function StaffPanel({ token, settings: saved, content, onSaved, onClose }: StaffPanelProps) {
  const { t } = useTranslation();
  const bridge = useContext(BridgeContext);
  // Kept as a key, so the message follows a language change made by the very save it reports.
  const [message, setMessage] = useState<{ key: 'staff.saved' | 'staff.sessionEnded' | 'staff.notSaved' | 'staff.maintenance.notDone'; detail?: string } | null>(null);
  const [confirming, setConfirming] = useState<'restart' | 'quit' | 'reset' | null>(null);
  // The control moves under the finger at once; a refused save puts it back.
  const [settings, setSettings] = useState(saved);

  /** What a save or a reset answered: the panel and the page follow it, or the controls go back. */
  const settle = (result: Result<KioskSettings> | undefined) => {
    if (!result) return;
    if (result.ok) {
      setSettings(result.value);
      onSaved(result.value);
      setMessage({ key: 'staff.saved' });
    } else {
      setSettings(saved);
      setMessage(result.error.code === 'forbidden' ? { key: 'staff.sessionEnded' } : { key: 'staff.notSaved', detail: result.error.message });
      if (result.error.code === 'forbidden') onClose();
    }
  };
  const save = async (patch: Partial<KioskSettings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    settle(await bridge?.saveSettings({ token, patch }));
  };
  /** Forgets every change made here, so the operator's kiosk.json (and the defaults) apply again. */
  const reset = async () => {
    if (confirming !== 'reset') return setConfirming('reset');
    setConfirming(null);
    settle(await bridge?.resetSettings({ token }));
  };
  const maintenance = async (action: 'restart' | 'quit') => {
    if (confirming !== action) return setConfirming(action);
    setConfirming(null);
    const result = await (action === 'restart' ? bridge?.restartKiosk({ token }) : bridge?.quitKiosk({ token }));
    // The preview cannot restart or quit: it says why, and staff should see that instead of nothing.
    if (result && !result.ok) setMessage({ key: 'staff.maintenance.notDone', detail: result.error.message });
  };
  const enabled = settings.enabledLanguages.length === 0 ? content.languages.map((language) => language.code) : settings.enabledLanguages;
  const toggleLanguage = (code: string, on: boolean) => {
    const next = content.languages.map((language) => language.code).filter((entry) => (entry === code ? on : enabled.includes(entry)));
    if (next.length > 0) void save({ enabledLanguages: next.length === content.languages.length ? [] : next });
  };

  return (
    <div className="screen screen--staff" data-screen="staff">
      <header className="staff-header">
        <h1 className="screen__title">{t('staff.title')}</h1>
        <button type="button" className="nav-button" onClick={onClose}>
          {t('staff.close')}
        </button>
      </header>
      {message && (
        <p className="staff-message" role="status">
          {t(message.key)} {message.detail}
        </p>
      )}
      <main className="staff-body">
        <PanelSection title={t('staff.language.title')}>
          <ChoiceGroup legend={t('staff.language.default')} name="default-language" value={settings.defaultLanguage} onChange={(defaultLanguage) => void save({ defaultLanguage })} choices={content.languages.map((language) => ({ value: language.code, label: language.name, lang: language.code }))} />
          <fieldset className="choice-group">
            <legend>{t('staff.language.enabled')}</legend>
            <div className="choice-group__options">
              {content.languages.map((language) => (
                <Toggle key={language.code} label={language.name} lang={language.code} checked={enabled.includes(language.code)} onChange={(on) => toggleLanguage(language.code, on)} />
              ))}
            </div>
          </fieldset>
        </PanelSection>

        <PanelSection title={t('staff.sound.title')}>
          <VolumeSlider volume={settings.volume} onCommit={(volume) => void save({ volume })} />
          <Toggle label={t('staff.sound.mute')} checked={settings.muted} onChange={(muted) => void save({ muted })} />
          <ChoiceGroup legend={t('staff.sound.cues')} name="cue-sound" value={settings.cueSound} onChange={(cueSound) => void save({ cueSound })} choices={[{ value: 'voice', label: t('staff.sound.voice') }, { value: 'tone', label: t('staff.sound.tone') }, { value: 'off', label: t('staff.sound.off') }]} />
          <Toggle label={t('staff.sound.quietHours')} checked={settings.quietHours !== null} onChange={(on) => void save({ quietHours: on ? { start: '22:00', end: '06:00' } : null })} />
          {settings.quietHours && <QuietHoursPicker hours={settings.quietHours} onChange={(quietHours) => void save({ quietHours })} />}
        </PanelSection>

        <PanelSection title={t('staff.idle.title')}>
          <ChoiceGroup legend={t('staff.idle.after')} name="idle" value={settings.idleTimeoutSeconds} onChange={(idleTimeoutSeconds) => void save({ idleTimeoutSeconds })} choices={IDLE_CHOICES.map((seconds) => ({ value: seconds, label: t('staff.idle.seconds', { count: seconds }) }))} />
          <ChoiceGroup legend={t('staff.idle.countdown')} name="countdown" value={settings.idleCountdownSeconds} onChange={(idleCountdownSeconds) => void save({ idleCountdownSeconds })} choices={COUNTDOWN_CHOICES.map((seconds) => ({ value: seconds, label: t('staff.idle.seconds', { count: seconds }) }))} />
          <Toggle label={t('staff.idle.attract')} checked={settings.attractLoop} onChange={(attractLoop) => void save({ attractLoop })} />
        </PanelSection>

        <PanelSection title={t('staff.station.title')}>
          <ChoiceGroup legend={t('staff.station.legend')} name="station" value={settings.station} onChange={(station) => void save({ station })} choices={content.stations.map((station) => ({ value: station.id, label: station.name }))} />
        </PanelSection>

        <PanelSection title={t('staff.screen.title')}>
          <ChoiceGroup legend={t('staff.screen.rotation')} name="rotation" value={settings.rotation} onChange={(rotation) => void save({ rotation })} choices={[{ value: 0, label: t('staff.screen.upright') }, { value: 90, label: t('staff.screen.clockwise') }, { value: 180, label: t('staff.screen.upsideDown') }, { value: 270, label: t('staff.screen.anticlockwise') }]} />
        </PanelSection>

        <StaffDiagnostics token={token} />

        <PanelSection title={t('staff.maintenance.title')}>
          <div className="staff-actions">
            <button type="button" className="secondary-button" onClick={() => void reset()}>
              {confirming === 'reset' ? t('staff.maintenance.confirm') : t('staff.maintenance.reset')}
            </button>
            <button type="button" className="secondary-button" onClick={() => void maintenance('restart')}>
              {confirming === 'restart' ? t('staff.maintenance.confirm') : t('staff.maintenance.restart')}
            </button>
            <button type="button" className="secondary-button secondary-button--danger" onClick={() => void maintenance('quit')}>
              {confirming === 'quit' ? t('staff.maintenance.confirm') : t('staff.maintenance.quit')}
            </button>
          </div>
        </PanelSection>
      </main>
    </div>
  );
}
