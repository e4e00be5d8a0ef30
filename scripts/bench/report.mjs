/** The benchmark's rows as a console table, a Markdown table (for the README) and a verdict. */

/** "1 frame", not "1 frames". */
const unitFor = (value, unit) => (unit === 'frames' && Math.round(value) === 1 ? 'frame' : unit);
const format = (value, unit) => (Number.isFinite(value) ? `${unit === 'kB' ? value.toFixed(1) : Math.round(value)} ${unitFor(value, unit)}` : 'n/a');

/**
 * One figure: kiosk and floor from the same run, their ratio, and its target: `maxRatio` (kiosk ≤ floor × ratio)
 * or `maxValue` (an absolute ceiling, for figures where a ratio says nothing, like dropped frames); with neither, a
 * figure shown for information.
 */
export function row({ figure, unit, kiosk, floor, maxRatio, maxValue }) {
  const ratio = floor > 0 ? kiosk / floor : Number.NaN;
  // A row with neither target is there for information: it is shown, and it cannot miss.
  const informative = maxRatio === undefined && maxValue === undefined;
  const ok = informative || (maxRatio !== undefined ? ratio <= maxRatio : kiosk <= maxValue);
  const target = informative ? 'none (information)' : maxRatio !== undefined ? `≤ ${maxRatio}× floor` : `≤ ${format(maxValue, unit)}`;
  // A miss never reads as the target itself: 1.104 shows as 1.104×, not 1.10×.
  const digits = !ok && Number(ratio.toFixed(2)) <= maxRatio ? 3 : 2;
  return { figure, kiosk: format(kiosk, unit), floor: format(floor, unit), ratio: Number.isFinite(ratio) ? `${ratio.toFixed(digits)}×` : 'n/a', target, ok, raw: { kiosk, floor, ratio } };
}

export function markdownTable(rows, caption) {
  const lines = [`| Figure | Kiosk | Floor | Ratio | Target | OK |`, `| --- | ---: | ---: | ---: | --- | :---: |`];
  for (const r of rows) lines.push(`| ${r.figure} | ${r.kiosk} | ${r.floor} | ${r.ratio} | ${r.target} | ${r.ok ? 'yes' : '**no**'} |`);
  return `${lines.join('\n')}\n\n${caption}\n`;
}

export function printTable(rows) {
  console.table(rows.map(({ figure, kiosk, floor, ratio, target, ok }) => ({ figure, kiosk, floor, ratio, target, ok })));
}
