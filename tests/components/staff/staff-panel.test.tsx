import { beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fail } from '../../../common/result';
import type { KioskSettings } from '../../../common/settings';
import { StaffPanel } from '../../../renderer/staff/staff-panel';
import { contentFor, renderInKiosk, showLanguage, uiWord, type Rendered } from '../support/kiosk';
import { createRecordingBridge, PREVIEW_REFUSALS, type RecordingBridgeOptions } from '../support/recording-bridge';

type Screen = Rendered['screen'];

describe('staff panel', () => {
  const content = contentFor('en');
  const word = (key: string, values?: Record<string, string | number>) => uiWord(content, key, values);

  beforeEach(() => showLanguage(content));

  async function renderPanel(options: RecordingBridgeOptions = {}) {
    const bridge = createRecordingBridge(options);
    const token = bridge.openSession();
    const onSaved = vi.fn<(settings: KioskSettings) => void>();
    const onClose = vi.fn();
    const { screen } = await renderInKiosk(<StaffPanel token={token} settings={bridge.settings} content={content} onSaved={onSaved} onClose={onClose} />, { bridge });
    await expect.element(screen.getByRole('heading', { level: 1 })).toHaveTextContent(word('staff.title'));
    return { screen, bridge, token, onSaved, onClose };
  }

  const group = (screen: Screen, legend: string) => screen.getByRole('group', { name: legend, exact: true });
  const radio = (screen: Screen, legend: string, label: string) => group(screen, legend).getByRole('radio', { name: label, exact: true });
  const checkbox = (screen: Screen, label: string) => screen.getByRole('checkbox', { name: label, exact: true });

  interface ControlCase {
    control: string;
    settings?: Partial<KioskSettings>;
    change(screen: Screen): Promise<void>;
    patch: Partial<KioskSettings>;
    /** The control shows the saved value. */
    shows(screen: Screen): Promise<unknown>;
  }

  const controls: ControlCase[] = [
    {
      control: 'the default language',
      change: (screen) => radio(screen, word('staff.language.default'), 'Deutsch').click(),
      patch: { defaultLanguage: 'de' },
      shows: (screen) => expect.element(radio(screen, word('staff.language.default'), 'Deutsch')).toBeChecked(),
    },
    {
      control: 'a language members may pick (off)',
      change: (screen) => group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'Français' }).click(),
      patch: { enabledLanguages: ['en', 'de', 'es', 'it', 'nl'] },
      shows: (screen) => expect.element(group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'Français' })).not.toBeChecked(),
    },
    {
      control: 'the last language members may not pick yet (on: every language, saved as [])',
      settings: { enabledLanguages: ['en', 'de', 'fr', 'es', 'it'] },
      change: (screen) => group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'Nederlands' }).click(),
      patch: { enabledLanguages: [] },
      shows: (screen) => expect.element(group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'Nederlands' })).toBeChecked(),
    },
    {
      control: 'the volume',
      change: async (screen) => {
        (screen.getByRole('slider').element() as HTMLElement).focus();
        await userEvent.keyboard('{ArrowLeft}');
      },
      patch: { volume: 0.7 },
      shows: (screen) => expect.element(screen.getByRole('slider', { name: word('staff.sound.volume', { percent: 70 }) })).toHaveValue('70'),
    },
    {
      control: 'mute',
      change: (screen) => checkbox(screen, word('staff.sound.mute')).click(),
      patch: { muted: true },
      shows: (screen) => expect.element(checkbox(screen, word('staff.sound.mute'))).toBeChecked(),
    },
    {
      control: 'the breathing cues',
      change: (screen) => radio(screen, word('staff.sound.cues'), word('staff.sound.tone')).click(),
      patch: { cueSound: 'tone' },
      shows: (screen) => expect.element(radio(screen, word('staff.sound.cues'), word('staff.sound.tone'))).toBeChecked(),
    },
    {
      control: 'quiet hours (on)',
      change: (screen) => checkbox(screen, word('staff.sound.quietHours')).click(),
      patch: { quietHours: { start: '22:00', end: '06:00' } },
      shows: (screen) => expect.element(screen.getByRole('combobox', { name: word('staff.sound.from') })).toHaveValue('22:00'),
    },
    {
      control: 'quiet hours (off)',
      settings: { quietHours: { start: '21:30', end: '07:00' } },
      change: (screen) => checkbox(screen, word('staff.sound.quietHours')).click(),
      patch: { quietHours: null },
      shows: (screen) => expect.element(screen.getByRole('combobox', { name: word('staff.sound.from') })).not.toBeInTheDocument(),
    },
    {
      control: 'the start of quiet hours',
      settings: { quietHours: { start: '22:00', end: '06:00' } },
      change: (screen) => userEvent.selectOptions(screen.getByRole('combobox', { name: word('staff.sound.from') }), '23:30'),
      patch: { quietHours: { start: '23:30', end: '06:00' } },
      shows: (screen) => expect.element(screen.getByRole('combobox', { name: word('staff.sound.from') })).toHaveValue('23:30'),
    },
    {
      control: 'the end of quiet hours',
      settings: { quietHours: { start: '22:00', end: '06:00' } },
      change: (screen) => userEvent.selectOptions(screen.getByRole('combobox', { name: word('staff.sound.to') }), '05:00'),
      patch: { quietHours: { start: '22:00', end: '05:00' } },
      shows: (screen) => expect.element(screen.getByRole('combobox', { name: word('staff.sound.to') })).toHaveValue('05:00'),
    },
    {
      control: 'the idle time',
      change: (screen) => radio(screen, word('staff.idle.after'), word('staff.idle.seconds', { count: 90 })).click(),
      patch: { idleTimeoutSeconds: 90 },
      shows: (screen) => expect.element(radio(screen, word('staff.idle.after'), word('staff.idle.seconds', { count: 90 }))).toBeChecked(),
    },
    {
      control: 'the countdown',
      change: (screen) => radio(screen, word('staff.idle.countdown'), word('staff.idle.seconds', { count: 20 })).click(),
      patch: { idleCountdownSeconds: 20 },
      shows: (screen) => expect.element(radio(screen, word('staff.idle.countdown'), word('staff.idle.seconds', { count: 20 }))).toBeChecked(),
    },
    {
      control: 'the attract loop',
      change: (screen) => checkbox(screen, word('staff.idle.attract')).click(),
      patch: { attractLoop: false },
      shows: (screen) => expect.element(checkbox(screen, word('staff.idle.attract'))).not.toBeChecked(),
    },
    {
      control: 'the station',
      change: (screen) => radio(screen, word('staff.station.legend'), content.stations.find((station) => station.id === 'cable-station')!.name).click(),
      patch: { station: 'cable-station' },
      shows: (screen) => expect.element(radio(screen, word('staff.station.legend'), content.stations.find((station) => station.id === 'cable-station')!.name)).toBeChecked(),
    },
    {
      control: 'the rotation',
      change: (screen) => radio(screen, word('staff.screen.rotation'), word('staff.screen.clockwise')).click(),
      patch: { rotation: 90 },
      shows: (screen) => expect.element(radio(screen, word('staff.screen.rotation'), word('staff.screen.clockwise'))).toBeChecked(),
    },
    {
      control: 'the rotation (back upright)',
      settings: { rotation: 180 },
      change: (screen) => radio(screen, word('staff.screen.rotation'), word('staff.screen.upright')).click(),
      patch: { rotation: 0 },
      shows: (screen) => expect.element(radio(screen, word('staff.screen.rotation'), word('staff.screen.upright'))).toBeChecked(),
    },
  ];

  it('shows every section, with the saved settings chosen', async () => {
    const { screen } = await renderPanel({ settings: { defaultLanguage: 'de', enabledLanguages: ['en', 'de'], muted: true, cueSound: 'off', idleTimeoutSeconds: 120, idleCountdownSeconds: 5, attractLoop: false, rotation: 270 } });

    expect(screen.container.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('staff');
    const sections = screen.getByRole('heading', { level: 2 }).elements().map((heading) => heading.textContent);
    expect(sections).toEqual(['language', 'sound', 'idle', 'station', 'screen', 'content', 'diagnostics', 'maintenance'].map((section) => word(`staff.${section}.title`)));
    await expect.element(radio(screen, word('staff.language.default'), 'Deutsch')).toBeChecked();
    const enabled = group(screen, word('staff.language.enabled')).getByRole('checkbox');
    expect(enabled.elements().map((box) => (box as HTMLInputElement).checked)).toEqual(content.languages.map((language) => ['en', 'de'].includes(language.code)));
    await expect.element(screen.getByRole('slider', { name: word('staff.sound.volume', { percent: 80 }) })).toBeVisible();
    await expect.element(checkbox(screen, word('staff.sound.mute'))).toBeChecked();
    await expect.element(radio(screen, word('staff.sound.cues'), word('staff.sound.off'))).toBeChecked();
    await expect.element(checkbox(screen, word('staff.sound.quietHours'))).not.toBeChecked();
    await expect.element(radio(screen, word('staff.idle.after'), word('staff.idle.seconds', { count: 120 }))).toBeChecked();
    await expect.element(radio(screen, word('staff.idle.countdown'), word('staff.idle.seconds', { count: 5 }))).toBeChecked();
    await expect.element(checkbox(screen, word('staff.idle.attract'))).not.toBeChecked();
    const stations = group(screen, word('staff.station.legend')).getByRole('radio');
    expect(stations.elements()).toHaveLength(content.stations.length);
    await expect.element(radio(screen, word('staff.station.legend'), content.stations.find((station) => station.id === 'seated-leg-curl')!.name)).toBeChecked();
    const rotations = group(screen, word('staff.screen.rotation')).getByRole('radio');
    expect(rotations.elements().map((choice) => choice.closest('label')?.textContent)).toEqual(['upright', 'clockwise', 'upsideDown', 'anticlockwise'].map((key) => word(`staff.screen.${key}`)));
    await expect.element(radio(screen, word('staff.screen.rotation'), word('staff.screen.anticlockwise'))).toBeChecked();
  });

  it.each(controls)('saves $control with its patch and the session token, and says "Saved."', async ({ settings, change, patch, shows }) => {
    const { screen, bridge, token, onSaved } = await renderPanel({ settings });

    await change(screen);

    await expect.element(screen.getByRole('status')).toHaveTextContent(word('staff.saved'));
    expect(bridge.requestsTo('saveSettings')).toEqual([{ token, patch }]);
    expect(bridge.settings).toMatchObject(patch);
    expect(onSaved.mock.calls).toEqual([[bridge.settings]]);
    await shows(screen);
  });

  it('does not let the last language members may pick be turned off', async () => {
    const { screen, bridge } = await renderPanel({ settings: { enabledLanguages: ['en'] } });

    await group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'English' }).click();

    await expect.element(group(screen, word('staff.language.enabled')).getByRole('checkbox', { name: 'English' })).toBeChecked();
    expect(bridge.requestsTo('saveSettings')).toEqual([]);
  });

  it('closes, and puts the control back, when the kiosk answers that the session has ended', async () => {
    const { screen, bridge, token, onSaved, onClose } = await renderPanel();
    bridge.endSessions();

    await radio(screen, word('staff.language.default'), 'Deutsch').click();

    await expect.poll(() => onClose.mock.calls.length).toBe(1);
    expect(bridge.requestsTo('saveSettings')).toEqual([{ token, patch: { defaultLanguage: 'de' } }]);
    expect(onSaved).not.toHaveBeenCalled();
    await expect.element(radio(screen, word('staff.language.default'), 'English')).toBeChecked();
    await expect.element(screen.getByRole('status')).toHaveTextContent(word('staff.sessionEnded'));
  });

  it('says why a change was not saved, and puts the control back', async () => {
    const { screen, bridge, onSaved, onClose } = await renderPanel();
    // What the settings store answers when it cannot write its file.
    bridge.respond('saveSettings', async () => fail('internal', 'Settings could not be written to settings.json (EACCES)'));

    await checkbox(screen, word('staff.sound.mute')).click();

    await expect.element(screen.getByRole('status')).toHaveTextContent(`${word('staff.notSaved')} Settings could not be written to settings.json (EACCES)`);
    await expect.element(checkbox(screen, word('staff.sound.mute'))).not.toBeChecked();
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  describe.each([
    { action: 'restart', channel: 'restartKiosk' },
    { action: 'quit', channel: 'quitKiosk' },
  ] as const)('$action', ({ action, channel }) => {
    const label = () => word(`staff.maintenance.${action}`);

    it('asks for a second tap before it does anything', async () => {
      const { screen, bridge } = await renderPanel();

      await screen.getByRole('button', { name: label() }).click();

      await expect.element(screen.getByRole('button', { name: word('staff.maintenance.confirm') })).toBeVisible();
      expect(bridge.requestsTo(channel)).toEqual([]);
    });

    it('says why not when the kiosk cannot (the preview)', async () => {
      const { screen, bridge, token } = await renderPanel({ host: 'preview' });

      await screen.getByRole('button', { name: label() }).click();
      await screen.getByRole('button', { name: word('staff.maintenance.confirm') }).click();

      await expect.element(screen.getByRole('status')).toHaveTextContent(`${word('staff.maintenance.notDone')} ${PREVIEW_REFUSALS[action]}`);
      expect(bridge.requestsTo(channel)).toEqual([{ token }]);
      await expect.element(screen.getByRole('button', { name: label() })).toBeVisible();
    });

    it('asks the kiosk once, with the session token, when it can (Electron)', async () => {
      const { screen, bridge, token } = await renderPanel({ host: 'electron' });

      await screen.getByRole('button', { name: label() }).click();
      await screen.getByRole('button', { name: word('staff.maintenance.confirm') }).click();

      await expect.poll(() => bridge.requestsTo(channel)).toEqual([{ token }]);
    });
  });

  it('resets to the operator\'s settings after a second tap: the controls and the page follow what the kiosk answers', async () => {
    const { screen, bridge, token, onSaved } = await renderPanel({ settings: { defaultLanguage: 'de', muted: true } });
    await expect.element(checkbox(screen, word('staff.sound.mute'))).toBeChecked();

    await screen.getByRole('button', { name: word('staff.maintenance.reset') }).click();
    expect(bridge.requestsTo('resetSettings')).toEqual([]);
    await screen.getByRole('button', { name: word('staff.maintenance.confirm') }).click();

    await expect.poll(() => bridge.requestsTo('resetSettings')).toEqual([{ token }]);
    await expect.element(checkbox(screen, word('staff.sound.mute'))).not.toBeChecked();
    await expect.element(screen.getByRole('status')).toHaveTextContent(word('staff.saved'));
    expect(onSaved).toHaveBeenLastCalledWith(expect.objectContaining({ muted: false, defaultLanguage: 'en' }));
  });

    it('shows the content folder and version, and reloads the content', async () => {
    const { screen, bridge, token } = await renderPanel();

    const facts = screen.getByRole('heading', { level: 2, name: word('staff.content.title') }).element().closest('section')!;
    await expect.poll(() => [...facts.querySelectorAll('dd')].map((value) => value.textContent)).toEqual(['content', content.version]);
    await screen.getByRole('button', { name: word('staff.content.reload') }).click();

    await expect.element(screen.getByRole('status')).toHaveTextContent(word('staff.content.reloaded', { version: content.version }));
    expect(bridge.requestsTo('reloadContent')).toEqual([{ token }]);
    // The folder and version came from the diagnostics, asked for with the staff session's token.
    const diagnosticsRequests = bridge.requestsTo('getDiagnostics');
    expect(diagnosticsRequests.length).toBeGreaterThan(0);
    expect(diagnosticsRequests.every((request) => request.token === token)).toBe(true);
  });

  it('closes when staff tap "Close and lock"', async () => {
    const { screen, onClose } = await renderPanel();

    await screen.getByRole('button', { name: word('staff.close') }).click();

    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
