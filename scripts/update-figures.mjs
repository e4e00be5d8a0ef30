/**
 * `npm run bench:updates`: how long publishing today's content takes, how long a kiosk (the real preview, shown
 * in Chromium so it rests on its attract loop) takes from start to showing a published bundle, and what a
 * text-only change costs it in bytes and time. Prints a table and writes test-results/update-figures.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = await mkdtemp(join(tmpdir(), 'kiosk-update-figures-'));
const site = join(work, 'site');
const content = join(work, 'content');
await cp(join(root, 'content'), content, { recursive: true });

function publish() {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'build/main/content-publish.cjs'), '--key', join(work, 'keys/content-signing.key'), '--out', site, '--content', content, '--assets', join(root, 'assets')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return { ms: performance.now() - started, line: run.stdout.trim() };
}

// The origin: a plain static server that counts what it sends.
let sent = 0;
const origin = createServer(async (request, response) => {
  const file = normalize(join(site, decodeURIComponent(request.url ?? '/')));
  try {
    const body = await readFile(file);
    sent += body.length;
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => origin.listen(0, '127.0.0.1', resolve));
const originUrl = `http://127.0.0.1:${origin.address().port}/`;

const keygen = spawnSync(process.execPath, [join(root, 'build/main/content-keygen.cjs'), '--out', join(work, 'keys')], { encoding: 'utf8' });
const publicKey = keygen.stdout.trim();
const first = publish();

const chromiumPath = findChromium();
if (!chromiumPath) throw new Error(NO_CHROMIUM_MESSAGE);
await mkdir(join(work, 'data'), { recursive: true });
const preview = spawn(process.execPath, [join(root, 'build/main/preview.cjs'), '--port', '0', '--settings', join(work, 'data/settings.json')], {
  env: { ...process.env, KIOSK_UPDATES_URL: originUrl, KIOSK_UPDATES_PUBLIC_KEY: publicKey, KIOSK_UPDATES_INTERVAL_S: '5' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const started = performance.now();
let output = '';
const waitFor = (pattern) =>
  new Promise((resolve) => {
    const check = () => (pattern.test(output) ? resolve(performance.now()) : setTimeout(check, 20));
    check();
  });
preview.stdout.on('data', (chunk) => (output += chunk));
await waitFor(/Kiosk preview: (\S+)/);
const url = /Kiosk preview: (\S+)/.exec(output)[1];
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
await page.goto(url);
const firstOnScreen = await waitFor(/content update 1 is on screen/);
const firstBytes = sent;

sent = 0;
const stations = JSON.parse(await readFile(join(content, 'locales/en/stations.json'), 'utf8'));
stations['seated-leg-curl'].name = 'Seated leg curl (edited)';
await writeFile(join(content, 'locales/en/stations.json'), JSON.stringify(stations, null, 2));
const second = publish();
const secondPublished = performance.now();
await waitFor(/content update 2 is on screen/);
const secondOnScreen = performance.now();
await page.getByRole('heading', { level: 1, name: 'Seated leg curl (edited)' }).waitFor({ timeout: 15_000 });
const secondBytes = sent;

await browser.close();
preview.kill('SIGTERM');
origin.close();
await rm(work, { recursive: true, force: true });

const figures = {
  publishFirstMs: Math.round(first.ms),
  publishTextChangeMs: Math.round(second.ms),
  firstBundleBytes: firstBytes,
  firstBundleOnScreenMs: Math.round(firstOnScreen - started),
  textChangeBytes: secondBytes,
  textChangeOnScreenMs: Math.round(secondOnScreen - secondPublished),
  pollIntervalS: 5,
};
console.log(first.line);
console.log(second.line);
console.table(figures);
await mkdir(join(root, 'test-results'), { recursive: true });
await writeFile(join(root, 'test-results/update-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
