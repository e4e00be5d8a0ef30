import { describe, expect, it } from 'vitest';
import { isQuietTime } from '../../../../renderer/audio/quiet-hours';

const at = (clock: string) => new Date(`2026-11-24T${clock}:00`);

describe('quiet hours', () => {
  it('are never quiet without a window', () => {
    expect(isQuietTime(at('03:00'), null)).toBe(false);
  });

  it('cover a window within one day, start included, end excluded', () => {
    const window = { start: '12:00', end: '14:00' };
    expect([at('11:59'), at('12:00'), at('13:59'), at('14:00')].map((time) => isQuietTime(time, window))).toEqual([false, true, true, false]);
  });

  it('cover a window that passes midnight', () => {
    const window = { start: '22:00', end: '06:00' };
    expect([at('21:59'), at('22:00'), at('00:30'), at('05:59'), at('06:00'), at('12:00')].map((time) => isQuietTime(time, window))).toEqual([false, true, true, true, false, false]);
  });
});
