/**
 * The main process's backstop for a kiosk that must never stay stuck: a page whose heartbeat stops is
 * reloaded, and a member screen left alone longer than the idle reset allows is reset from here.
 */
import type { Heartbeat, KioskSettings } from './contract';

/** A page silent this long is taken as hung (it beats every 5 s). */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
export const WATCHDOG_CHECK_MS = 5_000;
/** Extra seconds the page gets to reset by itself before main steps in. */
export const IDLE_GRACE_SECONDS = 15;
/** The staff panel closes itself after two minutes without a touch. */
export const STAFF_IDLE_SECONDS = 120;

export interface WatchdogOptions {
  now: () => number;
  /** Seconds since the last touch anywhere on the machine (powerMonitor.getSystemIdleTime). */
  systemIdleSeconds: () => number;
  settings: () => Pick<KioskSettings, 'idleTimeoutSeconds' | 'idleCountdownSeconds' | 'attractLoop'>;
  reload: () => void;
  forceReset: () => void;
  log: (message: string) => void;
}

export interface RendererWatchdog {
  beat(heartbeat: Heartbeat): void;
  check(): void;
  start(): void;
  stop(): void;
}

export function createRendererWatchdog(options: WatchdogOptions): RendererWatchdog {
  let lastBeat = options.now();
  let screen = 'none';
  let resetSent = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const check = () => {
    if (options.now() - lastBeat > HEARTBEAT_TIMEOUT_MS) {
      options.log(`no heartbeat for ${Math.round((options.now() - lastBeat) / 1000)} s; reloading the page`);
      lastBeat = options.now();
      options.reload();
      return;
    }
    const settings = options.settings();
    const restingScreen = settings.attractLoop ? 'attract' : 'home';
    const allowed = screen === 'staff' ? STAFF_IDLE_SECONDS : settings.idleTimeoutSeconds + settings.idleCountdownSeconds;
    const idle = options.systemIdleSeconds();
    if (screen === restingScreen || idle < allowed + IDLE_GRACE_SECONDS) {
      resetSent = false;
      return;
    }
    if (!resetSent) {
      options.log(`screen "${screen}" untouched for ${idle} s; forcing the idle reset`);
      options.forceReset();
      resetSent = true;
    }
  };

  return {
    beat(heartbeat) {
      lastBeat = options.now();
      screen = heartbeat.screen;
    },
    check,
    start() {
      timer = setInterval(check, WATCHDOG_CHECK_MS);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
