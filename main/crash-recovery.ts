/** Brings the kiosk page back after a renderer crash or hang, instead of leaving a dead screen. */
import type { BrowserWindow } from 'electron';

/** How long a hung page gets before it is reloaded. */
export const UNRESPONSIVE_RELOAD_MS = 10_000;
/** Pause before reloading a crashed page, so a crash loop does not spin the CPU. */
export const CRASH_RELOAD_DELAY_MS = 1_000;

export function setupCrashRecovery(window: BrowserWindow, log: (message: string) => void): void {
  const contents = window.webContents;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log(`renderer gone (${details.reason}, exit code ${details.exitCode}); reloading`);
    setTimeout(() => {
      if (!window.isDestroyed()) contents.reload();
    }, CRASH_RELOAD_DELAY_MS);
  });
  window.on('unresponsive', () => {
    log('renderer unresponsive');
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      if (!window.isDestroyed()) {
        log('renderer still unresponsive; reloading');
        contents.forcefullyCrashRenderer();
        contents.reload();
      }
    }, UNRESPONSIVE_RELOAD_MS);
  });
  window.on('responsive', () => clearTimeout(hangTimer));
}
