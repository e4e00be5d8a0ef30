/**
 * The page arrives with its first screen: main writes the start state and the screen drawn from it into index.html,
 * the page paints it before its script runs, then hydrates those same elements; a tap on the drawing is not lost.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

declare global {
  interface Window {
    /** public/early-taps.js's record; recording turns false once the page's script listens itself. */
    __kioskEarlyTap?: { taps: Element[]; recording: boolean; awake: boolean };
  }
}

/** Holds the page's own module scripts until `release()`: the page shows main's drawing only, as on a slow start. */
async function holdScripts(page: Page): Promise<{ release(): Promise<void> }> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    if (released) return route.continue();
    held.push(route);
  });
  return {
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

/** Every request the page sends on a channel, by wire name. */
function channelRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/(kiosk:[a-z-]+)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) sent.push(match[1]);
  });
  return sent;
}

test('index.html holds the start state and the attract screen drawn from it, in the default language', async ({ page, kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { defaultLanguage: 'de' });
  const html = await (await page.request.get(kiosk.url)).text();
  const state = /<script type="application\/json" id="kiosk-start">(.*?)<\/script>/s.exec(html)?.[1];
  expect(state, 'the start state is in the page').toBeTruthy();
  const start = JSON.parse(state ?? 'null') as { ok: boolean; value: { settings: { defaultLanguage: string }; content: { ok: boolean; value: { language: string } } } };
  expect(start.ok).toBe(true);
  expect(start.value.settings.defaultLanguage).toBe('de');
  expect(start.value.content.value.language).toBe('de');
  expect(html).toMatch(/<html lang="de">/);
  expect(html).toMatch(/<div id="root"><div class="kiosk-frame"[^>]*>.*data-screen="attract"/s);
  expect(html).toContain('aria-label="Zum Starten berühren"');
  // Beside it, inert, the screen a member's first touch leads to: home, in the same language.
  expect(html).toMatch(/<\/div><template id="kiosk-awake-screen"><div class="kiosk-frame"[^>]*>.*data-screen="home".*<\/template>/s);
  expect(/<template id="kiosk-awake-screen">(.*)<\/template>/s.exec(html)?.[1]).toContain('>Diese Muskeln trainiert das Gerät<');
  // No style attributes in either drawing: the page's security policy would refuse them.
  expect(html).not.toMatch(/\sstyle="/);
});

test('with its script held back, the page already shows the attract screen, its words and its video', async ({ page, kiosk }) => {
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  const attract = page.locator('[data-screen="attract"]');
  await expect(attract).toBeVisible();
  await expect(attract.getByRole('heading', { level: 1 })).toHaveText('Seated leg curl');
  await expect(attract.getByRole('button', { name: 'Touch to start' })).toBeVisible();
  await expect(attract.locator('video')).toHaveAttribute('poster', './media/video/seated-leg-curl.jpg');
  // The drawing is styled, not bare markup: the frame fills the display.
  const frame = await page.locator('.kiosk-frame').boundingBox();
  expect(frame?.height).toBeGreaterThan(1000);
  await scripts.release();
});

test('the script hydrates the drawn elements (no redraw, nothing reported) and asks for no start of its own', async ({ page, kiosk }) => {
  const sent = channelRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  await page.locator('[data-screen="attract"] video').waitFor();
  // The drawn loop loads but waits for the page: it starts once the app is up and the page idle (play-when-idle.ts).
  const loop = page.locator('[data-screen="attract"] video');
  await expect.poll(() => loop.evaluate((video: HTMLVideoElement) => video.readyState)).toBeGreaterThanOrEqual(3);
  expect(await loop.evaluate((video: HTMLVideoElement) => [video.paused, video.autoplay])).toEqual([true, false]);
  // Marks main's elements; a redraw would replace them with unmarked ones.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-screen="attract"], [data-screen="attract"] video, .attract__call')) (element as Element & { drawnByMain?: boolean }).drawnByMain = true;
  });
  await scripts.release();
  await page.waitForFunction(() => window.__kioskEarlyTap?.recording === false);
  // After hydration the attract loop lives: its call changes language within a few seconds, on the same button.
  await expect(page.locator('.attract__call span')).not.toHaveAttribute('lang', 'en', { timeout: 8_000 });
  await expect.poll(() => loop.evaluate((video: HTMLVideoElement) => !video.paused && video.currentTime > 0.2)).toBe(true);
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('[data-screen="attract"], [data-screen="attract"] video, .attract__call')].map((element) => (element as Element & { drawnByMain?: boolean }).drawnByMain === true),
  );
  expect(kept).toEqual([true, true, true]);
  expect(sent).not.toContain('kiosk:get-start');
  expect(sent).not.toContain('kiosk:get-content');
  expect(sent).not.toContain('kiosk:report-error');
  expect(errors).toEqual([]);
});

