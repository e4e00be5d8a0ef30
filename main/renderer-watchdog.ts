/**
 * The main process's backstop for a kiosk that must never stay stuck: a page whose heartbeat stops is
 * reloaded, and a member screen left alone longer than the idle reset allows is reset from here.
 */
import type { Heartbeat } from '../common/channels';
import { HEARTBEAT_TIMEOUT_MS, IDLE_GRACE_SECONDS, isResting, untouchedLimitSeconds } from '../common/idle-policy';
import type { ScreenName } from '../common/screens';
import type { KioskSettings } from '../common/settings';

export const WATCHDOG_CHECK_MS = 5_000;

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
  let screen: ScreenName | null = null;
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
    const idle = options.systemIdleSeconds();
    if (screen === null || isResting(screen, settings) || idle < untouchedLimitSeconds(screen, settings) + IDLE_GRACE_SECONDS) {
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
