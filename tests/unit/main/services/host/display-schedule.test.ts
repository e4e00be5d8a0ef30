import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpeningHours } from '../../../../../common/opening-hours';
import { createDisplaySchedule, DISPLAY_CHECK_MS } from '../../../../../main/services/host/display-schedule';

const hours: OpeningHours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '06:00', close: '22:00' }];

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-23T21:59:00') }));
afterEach(() => vi.useRealTimers());

function setup() {
  const displayOn = vi.fn();
  const displayOff = vi.fn();
  const schedule = createDisplaySchedule({ now: () => new Date(), openingHours: () => hours, displayOn, displayOff });
  schedule.start();
  return { schedule, displayOn, displayOff };
}

describe('display schedule', () => {
  it('lets the display sleep at closing once the page sleeps, and wakes it at opening', () => {
    const { schedule, displayOn, displayOff } = setup();
    schedule.showing('attract');
    vi.advanceTimersByTime(60_000 + DISPLAY_CHECK_MS);
    // Closed, but the page has not gone to sleep yet: the screen stays on.
    expect(displayOff).not.toHaveBeenCalled();
    schedule.showing('sleep');
    vi.advanceTimersByTime(DISPLAY_CHECK_MS);
    expect(displayOff).toHaveBeenCalledOnce();
    vi.setSystemTime(new Date('2026-11-24T06:00:00'));
    vi.advanceTimersByTime(DISPLAY_CHECK_MS);
    expect(displayOn).toHaveBeenCalledOnce();
  });

  it('wakes the display at once when a member wakes the sleeping kiosk, and lets it sleep again after', () => {
    const { schedule, displayOn, displayOff } = setup();
    vi.setSystemTime(new Date('2026-11-23T23:00:00'));
    schedule.showing('sleep');
    schedule.check();
    expect(displayOff).toHaveBeenCalledOnce();
    schedule.showing('home');
    expect(displayOn).toHaveBeenCalledOnce();
    schedule.showing('sleep');
    vi.advanceTimersByTime(DISPLAY_CHECK_MS);
    expect(displayOff).toHaveBeenCalledTimes(2);
  });

  it('never switches anything off without opening hours', () => {
    const displayOff = vi.fn();
    const schedule = createDisplaySchedule({ now: () => new Date('2026-11-23T03:00:00'), openingHours: () => null, displayOn: vi.fn(), displayOff });
    schedule.showing('sleep');
    schedule.check();
    expect(displayOff).not.toHaveBeenCalled();
  });
});
