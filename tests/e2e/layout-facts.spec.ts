import { expect, test, type Page } from './support/fixtures';
import { expectGoodLayout, layoutProblems, MIN_TARGET_PX } from './support/layout-facts';

// The checker the screenshot tests rely on, shown to catch each fault on markup made to have it, and to stay quiet on clean markup.
// Buttons are 120 × 80 px unless a case says otherwise: as big as the kiosk's smallest target may be.
const UNDER = `under ${MIN_TARGET_PX} × ${MIN_TARGET_PX}`;
const PAGE = (body: string) => `<!doctype html><style>body{margin:0;font:20px sans-serif} button{width:120px;height:80px;padding:0;border:0}</style><body>${body}</body>`;

async function show(page: Page, body: string): Promise<void> {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(PAGE(body));
}

test('clean markup has no layout problem', async ({ page }) => {
  await show(page, `
    <h1 style="margin:0">Seated leg curl</h1>
    <button style="position:absolute;left:10px;top:100px">Start</button>
    <button style="position:absolute;left:200px;top:100px">Guide</button>
    <p style="width:300px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Semimembranosus</p>`);
  expect(await layoutProblems(page)).toEqual([]);
  await expectGoodLayout(page, 'clean page');
});

test('overlapping buttons, a 20 px button, clipped text and a button below the fold are each reported once, with the element and the pixels', async ({ page }) => {
  await show(page, `
    <button style="position:absolute;left:10px;top:10px">One</button>
    <button style="position:absolute;left:60px;top:20px">Two</button>
    <button style="position:absolute;left:300px;top:10px;width:20px;height:20px">x</button>
    <button style="position:absolute;left:10px;top:580px">Low</button>
    <p style="position:absolute;left:400px;top:10px;width:60px;overflow:hidden;white-space:nowrap">Semimembranosus</p>
    <p style="position:absolute;left:400px;top:100px;width:200px;height:24px;overflow:hidden">Musculus semimembranosus</p>
    <p style="position:absolute;left:400px;top:200px;width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">Semitendinosus</p>
    <button style="position:absolute;left:500px;top:300px;width:80px;white-space:nowrap">Oberschenkelrückseite</button>`);
  const problems = await layoutProblems(page);
  expect(problems).toEqual(expect.arrayContaining([
    'touch targets <button> "One" and <button> "Two" overlap by 4900 px²',
    `touch target <button> "x" is 20 px × 20 px, ${UNDER}`,
    'control <button> "Low" lies 60 px past the edge of the display',
    expect.stringMatching(/^text of <p> "Semimembranosus" is cut off: \d+ px wide in a box of 60 px$/),
    expect.stringMatching(/^text of <p> "Musculus semimembranosus" is cut off: \d+ px tall in a box of 24 px$/),
    expect.stringMatching(/^text of <p> "Semitendinosus" is cut short by an ellipsis: \d+ px wide in a box of 60 px$/),
    expect.stringMatching(/^text of <button> "Oberschenkelrückseite" runs \d+ px out of its box$/),
  ]));
  expect(problems).toHaveLength(7);
  await expect(expectGoodLayout(page, 'broken page')).rejects.toThrow(/layout problems on broken page:\n[^]*touch targets <button> "One" and <button> "Two" overlap/);
});

test('a button below the fold of a frame turned a quarter by CSS is measured where it shows on the display', async ({ page }) => {
  // As the kiosk frame at rotation 90: as wide as the display is high, turned about its top-left corner and moved back.
  const frame = (top: number) => `
    <div style="position:fixed;left:0;top:0;width:600px;height:800px;transform:translateX(800px) rotate(90deg);transform-origin:0 0;overflow:hidden">
      <button style="position:absolute;left:${top}px;top:10px">Turned</button>
    </div>`;
  await show(page, frame(100));
  expect(await layoutProblems(page)).toEqual([]);
  // 700 px along the turned frame's width is 700 px down a display 600 px high.
  await show(page, frame(700));
  expect(await layoutProblems(page)).toEqual(['control <button> "Turned" lies 220 px past the edge of the display']);
});

test('a control below the fold in a region that scrolls is reachable, unless it is fixed or the region itself runs off the display', async ({ page }) => {
  await show(page, '<div style="height:600px;overflow:auto"><div style="height:1200px"></div><button>Further down</button></div>');
  expect(await layoutProblems(page)).toEqual([]);
  await show(page, '<div style="height:600px;overflow:auto"><div style="height:1200px"></div><button style="position:fixed;left:0;top:570px">Stuck</button></div>');
  expect(await layoutProblems(page)).toEqual(['control <button> "Stuck" lies 50 px past the edge of the display']);
  await show(page, '<div class="list" style="position:absolute;top:300px;height:400px;width:200px;overflow:auto"><div style="height:1200px"></div></div>');
  expect(await layoutProblems(page)).toEqual(['scrolling region <div class="list"> lies 100 px past the edge of the display']);
});

test('the words of two headings that run into each other are reported', async ({ page }) => {
  await show(page, `
    <h2 style="position:absolute;left:200px;top:100px;margin:0">Origin</h2>
    <h2 style="position:absolute;left:210px;top:105px;margin:0">Insertion</h2>`);
  expect(await layoutProblems(page)).toEqual([expect.stringMatching(/^the words of <h2> "Origin" and <h2> "Insertion" overlap by \d+ px²$/)]);
});

