/** The staff PIN pad: large digits, dots instead of numbers, and a clear word on wrong PINs and the lock. */
import './pin-pad.css';
import '../components/secondary-button.css';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_MAX_LENGTH } from '../../common/staff';
import { BridgeContext } from '../bridge/bridge-context';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function PinPad({ onUnlocked, onCancel }: { onUnlocked: (token: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const bridge = useContext(BridgeContext);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void bridge?.staffStatus().then((result) => {
      if (!result.ok) return;
      if (!result.value.pinConfigured) setMessage(t('staff.pin.notConfigured'));
      else if (result.value.lockedUntil) setMessage(t('staff.pin.locked', { minutes: Math.ceil((result.value.lockedUntil - Date.now()) / 60_000) }));
    });
  }, [bridge, t]);

  const submit = async () => {
    if (!bridge || busy || pin.length === 0) return;
    setBusy(true);
    const result = await bridge.staffUnlock({ pin });
    setBusy(false);
    setPin('');
    if (result.ok) return onUnlocked(result.value.token);
    const { lockedUntil, attemptsLeft } = result.error;
    if (lockedUntil) setMessage(t('staff.pin.locked', { minutes: Math.ceil((lockedUntil - Date.now()) / 60_000) }));
    else if (attemptsLeft !== undefined) setMessage(t('staff.pin.wrong', { count: attemptsLeft }));
    else setMessage(t('staff.pin.notConfigured'));
  };

  return (
    <div className="pin-pad-backdrop">
      <div className="pin-pad" role="dialog" aria-modal="true" aria-labelledby="pin-pad-title">
        <h2 id="pin-pad-title">{t('staff.pin.title')}</h2>
        <p className="pin-pad__dots" aria-live="polite" aria-label={t('staff.pin.entered', { count: pin.length })}>
          {pin.length > 0 ? '●'.repeat(pin.length) : '—'}
        </p>
        {message && (
          <p className="pin-pad__message" role="alert">
            {message}
          </p>
        )}
        <div className="pin-pad__keys">
          {DIGITS.map((digit) => (
            <button key={digit} type="button" className="pin-pad__key" onClick={() => setPin((value) => (value.length < PIN_MAX_LENGTH ? value + digit : value))}>
              {digit}
            </button>
          ))}
          <button type="button" className="pin-pad__key pin-pad__key--word" onClick={() => setPin((value) => value.slice(0, -1))}>
            {t('staff.pin.delete')}
          </button>
          <button type="button" className="pin-pad__key pin-pad__key--ok" onClick={() => void submit()} disabled={busy}>
            {t('staff.pin.unlock')}
          </button>
        </div>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('staff.pin.cancel')}
        </button>
      </div>
    </div>
  );
}
