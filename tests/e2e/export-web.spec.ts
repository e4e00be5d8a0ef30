/**
 * The web export as a member's phone meets it: exported by the real command, served by a real static host
 * (nginx, under a sub-path), every page opened in Chromium; and the kiosk's QR code, decoded from a screenshot.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { devices } from '@playwright/test';
import { expect, test, type Page } from './support/fixtures';
import { REPO_ROOT } from './support/kiosk-server';
import { openAtHome } from './support/kiosk-page';
import { contentName } from './support/locale-text';
import { exportWeb, serveStaticSite, type StaticSite } from './support/static-site';
import { PHONE_BUDGET } from './support/phone-budget';

const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl'];
const PHONE = devices['Pixel 7'];

let workDir = '';
let siteDir = '';
let site: StaticSite;

test.beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kiosk-export-'));
  siteDir = join(workDir, 'site');
  const run = exportWeb(['--out', siteDir, '--public-url', 'https://gym.example.com/exercises/']);
  expect(run.status, run.output).toBe(0);
  site = await serveStaticSite(siteDir, workDir);
  await mkdir(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  site?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Every page the export wrote, as its folder from the site's root ("" for the start page). */
async function writtenPages(dir = siteDir): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === 'index.html') found.push(relative(siteDir, entry.parentPath).split('\\').join('/').replace(/(.)$/, '$1/'));
  }
  return found.map((path) => (path === '/' ? '' : path)).sort();
}

/** Opens a page and fails on any console error or failed request. */
async function openClean(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`${url}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`${url}: ${request.url()} failed`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${url}: ${response.url()} answered ${response.status()}`));
  await page.goto(url, { waitUntil: 'load' });
  return errors;
}

test('the sitemap lists every page the export wrote, with absolute addresses and every language', async ({ request }) => {
  const sitemap = await (await request.get(`${site.url}sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => (match[1] ?? '').replace('https://gym.example.com/exercises/', ''));
  expect(locs.sort()).toEqual(await writtenPages());
  // Every record of the content, in every language, has its page.
  const ids = async (kind: string) => (await readdir(join(REPO_ROOT, 'content', kind))).map((name) => `${kind}/${name.replace(/\.json$/, '')}/`);
  const records = [...(await ids('stations')), ...(await ids('exercises')), ...(await ids('muscles'))];
  expect(locs.sort()).toEqual(['', ...LANGUAGES.flatMap((language) => [`${language}/`, `${language}/credits/`, ...records.map((record) => `${language}/${record}`)])].sort());
});

test('every page in every language opens with no console error, is axe clean, and its links, alternates and media resolve', async ({ browser, request }) => {
  test.setTimeout(600_000);
  const context = await browser.newContext({ ...PHONE, baseURL: undefined });
  const checked = new Map<string, number>();
  const problems: string[] = [];
  for (const path of await writtenPages()) {
    const page = await context.newPage();
    problems.push(...(await openClean(page, `${site.url}${path}`)));
    const results = await new AxeBuilder({ page }).analyze();
    problems.push(...results.violations.map((violation) => `${path}: axe ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));

    // The same page in each language and x-default, pointing at pages that exist.
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), (link as HTMLLinkElement).href]));
    expect(alternates.map(([hreflang]) => hreflang).sort(), path).toEqual([...LANGUAGES, 'x-default'].sort());
    const addresses = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href]')].map((link) => (link as HTMLAnchorElement).href),
      ...[...document.querySelectorAll('video[src], video[poster], img[src]')].flatMap((media) => [media.getAttribute('src'), media.getAttribute('poster')].filter(Boolean).map((value) => new URL(value as string, document.baseURI).href)),
    ]);
    for (const address of [...addresses, ...alternates.map(([, href]) => href as string)]) {
      expect(address.startsWith(site.url), `${path} links outside the site: ${address}`).toBe(true);
      if (!checked.has(address)) checked.set(address, (await request.get(address)).status());
      if (checked.get(address) !== 200) problems.push(`${path}: ${address} answered ${checked.get(address)}`);
    }
    await page.close();
  }
  await context.close();
  expect(problems).toEqual([]);
  // Every page is reached from another page: the start page leads to each language, each language to everything.
  for (const path of await writtenPages()) if (path !== '') expect([...checked.keys()], path).toContain(`${site.url}${path}`);
});

