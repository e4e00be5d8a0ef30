import { describe, expect, it } from 'vitest';
import { markdownTable, row } from '../../../../scripts/bench/report.mjs';

describe('the benchmark report', () => {
  it('passes a ratio at its target and misses one above it, and a miss never reads as the target', () => {
    expect(row({ figure: 'Tap', unit: 'ms', kiosk: 79.2, floor: 72, maxRatio: 1.1 })).toMatchObject({ ok: true, ratio: '1.10×', kiosk: '79 ms' });
    expect(row({ figure: 'Tap', unit: 'ms', kiosk: 79.5, floor: 72, maxRatio: 1.1 })).toMatchObject({ ok: false, ratio: '1.104×' });
    expect(row({ figure: 'Tap', unit: 'ms', kiosk: 90, floor: 72, maxRatio: 1.1 })).toMatchObject({ ok: false, ratio: '1.25×' });
  });

  it('holds absolute figures to their ceiling, and marks a miss in the Markdown table', () => {
    const frames = row({ figure: 'Dropped frames', unit: 'frames', kiosk: 1, floor: 0, maxValue: 0 });
    expect(frames).toMatchObject({ ok: false, kiosk: '1 frame', ratio: 'n/a', target: '≤ 0 frames' });
    expect(markdownTable([frames], 'Caption.')).toContain('| Dropped frames | 1 frame | 0 frames | n/a | ≤ 0 frames | **no** |');
  });

  it('shows a row without a target for information, with its ratio, and never counts it as a miss', () => {
    const minimal = row({ figure: 'First tap, against the minimal page', unit: 'ms', kiosk: 700, floor: 500 });
    expect(minimal).toMatchObject({ ok: true, ratio: '1.40×', target: 'none (information)' });
    expect(markdownTable([minimal], 'Caption.')).toContain('| First tap, against the minimal page | 700 ms | 500 ms | 1.40× | none (information) | yes |');
  });
});
