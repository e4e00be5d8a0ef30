/**
 * When the gym is open: a list of `{ days, open, close }` in local time, where close may be after midnight
 * (open 06:00, close 01:00 runs into the next day). The page and main decide sleep with the same rule. No zod
 * here: the page imports this, and the schema (opening-hours-schema.ts) is main's and the settings' business.
 */
export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** One span of opening time; `open` and `close` are "HH:MM" (checked by opening-hours-schema.ts, which main uses). */
export interface OpeningSpan {
  days: DayName[];
  open: string;
  close: string;
}

export type OpeningHours = OpeningSpan[];

const MINUTES_PER_DAY = 24 * 60;

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Each span as [start, end) in minutes from the start of the week (Sunday 00:00); an end past midnight runs on. */
function weeklySpans(hours: OpeningHours): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const { days, open, close } of hours) {
    for (const day of days) {
      const start = DAY_NAMES.indexOf(day) * MINUTES_PER_DAY + minutesOf(open);
      const end = start + ((minutesOf(close) - minutesOf(open) + MINUTES_PER_DAY) % MINUTES_PER_DAY);
      spans.push([start, end]);
    }
  }
  return spans;
}

function minuteOfWeek(now: Date): number {
  return now.getDay() * MINUTES_PER_DAY + now.getHours() * 60 + now.getMinutes();
}

const WEEK = 7 * MINUTES_PER_DAY;

/** True when the gym is open at `now` (local time); no opening hours means always open. */
export function isOpen(now: Date, hours: OpeningHours | null): boolean {
  if (!hours || hours.length === 0) return true;
  const minute = minuteOfWeek(now);
  // A Saturday-night span that runs past midnight also covers the start of the week.
  return weeklySpans(hours).some(([start, end]) => (minute >= start && minute < end) || (minute + WEEK >= start && minute + WEEK < end));
}

/** When the gym opens next after `now`, or null when it is always open or never opens. */
export function nextOpening(now: Date, hours: OpeningHours | null): Date | null {
  if (!hours || hours.length === 0) return null;
  const minute = minuteOfWeek(now);
  let soonest: number | null = null;
  for (const [start] of weeklySpans(hours)) {
    const ahead = (start - minute + WEEK) % WEEK || WEEK;
    if (soonest === null || ahead < soonest) soonest = ahead;
  }
  if (soonest === null) return null;
  const next = new Date(now);
  next.setSeconds(0, 0);
  next.setMinutes(next.getMinutes() + soonest);
  return next;
}
