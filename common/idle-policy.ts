/** How long a screen may stay untouched, and how main and the page check on each other: one policy for both sides. */
import type { ScreenName } from './screens';
import type { KioskSettings } from './settings';

/** The staff panel closes itself after two minutes without a touch … */
export const STAFF_IDLE_SECONDS = 120;
/** … the last ten seconds of which are a visible countdown. */
export const STAFF_COUNTDOWN_SECONDS = 10;
/** The page says it is alive this often. */
export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A page silent this long is taken as hung and reloaded. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;
/** Extra seconds the page gets to reset by itself before main steps in. */
export const IDLE_GRACE_SECONDS = 15;

type IdleSettings = Pick<KioskSettings, 'idleTimeoutSeconds' | 'idleCountdownSeconds' | 'attractLoop'>;

/** Where the kiosk rests between members: the attract loop, or the station home when staff turned it off; the sleep screen while closed. */
export function isResting(screen: ScreenName, settings: Pick<KioskSettings, 'attractLoop'>): boolean {
  return screen === 'sleep' || screen === (settings.attractLoop ? 'attract' : 'home');
}

/** Seconds a screen may go untouched before the page resets it (countdown included). */
export function untouchedLimitSeconds(screen: ScreenName, settings: IdleSettings): number {
  return screen === 'staff' ? STAFF_IDLE_SECONDS : settings.idleTimeoutSeconds + settings.idleCountdownSeconds;
}
