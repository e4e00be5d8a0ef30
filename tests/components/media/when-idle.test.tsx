/** Work put off until after the frame being drawn (a closed screen's player let go of): never during that frame. */
import { describe, expect, it } from 'vitest';
import { whenIdleAfterNextFrame } from '../../../renderer/components/when-idle';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

describe('whenIdleAfterNextFrame', () => {
  it('runs once the frame being drawn has been followed by another, in an idle moment, not before', async () => {
    const events: string[] = [];
    whenIdleAfterNextFrame(() => events.push('task'), 2_000);
    requestAnimationFrame(() => {
      events.push('frame drawn');
      // A task queued from a frame's callback runs once that frame is painted: still too early.
      setTimeout(() => events.push('after its paint'), 0);
      requestAnimationFrame(() => events.push('next frame'));
    });
    await expect.poll(() => events.includes('task'), { timeout: 3_000 }).toBe(true);
    expect(events).toEqual(['frame drawn', 'after its paint', 'next frame', 'task']);
  });

  it('never runs once cancelled', async () => {
    let ran = 0;
    const cancelEarly = whenIdleAfterNextFrame(() => (ran += 1), 100);
    cancelEarly();
    const cancelLate = whenIdleAfterNextFrame(() => (ran += 10), 100);
    // Cancelled between its frames, with its idle wait not yet asked for, or asked for: neither runs.
    await frame();
    cancelLate();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(ran).toBe(0);
  });

  it('runs at the latest when its time is up, whatever the frames do', async () => {
    const started = performance.now();
    let ranAfter = -1;
    whenIdleAfterNextFrame(() => (ranAfter = performance.now() - started), 300);
    // A busy page: the main thread held for longer than the limit, so no frame and no idle moment comes meanwhile.
    while (performance.now() - started < 500) {
      /* busy */
    }
    await expect.poll(() => ranAfter, { timeout: 2_000 }).toBeGreaterThanOrEqual(300);
    expect(ranAfter).toBeLessThan(1_500);
  });
});