test('the drawing is painted before React takes it over, however soon the script arrives', async ({ page, kiosk }) => {
  // Looks at the drawn screen in the first frame that holds it (frame callbacks run just before the frame is painted).
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      const screen = document.querySelector('[data-screen="attract"]');
      if (!screen) return;
      seen.disconnect();
      requestAnimationFrame(() => {
        (window as Window & { __hydratedInFirstFrame?: boolean }).__hydratedInFirstFrame = Object.keys(screen).some((key) => key.startsWith('__reactFiber'));
      });
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  for (let load = 0; load < 5; load += 1) {
    await page.goto(kiosk.url);
    await page.waitForFunction(() => window.__kioskEarlyTap?.recording === false);
    expect(await page.evaluate(() => (window as Window & { __hydratedInFirstFrame?: boolean }).__hydratedInFirstFrame), `load ${load + 1}`).toBe(false);
    // And React does take it over.
    await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('[data-screen="attract"]') ?? {}).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  }
});

test('a touch on the drawing before the app has started is answered at once with main\'s drawing of home, which the app takes over', async ({ page, kiosk }) => {
  const sent = channelRequests(page);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  // No app script has run, and home is already there: heading, muscles and a video that loads.
  const home = page.locator('[data-screen="home"]');
  await expect(home).toBeVisible();
  await expect(home.getByRole('heading', { level: 1 })).toHaveText('Seated leg curl');
  await expect(home.getByRole('button', { name: 'Semimembranosus' })).toBeVisible();
  await expect.poll(() => home.locator('video').evaluate((video: HTMLVideoElement) => ({ error: video.error?.message ?? null, loaded: video.readyState > 0 }))).toEqual({ error: null, loaded: true });
  expect(await page.evaluate(() => ({ awake: window.__kioskEarlyTap?.awake, kept: window.__kioskEarlyTap?.taps.length, template: document.getElementById('kiosk-awake-screen') }))).toEqual({ awake: true, kept: 0, template: null });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('[data-screen="home"], [data-screen="home"] video, .link-button')) (element as Element & { drawnByMain?: boolean }).drawnByMain = true;
  });
  await scripts.release();
  // The app starts on home (not on the attract loop again) and hydrates the very elements the early script showed.
  await expect(page.getByRole('button', { name: 'Staff access (hold for 3 seconds)' })).toBeAttached();
  await expect(home).toBeVisible();
  const kept = await page.evaluate(() =>
    [...document.querySelectorAll('[data-screen="home"], [data-screen="home"] video, .link-button')].map((element) => (element as Element & { drawnByMain?: boolean }).drawnByMain === true),
  );
  expect(kept).toEqual([true, true, true, true, true]);
  await home.getByRole('button', { name: 'Semimembranosus' }).tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  expect(sent).not.toContain('kiosk:report-error');
  expect(errors).toEqual([]);
});

