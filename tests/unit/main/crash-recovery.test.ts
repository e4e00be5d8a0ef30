import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { BrowserWindowMock, resetElectronMock } from '../../mocks/electron';
import { CRASH_RELOAD_DELAY_MS, setupCrashRecovery, UNRESPONSIVE_RELOAD_MS } from '../../../main/crash-recovery';

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const window = new BrowserWindowMock();
  const log = vi.fn();
  setupCrashRecovery(window as unknown as BrowserWindow, log);
  return { window, log };
}

describe('crash recovery', () => {
  it('reloads the page after a renderer crash, after a short pause', () => {
    const { window, log } = setup();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CRASH_RELOAD_DELAY_MS);
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('crashed'));
  });

  it('does not reload after a clean exit', () => {
    const { window } = setup();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    vi.advanceTimersByTime(CRASH_RELOAD_DELAY_MS * 5);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('reloads a page that stays unresponsive, but not one that recovers', () => {
    const { window } = setup();
    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_RELOAD_MS - 1);
    window.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_RELOAD_MS);
    expect(window.webContents.reload).not.toHaveBeenCalled();

    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_RELOAD_MS);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
  });

  it('leaves a destroyed window alone', () => {
    const { window } = setup();
    window.destroyed = true;
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    vi.advanceTimersByTime(CRASH_RELOAD_DELAY_MS);
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });
});
