/**
 * `npm run bench:soak [-- --days 30 --sessions 10000]`: the kiosk's long run on Playwright's clock, in the production
 * build. Each simulated day: its share of member sessions (attract → home → muscle card → exercise, then the idle
 * reset), the rest of the day on the attract loop. After every day, measured after a full garbage collection (the
 * video-loop worker's, then the page's: scripts/bench/collect-garbage.mjs): elements
 * in the document (the page's own query), detached DOM nodes still held (heap snapshot), event listeners on live targets
 * (scripts/bench/live-listeners.mjs) and JS heap.
 * Passes when elements, detached nodes and listeners stay flat and the heap grows less than 0.5 MB per simulated day
 * (a line fitted through the days, so one noisy day does not decide). Writes test-results/soak.json; exits 1 on a miss.
 * Long by design (about 1 h for 30 days and 10,000 sessions on 2 cores): not part of `npm test`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { collectPageGarbage } from './bench/collect-garbage.mjs';
import { detachedNodes, takeHeapSnapshot } from './bench/detached-nodes.mjs';
import { countLiveListeners } from './bench/live-listeners.mjs';
import { startPreview } from './bench/start-preview.mjs';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { days: { type: 'string', default: '30' }, sessions: { type: 'string', default: '10000' } } });
const DAYS = Math.max(1, Number(options.days));
const SESSIONS = Math.max(DAYS, Number(options.sessions));
const DAY_MS = 24 * 60 * 60_000;
/** Idle time (60 s) plus the countdown (10 s): a session ends with the kiosk's own reset. */
const SESSION_END_MS = 70_000;
const MAX_HEAP_GROWTH_PER_DAY_MB = 0.5;
/** Detached nodes may wobble by a few between measurements (a node Blink keeps until the next touch); never more. */
const DETACHED_WOBBLE = 20;

/**
 * Where the listeners are, by event type (window, and the document with every node in it): when a day's count climbs,
 * the types that grew name the code that added them. Counts only; the page's own state is not touched.
 */
async function listenersByType(cdp) {
  const byType = {};
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    for (const { type } of listeners) byType[type] = (byType[type] ?? 0) + 1;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return byType;
}

/** The types whose listener count differs between two days, as "type before→after". */
function listenerChanges(before, after) {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((type) => before[type] !== after[type]).map((type) => `${type} ${before[type] ?? 0}→${after[type] ?? 0}`);
}

/** The page's footprint on the attract loop after a full collection. */
async function footprint(page, cdp, browserCdp) {
  // Blink keeps the last touched node (and its removed screen) until the next touch. A hover does not replace it: a
  // one-second press on the staff corner does (too long for a tap, too short to open the PIN pad), as in idle-soak.spec.ts.
  const box = await page.locator('.staff-corner').boundingBox();
  if (!box) throw new Error('the staff corner has no box to press');
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] });
  await page.clock.runFor(1_000);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.locator('[data-screen="attract"] h1').hover();
  // The press must have left the kiosk where it was: a measurement of any other screen would not compare.
  await page.locator('[data-screen="attract"]').waitFor({ timeout: 5_000 });
  if (await page.locator('[role="dialog"]').count()) throw new Error('the press on the staff corner opened a dialog; the footprint needs the attract loop alone');
  // The page's collection alone first: what it leaves held only until the loop worker collects is logged apart.
  await cdp.send('HeapProfiler.collectGarbage');
  const heldUntilWorkerCollects = detachedNodes(await takeHeapSnapshot(cdp), { except: ['<audio preload="auto">'] }).count;
  const workers = await collectPageGarbage(browserCdp, cdp);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const listeners = await countLiveListeners(cdp);
  // Howler's pool of <audio> elements is held on purpose (it unlocks sound once and reuses them).
  const detached = detachedNodes(await takeHeapSnapshot(cdp), { except: ['<audio preload="auto">'] });
  return {
    heapMb: usedSize / 1e6,
    elements,
    listeners,
    detached: detached.count,
    detachedBeforeWorkerGc: heldUntilWorkerCollects,
    workers,
    detachedHeldBy: detached.heldBy,
    listenerTypes: await listenersByType(cdp),
  };
}