test('a thin shape of a drawing is no fault when a legend entry of the same name beside it is big enough; without it, it is', async ({ page }) => {
  const drawing = '<svg width="300" height="300" style="position:absolute;left:0;top:0"><g role="button" aria-label="Semitendinosus"><rect x="10" y="10" width="12" height="120"/></g></svg>';
  await show(page, `${drawing}<ol aria-hidden="true" style="position:absolute;left:400px;top:10px"><li style="height:90px">5 Semitendinosus</li></ol>`);
  expect(await layoutProblems(page)).toEqual([]);
  await show(page, `${drawing}<ol aria-hidden="true" style="position:absolute;left:400px;top:10px"><li style="height:20px">5 Semitendinosus</li></ol>`);
  expect(await layoutProblems(page)).toEqual([`touch target <g> "Semitendinosus" is 12 px × 120 px, ${UNDER}`]);
  await show(page, drawing);
  expect(await layoutProblems(page)).toEqual([`touch target <g> "Semitendinosus" is 12 px × 120 px, ${UNDER}`]);
});

test('with a modal dialog open only the dialog counts, and a small checkbox is touched through its label', async ({ page }) => {
  await show(page, `
    <button style="position:absolute;left:10px;top:10px;width:20px">Behind</button>
    <div role="dialog" aria-modal="true" style="position:absolute;inset:0;background:#000">
      <button style="position:absolute;left:20px;top:20px">Cancel</button>
      <label style="position:absolute;left:20px;top:200px;display:block;width:200px;height:90px"><input type="checkbox" style="width:20px;height:20px">Muted</label>
      <input type="checkbox" style="position:absolute;left:20px;top:300px;width:20px;height:20px" aria-label="Alone">
    </div>`);
  expect(await layoutProblems(page)).toEqual([`touch target <input> "Alone" is 20 px × 20 px, ${UNDER}`]);
});

test('the staff corner, which hands a short tap on, may lie over another target; another target may not', async ({ page }) => {
  const corner = (attribute: string) => `
    <button style="position:absolute;left:0;top:500px">Card</button>
    <div role="button" aria-label="Staff" ${attribute} style="position:absolute;left:0;top:520px;width:80px;height:80px"></div>`;
  await show(page, corner('data-passes-taps=""'));
  expect(await layoutProblems(page)).toEqual([]);
  await show(page, corner(''));
  expect(await layoutProblems(page)).toEqual(['touch targets <button> "Card" and <div> "Staff" overlap by 4800 px²']);
});

test('a primary control the fold cuts is reported even where the page scrolls to it; another control there is not', async ({ page }) => {
  // As the attract loop whose call wrapped to two lines: the page scrolls by 3 px, and the call is cut by them.
  const body = '<div style="height:600px;overflow:auto"><div style="height:440px"></div><button class="call" style="height:163px">Start</button></div>';
  await show(page, body);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await layoutProblems(page, { primary: ['.call'] })).toEqual(['primary control <button> "Start" is cut by the fold: 3 px of it lie past the edge of the display']);
});

test('a primary control is measured against the kiosk frame, turned or not, and a selector that finds nothing is reported', async ({ page }) => {
  // A frame smaller than the window: what lies past its edge is not on the glass, though it is in the window.
  await show(page, '<div class="kiosk-frame" style="position:fixed;left:0;top:0;width:400px;height:300px;overflow:hidden"><button class="home" style="position:absolute;left:350px;top:10px">Home</button></div>');
  expect(await layoutProblems(page, { primary: ['.home', '.guide'] })).toEqual([
    'primary control <button> "Home" is cut by the fold: 70 px of it lie past the edge of the display',
    'primary control .guide is not on the screen',
  ]);
  // Turned a quarter as at rotation 90: 700 px along the frame's width is 700 px down a display 600 px high.
  await show(page, `
    <div class="kiosk-frame" style="position:fixed;left:0;top:0;width:600px;height:800px;transform:translateX(800px) rotate(90deg);transform-origin:0 0">
      <button class="call" style="position:absolute;left:700px;top:10px">Turned</button>
    </div>`);
  expect(await layoutProblems(page, { primary: ['.call'] })).toEqual(['primary control <button> "Turned" is cut by the fold: 220 px of it lie past the edge of the display']);
});

test('a primary control covered at its centre is reported, unless what covers it hands taps on', async ({ page }) => {
  const covered = (attribute: string) => `
    <button class="start" style="position:absolute;left:10px;top:10px">Start</button>
    <div class="veil" ${attribute} style="position:fixed;left:0;top:0;width:100px;height:100px"></div>`;
  await show(page, covered(''));
  expect(await layoutProblems(page, { primary: ['.start'] })).toEqual(['primary control <button> "Start" is covered at its centre by <div class="veil">']);
  await show(page, covered('data-passes-taps=""'));
  expect(await layoutProblems(page, { primary: ['.start'] })).toEqual([]);
});

test('a word split across two lines with no hyphen is reported; one that fits, or a path broken between its folders, is not', async ({ page }) => {
  await show(page, `
    <button style="position:absolute;left:10px;top:10px;width:100px;height:auto;min-height:90px;font:inherit;overflow-wrap:anywhere">Semimembranosus</button>
    <button style="position:absolute;left:10px;top:200px;width:400px">Semimembranosus</button>
    <p style="position:absolute;left:300px;top:10px;width:170px;overflow-wrap:anywhere">scripts/<wbr>media/<wbr>make-exercise-videos.mjs</p>`);
  expect(await layoutProblems(page)).toEqual(['the word "Semimembranosus" in <button> "Semimembranosus" is broken across 2 lines']);
});
