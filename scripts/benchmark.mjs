/**
 * `npm run bench [-- --runs N --taps N --video-seconds S --update-readme]`: the kiosk's production build measured
 * against its floor (plain pages with the same content and media, scripts/bench/floor-pages.mjs), in the same
 * Chromium in the same run. Each figure is kiosk, floor and their ratio (median of several runs); the targets are
 * ratios, so a slow or fast machine moves both sides alike. Prints a table, writes test-results/benchmark.json and
 * test-results/benchmark.md (with --update-readme also the README's table), exits 1 when a target is missed.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { makeInteractionFloorPage, makeMinimalStartupPage, makeStartupFloorPage } from './bench/floor-pages.mjs';
import { startFloorServer } from './bench/floor-server.mjs';
import { coldStart, initialJsBytes, inlineJsBytes, median, percentile, steppedPercentile, tapToNextPaint, videoFrames } from './bench/measures.mjs';
import { takeMemberScreens } from './bench/member-screens.mjs';
import { markdownTable, printTable, row } from './bench/report.mjs';
import { takeStartScreens } from './bench/start-screens.mjs';
import { startPreview } from './bench/start-preview.mjs';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    // 180, not the 60 the targets ask for at least: a p95 of 60 rests on its 3 slowest taps, of 180 on 9.
    taps: { type: 'string', default: '180' },
    'video-seconds': { type: 'string', default: '120' },
    'update-readme': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const TAPS = Math.max(3, Number(options.taps));
const VIDEO_SECONDS = Math.max(1, Number(options['video-seconds']));
/** Taps each side takes in a turn; a multiple of the member round's three. */
const TAP_TURN = 60;

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
const workDir = await mkdtemp(join(tmpdir(), 'kiosk-bench-'));
// The start-up and interaction floors are added once the kiosk's screens are taken from this build (below).
const pages = { 'startup-minimal.html': await makeMinimalStartupPage({ contentDir: join(root, 'content') }) };
const floor = await startFloorServer({ pages, assetsDir: join(root, 'assets') });
// The member screens must stay up for the whole video measurement: the idle reset (60 s by default) would take the
// page back to the attract loop halfway through a 120 s run. Staff may set up to an hour, as here.
const settingsFile = join(workDir, 'settings.json');
await writeFile(settingsFile, `${JSON.stringify({ idleTimeoutSeconds: 3600 })}\n`);
const preview = await startPreview(root, settingsFile);
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
const floorStartup = `${floor.url}startup.html`;
const floorInteraction = `${floor.url}interaction.html`;
const minimalStartup = `${floor.url}startup-minimal.html`;
try {
  // The same first screen, home and style rules the kiosk's page hands in, shown by a plain page.
  pages['startup.html'] = makeStartupFloorPage({ ...(await takeStartScreens(browser, preview.url)), title: 'First screens' });
  // Warm the disk cache and both servers once, so the first measured run is not the odd one out.
  await coldStart(browser, preview.url);
  await coldStart(browser, floorStartup);
  await coldStart(browser, minimalStartup);

  const tapAttract = (page) => page.locator('[data-screen="attract"] .attract__call').tap();
  // A member meets a kiosk that is up: the app running (its staff corner drawn) and idle a moment, as it always is
  // after the first second. (A tap in that first second opens main's drawing of home, whose video loops by `loop`.)
  const tapRunningAttract = async (page) => {
    await page.locator('.staff-corner').waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    await tapAttract(page);
  };
  // The same markup and style rules the kiosk's taps will show, swapped by a plain page.
  pages['interaction.html'] = makeInteractionFloorPage({ ...(await takeMemberScreens(browser, preview.url, { reach: tapRunningAttract })), title: 'Member screens' });

  const starts = { kiosk: [], floor: [], minimal: [] };
  for (let run = 0; run < RUNS; run += 1) {
    // Taken in turns, so a busy moment of the machine falls on every side.
    starts.kiosk.push(await coldStart(browser, preview.url));
    starts.floor.push(await coldStart(browser, floorStartup));
    starts.minimal.push(await coldStart(browser, minimalStartup));
  }
  // Taps on a page that is up, on both sides (the floor idles the same second after its first screen), taken in
  // turns of up to 60, so a busy stretch of the machine falls on both sides too.
  const taps = { kiosk: [], floor: [] };
  for (let done = 0; done < TAPS; done += TAP_TURN) {
    const turn = Math.min(TAP_TURN, TAPS - done);
    taps.kiosk.push(...(await tapToNextPaint(browser, preview.url, { taps: turn, reach: tapRunningAttract })));
    taps.floor.push(...(await tapToNextPaint(browser, floorInteraction, { taps: turn, reach: (page) => page.waitForTimeout(1000) })));
  }
  const video = {
    floor: await videoFrames(browser, floorStartup, { screen: 'attract', reach: async () => undefined, seconds: VIDEO_SECONDS }),
    attract: await videoFrames(browser, preview.url, { screen: 'attract', reach: async () => undefined, seconds: VIDEO_SECONDS }),
    home: await videoFrames(browser, preview.url, { screen: 'home', reach: tapRunningAttract, seconds: VIDEO_SECONDS }),
    exercise: await videoFrames(browser, preview.url, {
      screen: 'exercise',
      reach: async (page) => {
        await tapRunningAttract(page);
        await page.locator('[data-screen="home"] .primary-button').first().tap();
      },
      seconds: VIDEO_SECONDS,
    }),
  };
  const js = await initialJsBytes(join(root, 'build', 'renderer'));
  const floorJs = inlineJsBytes(pages['startup.html']);

  const pick = (side, name) => starts[side].map((start) => start[name]);
  const plainTapPercentiles = Object.fromEntries(['kiosk', 'floor'].map((side) => [side, { p50: percentile(taps[side], 0.5), p95: percentile(taps[side], 0.95) }]));
  const rows = [
    row({ figure: 'Cold start to first screen painted (median)', unit: 'ms', kiosk: median(pick('kiosk', 'firstScreenMs')), floor: median(pick('floor', 'firstScreenMs')), maxRatio: 1.5 }),
    // The same frame as it reached the display: rastered in software, as CHROMIUM_ARGS turn the GPU off (none here).
    row({ figure: 'Cold start to first contentful paint (median, presented)', unit: 'ms', kiosk: median(pick('kiosk', 'firstContentfulPaintMs')), floor: median(pick('floor', 'firstContentfulPaintMs')), maxRatio: 1.5 }),
    row({ figure: 'Cold start to first tap answered (median, wall time)', unit: 'ms', kiosk: median(pick('kiosk', 'firstTapAnsweredMs')), floor: median(pick('floor', 'firstTapAnsweredMs')), maxRatio: 1.2 }),
    // What the kiosk's fuller screens and style cost, beside what its app costs: no target, the floor above has it.
    row({ figure: 'Cold start to first tap answered, against the minimal page (for information)', unit: 'ms', kiosk: median(pick('kiosk', 'firstTapAnsweredMs')), floor: median(pick('minimal', 'firstTapAnsweredMs')) }),
    // Read as Event Timing gives them, in 8 ms steps (steppedPercentile); the plain percentiles go to benchmark.json.
    row({ figure: `Tap to next paint, p50 (${TAPS} taps)`, unit: 'ms', kiosk: steppedPercentile(taps.kiosk, 0.5), floor: steppedPercentile(taps.floor, 0.5), maxRatio: 1.1 }),
    row({ figure: `Tap to next paint, p95 (${TAPS} taps)`, unit: 'ms', kiosk: steppedPercentile(taps.kiosk, 0.95), floor: steppedPercentile(taps.floor, 0.95), maxRatio: 1.1 }),
    ...['attract', 'home', 'exercise'].map((screen) =>
      row({ figure: `Dropped video frames, ${screen} (${VIDEO_SECONDS} s; of ${video[screen].total}; ${video[screen].seamless ? 'seamless loop' : 'loop by seeking'})`, unit: 'frames', kiosk: video[screen].dropped, floor: video.floor.dropped, maxValue: 0 }),
    ),
    row({ figure: 'Initial JavaScript (gzip)', unit: 'kB', kiosk: js.bytes / 1000, floor: floorJs / 1000, maxValue: 100 }),
  ];

  const caption = `Chromium ${browser.version()}, ${RUNS} cold starts each (taken in turns), ${TAPS} taps, ${VIDEO_SECONDS} s of video per screen; ${new Date().toISOString().slice(0, 10)}. Reproduce: \`npm run bench\`.`;
  console.log(`Kiosk against its floor: ${caption}`);
  printTable(rows);
  const markdown = markdownTable(rows, caption);
  await mkdir(join(root, 'test-results'), { recursive: true });
  await writeFile(join(root, 'test-results', 'benchmark.md'), markdown);
  await writeFile(
    join(root, 'test-results', 'benchmark.json'),
    `${JSON.stringify({ options: { runs: RUNS, taps: TAPS, videoSeconds: VIDEO_SECONDS }, chromium: browser.version(), rows: rows.map(({ figure, target, ok, raw }) => ({ figure, target, ok, ...raw })), starts, taps, plainTapPercentiles, video, initialJs: js }, null, 2)}\n`,
  );
  if (options['update-readme']) {
    const readmePath = join(root, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    const updated = readme.replace(/(<!-- benchmark:start -->\n)[\s\S]*?(<!-- benchmark:end -->)/, `$1${markdown}$2`);
    if (updated === readme) console.warn('README.md has no <!-- benchmark:start --> … <!-- benchmark:end --> block to update.');
    else await writeFile(readmePath, updated);
  }
  const missed = rows.filter((r) => !r.ok);
  if (missed.length > 0) {
    console.error(`Missed: ${missed.map((r) => `${r.figure}: ${r.kiosk} (${r.ratio}) against ${r.target}`).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  preview.stop();
  await floor.close();
  await rm(workDir, { recursive: true, force: true });
}
