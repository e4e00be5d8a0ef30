import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, resetElectronMock } from '../../mocks/electron';
import { createElectronHost } from '../../../main/electron-host';
import { EXIT_CODES, isSupervised } from '../../../main/exit-codes';

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

const logFile = { write: vi.fn(async () => undefined), tail: vi.fn(async () => ['a line']) };

describe('Electron host', () => {
  it('under a supervisor, restart exits with its code and never relaunches; quit exits', () => {
    const host = createElectronHost({ logFile, notes: () => [], supervised: true });
    expect(host.restart()).toEqual({ ok: true, value: null });
    vi.advanceTimersByTime(100);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(EXIT_CODES.restart);
    host.quit();
    vi.advanceTimersByTime(100);
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('without a supervisor, restart relaunches the app itself', () => {
    createElectronHost({ logFile, notes: () => [], supervised: false }).restart();
    vi.advanceTimersByTime(100);
    expect(app.relaunch).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledWith(0);
  });

  it('knows a supervisor only by KIOSK_SUPERVISED=1', () => {
    expect(isSupervised({ KIOSK_SUPERVISED: '1' })).toBe(true);
    expect(isSupervised({ KIOSK_SUPERVISED: 'yes', INVOCATION_ID: 'abc' })).toBe(false);
    expect([EXIT_CODES.quit, EXIT_CODES.startFailed, EXIT_CODES.restart]).toEqual([0, 70, 75]);
  });
});
