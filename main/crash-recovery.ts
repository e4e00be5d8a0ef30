/**
 * Brings the kiosk page back after a renderer crash or hang, backing off (1 s, 2 s, 4 s … up to a minute)
 * so a crash loop does not spin the machine; after five failures in ten minutes it shows a calm
 * "out of order" page instead and tries the kiosk again every few minutes.
 */
import type { BrowserWindow } from 'electron';

/** How long a hung page gets before it is crashed and brought back. */
export const UNRESPONSIVE_RELOAD_MS = 10_000;
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 60_000;
/** This many failures within the window mean the page cannot run now. */
export const FAILURE_LIMIT = 5;
export const FAILURE_WINDOW_MS = 10 * 60_000;
/** While out of order, the kiosk page is tried again this often. */
export const OUT_OF_ORDER_RETRY_MS = 3 * 60_000;

export interface CrashRecoveryOptions {
  now: () => number;
  log: (message: string) => void;
  /** Loads the kiosk page again. */
  reload: () => void;
  /** Shows the out-of-order page. */
  showOutOfOrder: () => void;
}

export interface CrashRecovery {
  /** The page failed (a crash, a hang, a silent heartbeat): bring it back, or give up for a while. */
  recover(reason: string): void;
  isOutOfOrder(): boolean;
}

export function createCrashRecovery(options: CrashRecoveryOptions): CrashRecovery {
  let failures: number[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outOfOrder = false;

  const retry = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      outOfOrder = false;
      options.reload();
    }, delay);
  };

  return {
    recover(reason) {
      // The out-of-order page sends no heartbeat; its own retry timer decides when to try again.
      if (outOfOrder) return;
      const now = options.now();
      failures = [...failures.filter((at) => now - at < FAILURE_WINDOW_MS), now];
      if (failures.length >= FAILURE_LIMIT) {
        options.log(`${reason}; ${failures.length} failures in ${FAILURE_WINDOW_MS / 60_000} min: showing "out of order", next try in ${OUT_OF_ORDER_RETRY_MS / 60_000} min`);
        outOfOrder = true;
        failures = [];
        clearTimeout(timer);
        options.showOutOfOrder();
        retry(OUT_OF_ORDER_RETRY_MS);
        return;
      }
      const delay = Math.min(FIRST_RETRY_MS * 2 ** (failures.length - 1), MAX_RETRY_MS);
      options.log(`${reason}; reloading in ${delay / 1000} s`);
      retry(delay);
    },
    isOutOfOrder: () => outOfOrder,
  };
}

/** Feeds the window's crash and hang events into the recovery. */
export function watchWindow(window: BrowserWindow, recovery: CrashRecovery, log: (message: string) => void): void {
  const contents = window.webContents;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    recovery.recover(`renderer gone (${details.reason}, exit code ${details.exitCode})`);
  });
  window.on('unresponsive', () => {
    log('renderer unresponsive');
    clearTimeout(hangTimer);
    hangTimer = setTimeout(() => {
      // Crashing it ends the hang; the crash then takes the same way back as any other.
      if (!window.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_RELOAD_MS);
  });
  window.on('responsive', () => clearTimeout(hangTimer));
}
