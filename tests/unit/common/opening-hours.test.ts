import { describe, expect, it } from 'vitest';
import { isOpen, nextOpening, type OpeningHours } from '../../../common/opening-hours';
import { openingHoursSchema } from '../../../common/opening-hours-schema';

// 2026-11-23 is a Monday; times are local, as the kiosk's clock is.
const at = (day: number, clock: string) => new Date(`2026-11-${String(22 + day).padStart(2, '0')}T${clock}:00`);
const MON = 1;
const SAT = 6;
const SUN = 7;

const weekdays: OpeningHours = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '06:00', close: '22:00' },
  { days: ['sat'], open: '08:00', close: '01:00' },
];

describe('opening hours', () => {
  it('are always open without a list', () => {
    expect(isOpen(at(MON, '03:00'), null)).toBe(true);
    expect(nextOpening(at(MON, '03:00'), null)).toBeNull();
  });

  it('open at the opening minute and close at the closing minute', () => {
    expect([at(MON, '05:59'), at(MON, '06:00'), at(MON, '21:59'), at(MON, '22:00')].map((time) => isOpen(time, weekdays))).toEqual([false, true, true, false]);
  });

  it('run past midnight into the next day when close is earlier than open', () => {
    expect(isOpen(at(SAT, '23:30'), weekdays)).toBe(true);
    expect(isOpen(at(SUN, '00:59'), weekdays)).toBe(true);
    expect(isOpen(at(SUN, '01:00'), weekdays)).toBe(false);
  });

  it('wrap a Saturday-night span over the end of the week', () => {
    const late: OpeningHours = [{ days: ['sat'], open: '20:00', close: '02:00' }];
    expect(isOpen(new Date('2026-11-29T01:30:00'), late)).toBe(true);
    expect(isOpen(new Date('2026-11-29T02:00:00'), late)).toBe(false);
  });

  it('know when they open next: later today, or another day', () => {
    expect(nextOpening(at(MON, '05:00'), weekdays)).toEqual(at(MON, '06:00'));
    expect(nextOpening(at(MON, '23:00'), weekdays)).toEqual(at(MON + 1, '06:00'));
    expect(nextOpening(at(SUN, '02:00'), weekdays)).toEqual(at(MON + 7, '06:00'));
  });

  it('refuse a day name, a time or a span that is not one', () => {
    expect(openingHoursSchema.safeParse([{ days: ['monday'], open: '06:00', close: '22:00' }]).success).toBe(false);
    expect(openingHoursSchema.safeParse([{ days: ['mon'], open: '6:00', close: '22:00' }]).success).toBe(false);
    expect(openingHoursSchema.safeParse([{ days: ['mon'], open: '06:00', close: '06:00' }]).success).toBe(false);
    expect(openingHoursSchema.safeParse([{ days: [], open: '06:00', close: '22:00' }]).success).toBe(false);
    expect(openingHoursSchema.safeParse(weekdays).success).toBe(true);
  });
});