/** A session that did not get through: what the page showed, as a picture and in soak.json, and the days measured so far. */
async function reportStuckSession(page, { day, session, days }, error) {
  await mkdir(join(root, 'test-results'), { recursive: true });
  const screen = await page.evaluate(() => [...document.querySelectorAll('[data-screen]')].map((element) => element.getAttribute('data-screen'))).catch(() => []);
  await page.screenshot({ path: join(root, 'test-results', 'soak-stuck.png') }).catch(() => {});
  const stuck = { day, session, screens: screen, error: String(error?.message ?? error).split('\n')[0] };
  await writeFile(join(root, 'test-results', 'soak.json'), `${JSON.stringify({ days: DAYS, sessions: SESSIONS, stuck, measurements: days }, null, 2)}\n`);
  console.error(`Session ${session} (day ${day}) did not get through on screen ${screen.join(', ') || '(none)'}: see test-results/soak-stuck.png`);
}

/** A target's box as "x,y w×h" in CSS pixels, or "gone". */
const describeBox = (box) => (box ? `${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}` : 'gone');

/** Least-squares slope of values over their index (MB per day for the heap). */
function slope(values) {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  values.forEach((value, x) => {
    numerator += (x - meanX) * (value - meanY);
    denominator += (x - meanX) ** 2;
  });
  return numerator / denominator;
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const workDir = await mkdtemp(join(tmpdir(), 'kiosk-soak-'));
const preview = await startPreview(root, join(workDir, 'settings.json'));
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
const started = Date.now();
try {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  // Counts long presses (the context menu a touch held 500 ms asks for), to tell a starved tap from a stuck screen.
  await page.addInitScript(() => {
    window.__soakLongPresses = 0;
    window.addEventListener('contextmenu', () => (window.__soakLongPresses += 1), { capture: true });
  });
  await page.clock.install();
  await page.goto(preview.url);
  const cdp = await context.newCDPSession(page);
  const browserCdp = await browser.newBrowserCDPSession();
  const attract = page.locator('[data-screen="attract"]');
  await attract.waitFor();

  /**
   * A member's tap that leads to `next`. Twice in long runs (day 21 of 30, and day 3 beside a CI run on both cores)
   * one tap on a muscle card's exercise did not open it: the screen had moved under the finger (a sound hint that came
   * and went, fixed since). A member taps again, and so does this, at most twice more; each repeat is counted and
   * logged with what the page had under the finger, where the target was, and whether the page saw a long press. A
   * screen that three taps do not leave is stuck.
   */
  let tapsAgain = 0;
  const tapLeadingTo = async (locator, next) => {
    for (let attempt = 1; ; attempt += 1) {
      const longPressesBefore = await page.evaluate(() => window.__soakLongPresses);
      const box = await locator.boundingBox();
      await locator.tap();
      try {
        await page.locator(`[data-screen="${next}"]`).waitFor({ timeout: attempt < 3 ? 10_000 : 30_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        tapsAgain += 1;
        const seen = await page.evaluate(
          ({ x, y }) => ({
            screens: [...document.querySelectorAll('[data-screen]')].map((element) => element.getAttribute('data-screen')).join(', '),
            under: document.elementFromPoint(x, y)?.closest('button, a, [data-screen]')?.outerHTML.slice(0, 120) ?? 'nothing',
            longPresses: window.__soakLongPresses,
          }),
          { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 },
        );
        const longPress = seen.longPresses > longPressesBefore ? ', seen as a long press' : '';
        // Where the target was when the finger was aimed, and where it is now: a layout that moved under the finger shows here.
        const boxNow = await locator.boundingBox().catch(() => null);
        const moved = `aimed at ${describeBox(box)}, now ${describeBox(boxNow)}`;
        console.log(`a tap did not lead to ${next} (screens: ${seen.screens}; under the finger: ${seen.under}${longPress}; ${moved}); tapping again`);
      }
    }
  };
  const session = async () => {
    await tapLeadingTo(page.locator('[data-screen="attract"] .attract__call'), 'home');
    await tapLeadingTo(page.locator('[data-screen="home"] .link-button').first(), 'muscle');
    await tapLeadingTo(page.locator('[data-screen="muscle"] .link-button').first(), 'exercise');
    await page.clock.runFor(SESSION_END_MS);
    await attract.waitFor();
  };
  // What is made once (the body map, howler's pool, every language's words) exists before the first measurement.
  await session();
  const days = [{ day: 0, sessions: 0, ...(await footprint(page, cdp, browserCdp)) }];
  let done = 0;
  for (let day = 1; day <= DAYS; day += 1) {
    const today = Math.round((SESSIONS * day) / DAYS) - done;
    for (let count = 0; count < today; count += 1) {
      try {
        await session();
      } catch (error) {
        await reportStuckSession(page, { day, session: done + count + 1, days }, error);
        throw error;
      }
    }
    done += today;
    // The rest of the day on the attract loop: every timer due fires (once), as the hours pass.
    await page.clock.fastForward(Math.max(0, DAY_MS - today * SESSION_END_MS));
    days.push({ day, sessions: done, ...(await footprint(page, cdp, browserCdp)) });
    const last = days.at(-1);
    const changed = listenerChanges(days.at(-2).listenerTypes, last.listenerTypes);
    console.log(`day ${day}/${DAYS}: ${done} sessions, heap ${last.heapMb.toFixed(2)} MB, ${last.elements} elements, ${last.detached} detached (${last.detachedBeforeWorkerGc} before the worker's collection), ${last.listeners} listeners${changed.length ? ` (changed: ${changed.join(', ')})` : ''} (${((Date.now() - started) / 60_000).toFixed(1)} min)`);
    // More detached nodes than the first measurement: name what holds them, so a climb points at its code.
    if (last.detached > days[0].detached + DETACHED_WOBBLE) console.log(`  ${last.detached - days[0].detached} more detached nodes than on day 0; one is held by: ${last.detachedHeldBy}`);
  }
  await context.close();

  const first = days[0];
  const last = days.at(-1);
  const growth = slope(days.map((entry) => entry.heapMb));
  // Flat: the same screen holds the same elements; detached nodes and listeners may wobble by a few, never climb.
  const checks = [
    { figure: 'elements in the document', ok: last.elements === first.elements, detail: `${first.elements} → ${last.elements}` },
    { figure: 'detached DOM nodes held', ok: last.detached <= first.detached + DETACHED_WOBBLE, detail: `${first.detached} → ${last.detached}` },
    { figure: 'event listeners', ok: last.listeners <= first.listeners + 20, detail: `${first.listeners} → ${last.listeners}` },
    { figure: 'heap growth per simulated day', ok: growth < MAX_HEAP_GROWTH_PER_DAY_MB, detail: `${growth.toFixed(3)} MB/day (${first.heapMb.toFixed(2)} → ${last.heapMb.toFixed(2)} MB), target < ${MAX_HEAP_GROWTH_PER_DAY_MB}` },
  ];
  console.table(checks);
  await mkdir(join(root, 'test-results'), { recursive: true });
  console.log(`Taps repeated because the first did not lead on: ${tapsAgain}`);
  await writeFile(join(root, 'test-results', 'soak.json'), `${JSON.stringify({ days: DAYS, sessions: SESSIONS, minutes: (Date.now() - started) / 60_000, tapsAgain, checks, measurements: days }, null, 2)}\n`);
  if (checks.some((check) => !check.ok)) process.exitCode = 1;
} finally {
  await browser.close();
  preview.stop();
  await rm(workDir, { recursive: true, force: true });
}
