/**
 * What the benchmark measures, the same way on the kiosk and on its floor pages: both mark screens with
 * `data-screen` and share the class names a tap aims at. Times are page times (ms since navigation start).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const VIEWPORT = { width: 1080, height: 1920 };

/**
 * Runs in the page before its scripts: notes each new screen when it has been painted (the frame after the one
 * that holds the change), and every interaction Event Timing reports (only those of 16 ms and more are reported).
 */
function recordPage() {
  const record = { screens: [], events: [] };
  window.__benchmark = record;
  let shown = null;
  new MutationObserver(() => {
    const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null;
    if (screen === shown) return;
    shown = screen;
    requestAnimationFrame(() => requestAnimationFrame(() => record.screens.push({ screen, at: performance.now() })));
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) record.events.push({ id: entry.interactionId, duration: entry.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
}

async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  await context.addInitScript(recordPage);
  return { context, page: await context.newPage() };
}

/** When `screen` was last painted, waiting for it. */
async function paintedAt(page, screen) {
  await page.locator(`[data-screen="${screen}"]`).waitFor();
  const handle = await page.waitForFunction((name) => window.__benchmark.screens.findLast((entry) => entry.screen === name)?.at, screen);
  return handle.jsonValue();
}

/**
 * A cold start: a fresh context (empty cache), to the first screen painted, then a tap at once, to its answer painted.
 * Also when the browser presented its first frame with content (Paint Timing's first-contentful-paint): "painted"
 * above is the frame that holds the screen produced, this one is that frame rastered and on the display.
 */
export async function coldStart(browser, url) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const firstScreenMs = await paintedAt(page, 'attract');
    await page.locator('[data-screen="attract"] .attract__call').tap();
    const firstTapAnsweredMs = await paintedAt(page, 'home');
    // Read after the tap, so asking for it adds nothing to the tap's wall time.
    const firstContentfulPaintMs = await (
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
    ).jsonValue();
    return { firstScreenMs, firstContentfulPaintMs, firstTapAnsweredMs };
  } finally {
    await context.close();
  }
}

/** The three taps of a member's round: home → a muscle card → its exercise → home. */
export const ROUND = [
  { from: 'home', target: '.link-button', to: 'muscle' },
  { from: 'muscle', target: '.link-button', to: 'exercise' },
  { from: 'exercise', target: '.nav-button', to: 'home' },
];

/**
 * Tap to next paint for `taps` taps (Event Timing, the longest entry of each interaction) on a page that is up:
 * `reach` brings it to home as a member meets it (the start-up itself is the cold-start rows' to measure). A tap
 * Event Timing does not report was answered within 16 ms and counts as 16.
 */
export async function tapToNextPaint(browser, url, { taps, reach }) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url);
    await reach(page);
    await paintedAt(page, 'home');
    // The kiosk's own taps only: until its app listens, its early script keeps a tap for later (that is no answer).
    await page.waitForFunction(() => window.__kioskEarlyTap?.recording !== true);
    await page.evaluate(() => (window.__benchmark.events.length = 0));
    for (let tap = 0; tap < taps; tap += 1) {
      const step = ROUND[tap % ROUND.length];
      await page.locator(`[data-screen="${step.from}"] ${step.target}`).first().tap();
      await paintedAt(page, step.to);
    }
    // Let the last interaction's entry arrive.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const events = await page.evaluate(() => window.__benchmark.events);
    const byInteraction = new Map();
    for (const { id, duration } of events) byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, duration));
    const durations = [...byInteraction.values()];
    while (durations.length < taps) durations.push(16);
    return durations.slice(-taps);
  } finally {
    await context.close();
  }
}

/** Dropped and total video frames while `screen` plays its loop for `seconds` (reached by `reach`). */
export async function videoFrames(browser, url, { screen, reach, seconds }) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url);
    await reach(page);
    const video = page.locator(`[data-screen="${screen}"] video`).first();
    await video.waitFor();
    await page.waitForFunction((selector) => document.querySelector(selector)?.readyState >= 3, `[data-screen="${screen}"] video`);
    const quality = () =>
      video.evaluate((element) => {
        const { droppedVideoFrames, totalVideoFrames } = element.getVideoPlaybackQuality();
        // Fed by the kiosk's seamless loop (a MediaSource) rather than looping its file by seeking.
        return { droppedVideoFrames, totalVideoFrames, seamless: element.srcObject !== null };
      });
    const before = await quality();
    await page.waitForTimeout(seconds * 1000);
    const after = await quality();
    // How it loops once under way: the attract switches to its feed about a second after a cold start.
    return { dropped: after.droppedVideoFrames - before.droppedVideoFrames, total: after.totalVideoFrames - before.totalVideoFrames, seamless: after.seamless };
  } finally {
    await context.close();
  }
}

/**
 * Gzip bytes of the JavaScript a page runs before it is live: index.html's module script and preloads, the app chunk
 * the entry starts (start-app), and all they import statically. The on-demand screens' chunks are not counted.
 */
export async function initialJsBytes(rendererDir) {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? match[2]);
  const files = [];
  let bytes = 0;
  while (pending.length > 0) {
    const file = pending.shift();
    if (files.includes(file)) continue;
    files.push(file);
    const source = await readFile(join(rendererDir, file));
    bytes += gzipSync(source).length;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const text = source.toString('utf8');
    const imported = [...text.matchAll(/from\s*"\.\/([^"]+\.js)"|\bimport\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? match[2]);
    const app = [...text.matchAll(/"\.\/(start-app-[\w-]+\.js)"/g)].map((match) => match[1]);
    pending.push(...[...imported, ...app].map((name) => folder + name));
  }
  return { bytes, files };
}

/** Gzip bytes of a floor page's inline scripts. */
export function inlineJsBytes(html) {
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('');
  return gzipSync(Buffer.from(scripts)).length;
}

/** Event Timing gives each duration rounded to the nearest 8 ms (the spec's coarsening, against timing attacks). */
export const EVENT_TIMING_STEP_MS = 8;

/**
 * A percentile of durations that come in `step`s, read as grouped data: each reported value stands for the taps
 * within half a step of it, spread evenly, and the percentile falls inside its step by how many taps lie below it.
 * The plain percentile of such values can only land on a step: a shift of a tenth of a step in where most taps fall
 * moves it a whole step (56 against 48 ms, 1.17×), larger than the 1.1× the tap rows allow.
 */
export function steppedPercentile(values, share, step = EVENT_TIMING_STEP_MS) {
  if (values.length === 0) return Number.NaN;
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = share * values.length;
  let below = 0;
  for (const [value, count] of [...counts].sort(([a], [b]) => a - b)) {
    if (below + count >= rank) return value - step / 2 + (step * (rank - below)) / count;
    below += count;
  }
  return Number.NaN;
}

export const median = (values) => percentile(values, 0.5);
export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = (sorted.length - 1) * share;
  const low = Math.floor(index);
  return sorted[low] + (sorted[Math.ceil(index)] - sorted[low]) * (index - low);
}
