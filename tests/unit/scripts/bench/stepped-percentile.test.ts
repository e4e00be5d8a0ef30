import { describe, expect, it } from 'vitest';
import { EVENT_TIMING_STEP_MS, percentile, steppedPercentile } from '../../../../scripts/bench/measures.mjs';

/** `count` taps reported as `value` ms. */
const taps = (value: number, count: number) => Array.from({ length: count }, () => value);

describe('steppedPercentile (Event Timing durations, 8 ms steps)', () => {
  it('places the median inside its step by how many taps lie below it', () => {
    // 90 of 180 at or below 48: the median is the top edge of the 48 step.
    expect(steppedPercentile([...taps(40, 30), ...taps(48, 60), ...taps(56, 90)], 0.5)).toBe(52);
    // Half of the 48 step's taps below the median: its middle.
    expect(steppedPercentile([...taps(40, 60), ...taps(48, 60), ...taps(56, 60)], 0.5)).toBe(48);
    expect(steppedPercentile([...taps(48, 100)], 0.5)).toBe(48);
  });

  it('moves a little for a small shift where the plain percentile jumps a whole step', () => {
    const floor = [...taps(40, 40), ...taps(48, 51), ...taps(56, 89)];
    // The kiosk: 2 of 180 taps one step slower.
    const kiosk = [...taps(40, 40), ...taps(48, 49), ...taps(56, 91)];
    expect(percentile(kiosk, 0.5) / percentile(floor, 0.5)).toBeCloseTo(56 / 48);
    const ratio = steppedPercentile(kiosk, 0.5) / steppedPercentile(floor, 0.5);
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.01);
  });

  it('still tells a slower side: a whole step slower everywhere is the whole step in the ratio', () => {
    const floor = [...taps(40, 60), ...taps(48, 60), ...taps(56, 60)];
    const slower = floor.map((duration) => duration + EVENT_TIMING_STEP_MS);
    expect(steppedPercentile(slower, 0.5) / steppedPercentile(floor, 0.5)).toBeCloseTo(56 / 48);
    expect(steppedPercentile(slower, 0.95) - steppedPercentile(floor, 0.95)).toBeCloseTo(EVENT_TIMING_STEP_MS);
  });

  it('reads the 95th percentile in the step that holds it, and nothing for no taps', () => {
    // 171 of 180 taps (95 %) at or below 72: the top edge of the 72 step.
    expect(steppedPercentile([...taps(48, 120), ...taps(72, 51), ...taps(104, 9)], 0.95)).toBe(76);
    expect(steppedPercentile([], 0.5)).toBeNaN();
  });
});