test('a second touch before the app has started (on home, drawn) is kept and replayed once the app is in', async ({ page, kiosk }) => {
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await page.locator('[data-screen="home"]').getByRole('button', { name: 'Biceps femoris' }).tap();
  // Nothing answers that one yet: the drawn home has no app behind it.
  await page.waitForTimeout(300);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await scripts.release();
  await expect(page.locator('[data-screen="muscle"]').getByRole('heading', { level: 1 })).toHaveText('Biceps femoris');
  // One step back leads home: the muscle was opened once.
  await page.getByRole('button', { name: 'Back', exact: true }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('several touches before the app has started are replayed in order, each on the screen the one before left', async ({ page, kiosk }) => {
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  const home = page.locator('[data-screen="home"]');
  // Deutsch, then a muscle: the muscle's button is still on screen after the language changed, so it opens, in German.
  await home.getByRole('button', { name: 'Deutsch' }).tap();
  await home.getByRole('button', { name: 'Biceps femoris' }).tap();
  // And one on a button the muscle card has taken off the screen by then: dropped, not opened on top.
  await home.getByRole('button', { name: 'Semitendinosus' }).tap();
  expect(await page.evaluate(() => window.__kioskEarlyTap?.taps.length)).toBe(3);
  await scripts.release();
  const card = page.locator('[data-screen="muscle"]');
  await expect(card.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'muscles', 'biceps-femoris'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // One muscle was opened: one step back leads home.
  await page.getByRole('button', { name: uiText('de', 'nav.back'), exact: true }).tap();
  await expect(home).toBeVisible();
  expect(await page.evaluate(() => window.__kioskEarlyTap?.taps.length)).toBe(0);
});

test('left alone, the page starts its app after a short rest, on the attract loop', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('button', { name: 'Staff access (hold for 3 seconds)' })).toBeAttached();
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  expect(await page.evaluate(() => ({ awake: window.__kioskEarlyTap?.awake, recording: window.__kioskEarlyTap?.recording, template: document.getElementById('kiosk-awake-screen') }))).toEqual({ awake: false, recording: false, template: null });
  // A touch now is the app's own, and still leads home.
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('a tap once the script runs is the page\'s own: the early record stays empty, so nothing is replayed on top', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.waitForFunction(() => window.__kioskEarlyTap?.recording === false);
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await page.locator('[data-screen="home"] .link-button').first().tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  expect(await page.evaluate(() => window.__kioskEarlyTap?.taps.length)).toBe(0);
  // One step back leads home: the muscle was opened once.
  await page.getByRole('button', { name: 'Back', exact: true }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('an app file that does not arrive leaves the drawing on screen, and the page loads again by itself', async ({ page, kiosk }) => {
  let refused = 0;
  await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
    if (refused > 0) return route.continue();
    refused += 1;
    return route.abort('connectionreset');
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(kiosk.url);
  await expect.poll(() => errors.some((error) => /^The app could not be loaded \(.+\); the page reloads in 3 s$/.test(error))).toBe(true);
  // Meanwhile the member still sees the attract loop, and a touch still leads home (the early script answers it).
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Touch to start' }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await reloaded;
  await expect(page.getByRole('button', { name: 'Staff access (hold for 3 seconds)' })).toBeAttached();
  expect(refused).toBe(1);
});

test.describe('with a broken content file', () => {
  test.use({ kioskOptions: { edit: async (dir) => (await import('node:fs/promises')).writeFile(`${dir}/stations/seated-leg-curl.json`, '{ "id": ') } });

  test('the error screen is drawn into the page too, with its reasons, before the script runs', async ({ page, kiosk }) => {
    const scripts = await holdScripts(page);
    await page.goto(kiosk.url, { waitUntil: 'commit' });
    const screen = page.locator('[data-screen="error"]');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('row', { name: /stations\/seated-leg-curl\.json/ })).toBeVisible();
    await scripts.release();
    await expect(screen.getByRole('button')).toBeVisible();
  });
});

test('the inline style sheet and early-tap script run under the security policy, and no other inline script does', async ({ page, kiosk }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  // With the page's own script held back, only the inline blocks can have done what follows.
  const scripts = await holdScripts(page);
  await page.goto(kiosk.url, { waitUntil: 'commit' });
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  // The inline sheet applied: the call has the accent colour (tokens.css --accent), not a browser's grey button.
  await expect(page.locator('[data-screen="attract"] .attract__call')).toHaveCSS('background-color', 'rgb(251, 146, 60)');
  // The inline tap keeper ran: it alone makes a record that is still recording before the app starts.
  expect(await page.evaluate(() => window.__kioskEarlyTap?.recording)).toBe(true);
  await scripts.release();
  await expect.poll(() => page.evaluate(() => window.__kioskEarlyTap?.recording)).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  // A script someone slips in is still refused: its text has no hash in the policy.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__slippedIn = true';
    document.head.append(script);
    return (window as unknown as { __slippedIn?: boolean }).__slippedIn === true;
  });
  expect(ran).toBe(false);
  // Reported once per policy that refuses it (the header's and the <meta>'s), and for nothing else.
  const violationsNow = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await expect.poll(async () => (await violationsNow()).length).toBeGreaterThan(0);
  const violations = await violationsNow();
  expect(violations.every((violation) => /^script-src(-elem)? inline$/.test(violation))).toBe(true);
});