test('a station leads to its exercise, the exercise to its muscle and back, by real links', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByRole('link', { name: 'Deutsch' }).tap();
  await page.getByRole('link', { name: contentName('de', 'stations', 'seated-leg-curl') }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await page.getByRole('link', { name: new RegExp(contentName('de', 'exercises', 'seated-leg-curl')) }).tap();
  await expect(page).toHaveURL(`${site.url}de/exercises/seated-leg-curl/`);
  await page.getByRole('link', { name: contentName('de', 'muscles', 'semimembranosus') }).tap();
  await expect(page).toHaveURL(`${site.url}de/muscles/semimembranosus/`);
  await page.getByRole('link', { name: 'Français' }).tap();
  await expect(page).toHaveURL(`${site.url}fr/muscles/semimembranosus/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await context.close();
});

test('the exercise page moves its breathing indicator with the video, as the kiosk does', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  await page.goto(`${site.url}en/exercises/seated-leg-curl/`);
  await expect(page.locator('.exercise-video video')).toHaveJSProperty('paused', false);
  await expect(page.locator('.breathing-indicator')).toHaveAttribute('data-breath', /^(inhale|exhale)$/, { timeout: 10_000 });
  await context.close();
});

test('phone-size screenshots of the export', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  const shots: Array<[string, string]> = [
    ['start', ''],
    ['en-index', 'en/'],
    ['en-station-seated-leg-curl', 'en/stations/seated-leg-curl/'],
    ['de-exercise-seated-leg-curl', 'de/exercises/seated-leg-curl/'],
    ['en-exercise-cable-deadlift', 'en/exercises/cable-deadlift/'],
    ['fr-muscle-semimembranosus', 'fr/muscles/semimembranosus/'],
    ['nl-credits', 'nl/credits/'],
  ];
  for (const [name, path] of shots) {
    await page.goto(`${site.url}${path}`);
    await page.evaluate(() => document.fonts.ready);
    await expect.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete) && [...document.querySelectorAll('video')].every((video) => video.readyState >= 2))).toBe(true);
    // Nothing is wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), path).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, `export-${name}.png`), fullPage: true });
  }
  await context.close();
});

test('a page loads on a phone within the budget in README.md', async ({ browser }) => {
  // The network is slowed to a mobile one, so the budget means the same on a fast test machine.
  const figures: string[] = [];
  for (const path of ['', 'en/stations/seated-leg-curl/', 'de/exercises/seated-leg-curl/', 'fr/muscles/semimembranosus/']) {
    // A new context per page: nothing cached, as on a phone that scans the code for the first time.
    const context = await browser.newContext({ ...PHONE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE_BUDGET.network);
    const bytes = { document: 0, stylesheet: 0, script: 0 };
    const types = new Map<string, string>();
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      const type = types.get(event.requestId)?.toLowerCase();
      if (type === 'document' || type === 'stylesheet' || type === 'script') bytes[type] += event.encodedDataLength;
    });
    const started = Date.now();
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    const loadMs = Date.now() - started;
    const code = bytes.document + bytes.stylesheet + bytes.script;
    figures.push(`${path || '(start)'}: ${code} bytes of HTML+CSS+JS over the wire, load in ${loadMs} ms`);
    expect(code, path).toBeLessThanOrEqual(PHONE_BUDGET.codeBytes);
    expect(loadMs, path).toBeLessThanOrEqual(PHONE_BUDGET.loadMs);
    await context.close();
  }
  console.log(figures.join('\n'));
});

test.describe('the command refuses what it must not touch', () => {
  test('an --out that is a file, a folder of someone else\'s files, or a link', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosk-export-refuse-'));
    try {
      const file = join(dir, 'file.txt');
      execFileSync('sh', ['-c', `echo keep > "${file}" && mkdir "${dir}/theirs" && echo keep > "${dir}/theirs/notes.txt" && ln -s "${dir}/theirs" "${dir}/link"`]);
      expect(exportWeb(['--out', file]).output).toContain('is not a folder');
      expect(exportWeb(['--out', join(dir, 'theirs')]).output).toContain('is not empty and holds no previous export');
      expect(exportWeb(['--out', join(dir, 'link')]).output).toContain('is a symbolic link');
      expect(existsSync(join(dir, 'theirs', 'index.html'))).toBe(false);
      expect(exportWeb(['--out', join(dir, 'site'), '--public-url', 'https://gym.example.com/?utm_source=kiosk']).output).toContain('must have no query');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

test.describe('with publicUrl in kiosk.json', () => {
  const publicUrl = 'https://gym.example.com/exercises/';
  test.use({ kioskOptions: { config: { publicUrl } } });

  /** Decodes the QR code as a phone's camera would: from pixels, with zbarimg. */
  async function decodeQrCode(page: Page, name: string): Promise<string> {
    const code = page.locator('.share-code svg');
    await expect(code).toBeVisible();
    const shot = join(SHOTS, `export-qr-${name}.png`);
    await page.locator('.share-code').screenshot({ path: shot });
    return execFileSync('zbarimg', ['--quiet', '--raw', shot], { encoding: 'utf8' }).trim();
  }

  test('the exercise and muscle screens show a QR code to the same page of the export, in the member\'s language', async ({ page, kiosk }) => {
    await openAtHome(page, kiosk.url);
    await page.getByRole('button', { name: new RegExp(contentName('en', 'exercises', 'seated-leg-curl')) }).first().tap();
    await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
    const exerciseUrl = await decodeQrCode(page, 'exercise-en');
    expect(exerciseUrl).toBe(`${publicUrl}en/exercises/seated-leg-curl/`);
    expect(existsSync(join(siteDir, exerciseUrl.replace(publicUrl, ''), 'index.html'))).toBe(true);

    await page.getByRole('button', { name: 'Deutsch' }).tap();
    await expect.poll(() => decodeQrCode(page, 'exercise-de')).toBe(`${publicUrl}de/exercises/seated-leg-curl/`);

    await page.getByRole('button', { name: contentName('de', 'muscles', 'semimembranosus') }).tap();
    await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
    const muscleUrl = await decodeQrCode(page, 'muscle-de');
    expect(muscleUrl).toBe(`${publicUrl}de/muscles/semimembranosus/`);
    expect(existsSync(join(siteDir, muscleUrl.replace(publicUrl, ''), 'index.html'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'export-qr-on-muscle-screen.png') });
  });
});

test('without publicUrl the kiosk shows no QR code', async ({ page }) => {
  await openAtHome(page);
  const answer = page.waitForResponse((response) => response.url().includes('get-public-url'));
  await page.getByRole('button', { name: new RegExp(contentName('en', 'exercises', 'seated-leg-curl')) }).first().tap();
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
  // The page asked, was told "none", and has drawn the screen with that answer.
  expect(await (await answer).json()).toEqual({ ok: true, value: null });
  await expect(page.locator('.share-code')).toHaveCount(0);
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  await expect(page.locator('.share-code')).toHaveCount(0);
});
