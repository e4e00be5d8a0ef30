import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { BrowserWindowMock, resetElectronMock } from '../../mocks/electron';
import {
  createCrashRecovery,
  FAILURE_LIMIT,
  FAILURE_WINDOW_MS,
  OUT_OF_ORDER_RETRY_MS,
  UNRESPONSIVE_RELOAD_MS,
  watchWindow,
} from '../../../main/crash-recovery';

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const reload = vi.fn();
  const showOutOfOrder = vi.fn();
  const log = vi.fn();
  const recovery = createCrashRecovery({ now: () => Date.now(), log, reload, showOutOfOrder });
  return { recovery, reload, showOutOfOrder, log };
}

/** Milliseconds until the next reload after a failure. */
function delayOfNextReload(reload: ReturnType<typeof vi.fn>): number {
  const before = reload.mock.calls.length;
  let waited = 0;
  while (reload.mock.calls.length === before && waited < 10 * 60_000) {
    vi.advanceTimersByTime(100);
    waited += 100;
  }
  return waited;
}

describe('crash recovery', () => {
  it('reloads after a failure, backing off 1 s, 2 s, 4 s, 8 s for failures in a row', () => {
    const { recovery, reload } = setup();
    const delays: number[] = [];
    for (let failure = 1; failure < FAILURE_LIMIT; failure += 1) {
      recovery.recover('renderer gone');
      delays.push(delayOfNextReload(reload));
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('after five failures in ten minutes shows "out of order", and tries the kiosk again every few minutes', () => {
    const { recovery, reload, showOutOfOrder } = setup();
    for (let failure = 1; failure <= FAILURE_LIMIT; failure += 1) recovery.recover('renderer gone');
    expect(showOutOfOrder).toHaveBeenCalledOnce();
    expect(recovery.isOutOfOrder()).toBe(true);
    // Silent heartbeats from the out-of-order page change nothing.
    recovery.recover('no heartbeat');
    vi.advanceTimersByTime(OUT_OF_ORDER_RETRY_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledOnce();
    expect(recovery.isOutOfOrder()).toBe(false);
  });

  it('forgets failures older than ten minutes, so a kiosk that crashes once a day never goes out of order', () => {
    const { recovery, showOutOfOrder, reload } = setup();
    for (let day = 0; day < 30; day += 1) {
      recovery.recover('renderer gone');
      expect(delayOfNextReload(reload)).toBe(1_000);
      vi.advanceTimersByTime(FAILURE_WINDOW_MS);
    }
    expect(showOutOfOrder).not.toHaveBeenCalled();
  });

  it('a crash reaches the recovery; a clean exit does not', () => {
    const window = new BrowserWindowMock();
    const recover = vi.fn();
    watchWindow(window as unknown as BrowserWindow, { recover, isOutOfOrder: () => false }, vi.fn());
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(recover.mock.calls).toEqual([['renderer gone (crashed, exit code 139)']]);
  });

  it('a page hung for 10 s is crashed (which brings it back); one that recovers in time is left alone', () => {
    const window = new BrowserWindowMock();
    watchWindow(window as unknown as BrowserWindow, { recover: vi.fn(), isOutOfOrder: () => false }, vi.fn());
    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_RELOAD_MS - 1);
    window.emit('responsive');
    vi.advanceTimersByTime(10);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_RELOAD_MS);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });
});
