import { describe, expect, it } from 'vitest';
import { createCueScheduler, markersFromPhases, type CueMarker } from '../../../../renderer/audio/cue-scheduler';

const phases = [
  { start: 0.5, end: 2.0, kind: 'concentric' as const, breath: 'exhale' as const },
  { start: 2.5, end: 4.5, kind: 'eccentric' as const, breath: 'inhale' as const },
];
const LOOP = 5;

/** Plays the video from `from` to `to` in frames of `step` seconds, wrapping at the loop end. */
function play(scheduler: ReturnType<typeof createCueScheduler>, from: number, seconds: number, step = 1 / 30): Array<{ at: number; cue: CueMarker }> {
  const fired: Array<{ at: number; cue: CueMarker }> = [];
  for (let elapsed = 0; elapsed <= seconds + 1e-9; elapsed += step) {
    const videoTime = (from + elapsed) % LOOP;
    const cue = scheduler.update(videoTime);
    if (cue) fired.push({ at: videoTime, cue });
  }
  return fired;
}

describe('cue scheduler', () => {
  it('turns phases into markers with the breath and its length', () => {
    expect(markersFromPhases(phases)).toEqual([
      { time: 0.5, breath: 'exhale', duration: 1.5 },
      { time: 2.5, breath: 'inhale', duration: 2.0 },
    ]);
  });

  it('fires each marker once per loop, within one frame after it, for three loops and more', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    const fired = play(scheduler, 0, LOOP * 3.5);
    expect(fired.map((entry) => entry.cue.breath)).toEqual(['exhale', 'inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale', 'inhale']);
    for (const { at, cue } of fired) {
      expect(at - cue.time).toBeGreaterThanOrEqual(0);
      expect(at - cue.time).toBeLessThan(1 / 30 + 1e-9);
    }
  });

  it('fires a marker that lies just after the loop point when playback wraps over it', () => {
    const scheduler = createCueScheduler([{ time: 0.02, breath: 'exhale', duration: 1 }], LOOP);
    scheduler.update(4.98);
    expect(scheduler.update(0.05)?.breath).toBe('exhale');
  });

  it('fires a marker at the very end of the loop when the wrap passes it', () => {
    const scheduler = createCueScheduler([{ time: 4.99, breath: 'inhale', duration: 1 }], LOOP);
    scheduler.update(4.97);
    expect(scheduler.update(0.01)?.breath).toBe('inhale');
  });

  it('plays nothing that a seek skipped, and stays in step afterwards', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    scheduler.update(0.1);
    expect(scheduler.update(3.0)).toBeNull();
    expect(scheduler.update(3.03)).toBeNull();
    const fired = play(scheduler, 3.03, 3);
    expect(fired.map((entry) => [entry.cue.breath, Number(entry.at.toFixed(2))])).toEqual([['exhale', 0.53]]);
  });

  it('plays nothing after a backward seek that is not a loop wrap', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    scheduler.update(3.5);
    expect(scheduler.update(0.2)).toBeNull();
    expect(scheduler.update(0.6)?.breath).toBe('exhale');
  });

  it('plays nothing while the video stalls, and nothing twice', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    scheduler.update(0.45);
    expect(scheduler.update(0.52)?.breath).toBe('exhale');
    for (let index = 0; index < 100; index += 1) expect(scheduler.update(0.52)).toBeNull();
    expect(scheduler.update(0.55)).toBeNull();
  });

  it('never starts two cues at once: after a long frame only the latest marker fires', () => {
    const scheduler = createCueScheduler([
      { time: 1.0, breath: 'exhale', duration: 0.1 },
      { time: 1.2, breath: 'inhale', duration: 0.1 },
    ], LOOP);
    scheduler.update(0.9);
    expect(scheduler.update(1.3)?.breath).toBe('inhale');
  });

  it('starts afresh after a reset and fires a marker the first sample lands on exactly', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    scheduler.update(1.0);
    scheduler.reset();
    expect(scheduler.update(2.5)?.breath).toBe('inhale');
  });

  it('says how far the next marker is, across the loop point, for the wake-up before it', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    expect(scheduler.secondsToNext(0)).toBeCloseTo(0.5);
    expect(scheduler.secondsToNext(0.5)).toBeCloseTo(2.0);
    expect(scheduler.secondsToNext(3.0)).toBeCloseTo(2.5);
    expect(createCueScheduler([], LOOP).secondsToNext(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('woken only when the next marker is due (and at least every quarter second), fires each marker within a few ms', () => {
    const scheduler = createCueScheduler(markersFromPhases(phases), LOOP);
    const fired: number[] = [];
    let clock = 0;
    scheduler.update(-0.001);
    while (clock < 3 * LOOP) {
      const videoTime = clock % LOOP;
      if (scheduler.update(videoTime)) fired.push(videoTime);
      clock += Math.min(0.25, scheduler.secondsToNext(videoTime) + 0.004);
    }
    const markers = [0.5, 2.5, 0.5, 2.5, 0.5, 2.5];
    expect(fired).toHaveLength(markers.length);
    fired.forEach((at, index) => {
      expect(at).toBeGreaterThanOrEqual(markers[index] ?? Number.NaN);
      expect(at).toBeLessThan((markers[index] ?? Number.NaN) + 0.01);
    });
  });
});
