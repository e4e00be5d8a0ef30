import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../common/result';
import type { StaffSession } from '../../../common/staff';
import { PinPad } from '../../../renderer/staff/pin-pad';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';
import { overflowingText } from '../support/layout';
import { createRecordingBridge, LOCKOUT_MS, MAX_WRONG_PINS, TEST_PIN, type RecordingBridgeOptions } from '../support/recording-bridge';

describe('PIN pad', () => {
  const content = contentFor('en');
  const entered = (count: number) => uiWord(content, `staff.pin.entered_${count === 1 ? 'one' : 'other'}`, { count });

  beforeEach(() => showLanguage(content));

  async function renderPad(options: RecordingBridgeOptions = {}) {
    const bridge = createRecordingBridge(options);
    const onUnlocked = vi.fn<(token: string) => void>();
    const onCancel = vi.fn();
    const { screen } = await renderInKiosk(<PinPad onUnlocked={onUnlocked} onCancel={onCancel} />, { bridge });
    const pad = screen.getByRole('dialog', { name: uiWord(content, 'staff.pin.title') });
    await expect.element(pad).toBeVisible();
    const type = async (digits: string) => {
      for (const digit of digits) await pad.getByRole('button', { name: digit, exact: true }).click();
    };
    const unlock = () => pad.getByRole('button', { name: uiWord(content, 'staff.pin.unlock') }).click();
    const dots = () => pad.element().querySelector('.pin-pad__dots');
    return { screen, pad, bridge, onUnlocked, onCancel, type, unlock, dots };
  }

  it('shows a dot for each digit typed, never the digit, and Delete takes the last one back', async () => {
    const { pad, type, dots } = await renderPad();

    expect(dots()?.textContent).toBe('—');
    await type('2468');
    await expect.element(pad.getByLabelText(entered(4))).toHaveTextContent('●●●●');
    expect(dots()?.textContent).not.toMatch(/\d/);

    await pad.getByRole('button', { name: uiWord(content, 'staff.pin.delete') }).click();
    await expect.element(pad.getByLabelText(entered(3))).toHaveTextContent('●●●');
  });

  it('takes no more than 8 digits, and sends only those', async () => {
    const { pad, bridge, type, unlock } = await renderPad();

    await type('1234567890');
    await expect.element(pad.getByLabelText(entered(8))).toHaveTextContent('●'.repeat(8));
    await unlock();

    await expect.poll(() => bridge.requestsTo('staffUnlock')).toEqual([{ pin: '12345678' }]);
  });

  it('opens the panel with the session the right PIN starts', async () => {
    const { bridge, onUnlocked, type, unlock } = await renderPad();

    await type(TEST_PIN);
    await unlock();

    await expect.poll(() => onUnlocked.mock.calls.length).toBe(1);
    expect(bridge.requestsTo('staffUnlock')).toEqual([{ pin: TEST_PIN }]);
    // The token it hands on is a live staff session.
    const token = onUnlocked.mock.calls[0]![0];
    expect(await bridge.getDiagnostics({ token })).toMatchObject({ ok: true });
  });

  it('says how many tries are left after a wrong PIN, and clears the dots', async () => {
    const { pad, onUnlocked, type, unlock, dots } = await renderPad();

    await type('1111');
    await unlock();
    await expect.element(pad.getByRole('alert')).toHaveTextContent(uiWord(content, 'staff.pin.wrong_other', { count: MAX_WRONG_PINS - 1 }));
    expect(dots()?.textContent).toBe('—');

    await type('2222');
    await unlock();
    await expect.element(pad.getByRole('alert')).toHaveTextContent(uiWord(content, 'staff.pin.wrong_other', { count: MAX_WRONG_PINS - 2 }));
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('says "1 try left" in the singular', async () => {
    const { pad, type, unlock } = await renderPad({ failedAttempts: MAX_WRONG_PINS - 2 });

    await type('1111');
    await unlock();

    await expect.element(pad.getByRole('alert')).toHaveTextContent(uiWord(content, 'staff.pin.wrong_one', { count: 1 }));
  });

  it('says staff entry is locked, and for how long, after the last wrong PIN', async () => {
    const { pad, bridge, onUnlocked, type, unlock } = await renderPad({ failedAttempts: MAX_WRONG_PINS - 1 });
    const locked = uiWord(content, 'staff.pin.locked', { minutes: LOCKOUT_MS / 60_000 });

    await type('1111');
    await unlock();
    await expect.element(pad.getByRole('alert')).toHaveTextContent(locked);

    // Even the right PIN does not open it now.
    await type(TEST_PIN);
    await unlock();
    await expect.poll(() => bridge.requestsTo('staffUnlock')).toEqual([{ pin: '1111' }, { pin: TEST_PIN }]);
    await expect.element(pad.getByRole('alert')).toHaveTextContent(locked);
    expect(onUnlocked).not.toHaveBeenCalled();
  });

  it('says staff entry is locked as soon as it opens during a lock', async () => {
    const { pad } = await renderPad({ lockedUntil: Date.now() + 3 * 60_000 - 1_000 });

    await expect.element(pad.getByRole('alert')).toHaveTextContent(uiWord(content, 'staff.pin.locked', { minutes: 3 }));
  });

  it('says no PIN is set up on a kiosk without one', async () => {
    const { pad } = await renderPad({ pin: null });

    await expect.element(pad.getByRole('alert')).toHaveTextContent(uiWord(content, 'staff.pin.notConfigured'));
  });

  it('checks one PIN at a time', async () => {
    const { pad, bridge, onUnlocked, type, unlock } = await renderPad();
    let answer: (result: Result<StaffSession>) => void = () => undefined;
    bridge.respond('staffUnlock', () => new Promise((resolve) => (answer = resolve)));

    await type(TEST_PIN);
    await unlock();
    const button = pad.getByRole('button', { name: uiWord(content, 'staff.pin.unlock') });
    await expect.element(button).toBeDisabled();
    await button.click({ force: true });
    answer({ ok: true, value: { token: bridge.openSession() } });

    await expect.poll(() => onUnlocked.mock.calls.length).toBe(1);
    expect(bridge.requestsTo('staffUnlock')).toHaveLength(1);
    await expect.element(button).toBeEnabled();
  });

  it('closes on Cancel without asking the kiosk anything but its status', async () => {
    const { pad, bridge, onCancel } = await renderPad();

    await pad.getByRole('button', { name: uiWord(content, 'staff.pin.cancel') }).click();

    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(bridge.calls.map((call) => call.channel)).toEqual(['staffStatus']);
  });

  it('keeps the word on each key inside the key, in every language (1080 px wide)', async () => {
    const { pad } = await renderPad();
    // The dialog's name changes with the language; the element stays.
    const dialog = pad.element();

    const overflowing: string[] = [];
    for (const language of content.languages) {
      const shown = contentFor(language.code);
      await showLanguage(shown);
      await expect.poll(() => dialog.textContent).toContain(uiWord(shown, 'staff.pin.unlock'));
      await document.fonts.ready;
      overflowing.push(...overflowingText(dialog).map((problem) => `${language.code}: ${problem}`));
    }

    expect(overflowing).toEqual([]);
  });
});
