/** "Tap for sound": shown while the browser holds sound back, and only then (never when howler rests its own sound). */
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { chromium, expect, test, type Page } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

const HINT_TEXT = uiText('en', 'breathing.tapForSound');

/** Waits until howler's shared AudioContext (howler puts itself on window) is in `state`. */
async function audioIs(page: Page, state: AudioContextState): Promise<void> {
  await page.waitForFunction((wanted) => (window as unknown as { Howler?: { ctx?: AudioContext } }).Howler?.ctx?.state === wanted, state);
}

/**
 * A page of a browser as a member's own would be: sound only after a gesture. Headless Chromium runs Web Audio even
 * under that policy, and Playwright's page counts as touched from the start (navigator.userActivation), so the page gets
 * what a desktop browser does before a touch: no activation yet, every AudioContext held suspended (and saying so from
 * its first moment, as a blocked one does), and resume() (howler calls it on every play) waking it only after a touch.
 */
async function withAutoplayBlocked(url: string, use: (page: Page) => Promise<void>): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--autoplay-policy')), '--autoplay-policy=user-gesture-required'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    await page.addInitScript(() => {
      let touched = false;
      window.addEventListener('pointerdown', () => (touched = true), { capture: true });
      Object.defineProperty(navigator, 'userActivation', { value: { get hasBeenActive() { return touched; }, get isActive() { return touched; } } });
      const Native = window.AudioContext;
      window.AudioContext = class extends Native {
        constructor(options?: AudioContextOptions) {
          super(options);
          // A new context starts by itself, after this constructor: hold it until a touch.
          const hold = () => {
            if (this.state === 'running' && !touched) void super.suspend();
          };
          this.addEventListener('statechange', hold);
          hold();
        }
        override get state(): AudioContextState {
          return touched || super.state === 'closed' ? super.state : 'suspended';
        }
        override resume(): Promise<void> {
          return touched ? super.resume() : Promise.resolve();
        }
      };
    });
    await page.goto(url);
    await expect(page.locator('[data-screen="home"]')).toBeVisible();
    await use(page);
  } finally {
    await browser.close();
  }
}

test('in a browser that blocks autoplay, a hint asks for a first tap until sound is unlocked', async ({ kiosk }) => {
  // Without the attract loop the kiosk opens straight on the station home, before any touch.
  await saveSettingsAsStaff(kiosk.url, { attractLoop: false });
  await withAutoplayBlocked(kiosk.url, async (page) => {
    const hint = page.getByRole('status').filter({ hasText: HINT_TEXT });
    await expect(hint).toBeVisible();
    await page.locator('h1').tap();
    await expect(hint).toBeHidden();
  });
});

test('with the cues muted by staff there is nothing to unlock, and no hint asks for a tap', async ({ kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { attractLoop: false, muted: true });
  await withAutoplayBlocked(kiosk.url, async (page) => {
    // Sound is held back all the same (so the hint would show if it did not look at the settings).
    await audioIs(page, 'suspended');
    await expect(page.locator('[data-screen="home"] video')).toBeVisible();
    await page.waitForTimeout(1_000);
    await expect(page.getByRole('status').filter({ hasText: HINT_TEXT })).toHaveCount(0);
  });
});

test('after 30 s of silence howler rests its sound, and no hint pushes the muscle card down under a finger', async ({ page }) => {
  // The soak's missed taps: the card's exercise link moved 86 px after it was aimed at, as this hint came and went.
  await page.clock.install();
  await openAtHome(page);
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  const link = page.locator('[data-screen="muscle"] .link-button').first();
  await expect(link).toBeVisible();
  await audioIs(page, 'running');
  const aimedAt = await link.boundingBox();
  // No sound plays on a muscle card. howler starts its 30 s rest when a sound ends (one stopped by leaving a screen does
  // not start it): start it here as that would, then let the 30 s pass. It suspends its context, and resumes it to play.
  await page.evaluate(() => (window as unknown as { Howler: { _autoSuspend(): void } }).Howler._autoSuspend());
  await page.clock.runFor(31_000);
  await audioIs(page, 'suspended');
  await expect(page.getByRole('status').filter({ hasText: HINT_TEXT })).toHaveCount(0);
  expect(await link.boundingBox()).toEqual(aimedAt);
  // A screen opened while it rests starts without the hint too, and the exercise's sound wakes it.
  await link.tap();
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: HINT_TEXT })).toHaveCount(0);
  await audioIs(page, 'running');
});

test('where autoplay is allowed (the Electron kiosk), howler resting before anyone touched the screen shows no hint', async ({ kiosk, page }) => {
  // The kiosk opens on the station home with nobody there; the browser lets sound start (this Chromium runs with
  // --autoplay-policy=no-user-gesture-required, as Electron's window does), and the page has never been touched.
  await saveSettingsAsStaff(kiosk.url, { attractLoop: false });
  await page.addInitScript(() => Object.defineProperty(navigator, 'userActivation', { value: { hasBeenActive: false, isActive: false } }));
  await page.clock.install();
  await page.goto(kiosk.url);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await audioIs(page, 'running');
  // Silence for 30 s before anyone touches the kiosk comes where no cue plays (a station without cues, a video that
  // failed): the muscle card stands in for it (home's cues would wake the context). The tap that opens it does not count
  // as a touch here: the page's activation is pinned at "never touched" above.
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  // howler's 30 s of silence: it suspends its context, which is no lock (its next sound resumes it).
  await page.evaluate(() => (window as unknown as { Howler: { _autoSuspend(): void } }).Howler._autoSuspend());
  await page.clock.runFor(31_000);
  await audioIs(page, 'suspended');
  // The hint looks again every time the context changes state, and when a screen opens (after half a second).
  await page.clock.runFor(1_000);
  await expect(page.getByRole('status').filter({ hasText: HINT_TEXT })).toHaveCount(0);
});
