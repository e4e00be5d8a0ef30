/**
 * Lets the display sleep while the gym is closed: off when it closes, on when it opens, and on while a member
 * who woke the kiosk uses it (any screen but the sleep screen). The page decides what it shows with the same rule.
 */
import { isOpen, type OpeningHours } from '../../../common/opening-hours';
import type { ScreenName } from '../../../common/screens';

export const DISPLAY_CHECK_MS = 30_000;

export interface DisplayScheduleOptions {
  now: () => Date;
  openingHours: () => OpeningHours | null;
  displayOn: () => void;
  displayOff: () => void;
}

export interface DisplaySchedule {
  /** The screen the page shows now (from its heartbeat). */
  showing(screen: ScreenName): void;
  check(): void;
  start(): void;
  stop(): void;
}

export function createDisplaySchedule(options: DisplayScheduleOptions): DisplaySchedule {
  let screen: ScreenName | null = null;
  let on = true;
  let timer: ReturnType<typeof setInterval> | undefined;

  const check = () => {
    const wanted = isOpen(options.now(), options.openingHours()) || (screen !== null && screen !== 'sleep');
    if (wanted === on) return;
    on = wanted;
    if (on) options.displayOn();
    else options.displayOff();
  };

  return {
    showing(next) {
      screen = next;
      // A member's touch on the sleeping kiosk wakes the display at once, not at the next check.
      if (next !== 'sleep') check();
    },
    check,
    start() {
      check();
      timer = setInterval(check, DISPLAY_CHECK_MS);
    },
    stop() {
      clearInterval(timer);
    },
  };
}
