import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readContentJson, type LanguagesFile } from './support/content-files';
import { expect, test, type Page } from './support/fixtures';
import { expectFrameFillsDisplay, frameScroll, type Rotation } from './support/frame';
import { expectGoodLayout } from './support/layout-facts';
import { waitForApp } from './support/kiosk-page';
import { REPO_ROOT, saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { holdStaffCorner, openStaffPanel, typeDigits } from './support/staff';
import type { UiText } from '../../common/content-view';
import { outOfOrderHtml, outOfOrderWords } from '../../main/out-of-order-page';

// Every screen in both orientations, and turned a quarter (rotation 90) on a landscape display so the interface is
// portrait, kept as artifacts in test-results/screenshots for people to look at.
const ORIENTATIONS: Array<{ name: string; viewport: { width: number; height: number }; rotation: Rotation }> = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, rotation: 0 },
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, rotation: 0 },
  { name: 'rotated90', viewport: { width: 1920, height: 1080 }, rotation: 90 },
];
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

// What a member (or staff) must see at once on each screen, whole and uncovered, without scrolling: the way in, the way
// around (Home, Back, the guide, the languages, the reading aids) and the one action the screen is for.
const TOP_BAR = ['.top-bar__nav button', '.top-bar .language-switcher__button', '.reading-aids__open'];
const PRIMARY: Record<string, string[]> = {
  attract: ['.attract__call'],
  home: [...TOP_BAR, '[data-screen="home"] .primary-button:first-of-type'],
  muscle: TOP_BAR,
  exercise: [...TOP_BAR, '.read-aloud__button'],
  guide: [...TOP_BAR, '[data-screen="guide"] .screen__body > .secondary-button'],
  credits: TOP_BAR,
  sleep: ['.sleep__wake'],
  error: ['[data-screen="error"] .primary-button'],
  staff: ['.staff-header button'],
};
const STILL_THERE = ['.still-there .primary-button'];
const PIN_PAD = ['.pin-pad__key', '.pin-pad .secondary-button'];
/** How long the attract call stays in one language (ATTRACT_CALL_MS in attract-screen.tsx, which a Node test cannot import). */
const ATTRACT_CALL_MS = 3_000;

/**
 * Waits for the screen, its fonts, its pictures and each video playing, so the shot shows what a member
 * sees; then checks what a person would on the picture: text inside its box, touch targets big enough and apart,
 * the screen's primary controls whole on the display, nothing past the display's edge outside a region that scrolls.
 */
async function shoot(page: Page, screen: string, orientation: string, label = 'en', primary: string[] = PRIMARY[screen] ?? []): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.clock.runFor(600);
  // The attract loop starts only once the page is idle, and runs its first 300 ms with its clock still, on the
  // page's clock (play-when-idle.ts): once every video plays, that time is let pass, then each is past its first frame.
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('video')].every((video) => video.readyState >= 2 && !video.paused)), { timeout: 10_000 }).toBe(true);
  await page.clock.runFor(400);
  // A loaded machine may report `playing` only after that step, and the warm-up then waits on a clock that stands
  // still: step it on a little at a time until every video has moved (at most 1.5 s, well short of the call's turn).
  for (let step = 0; step < 15 && !(await everyVideoMoved(page)); step++) {
    await page.clock.runFor(100);
    await page.waitForTimeout(200);
  }
  await expect.poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => everyVideoMoved(page), { timeout: 10_000 }).toBe(true);
  await page.screenshot({ path: join(SHOTS, `${screen}-${label}-${orientation}.png`) });
  await expectGoodLayout(page, `${screen}-${label}-${orientation}`, { primary });
  // Nothing reaches past the display's right edge: the frame's page may scroll down, never sideways.
  expect((await frameScroll(page)).overflowSideways, `${screen}-${label}-${orientation} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Whether each video on the page is playing and past its first frame. */
function everyVideoMoved(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('video')].every((video) => video.readyState >= 2 && !video.paused && video.currentTime > 0.1));
}

/** The attract loop is the kiosk's face from across the room: it fits the screen, never scrolls. */
async function expectNoScrolling(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

/** The same for a kiosk screen: it is drawn in the kiosk frame, which covers the display, and the frame's page, which is what scrolls, must not. */
async function expectScreenFits(page: Page, rotation: Rotation): Promise<void> {
  await expectFrameFillsDisplay(page, rotation);
  const scroll = await frameScroll(page);
  expect(scroll.overflowDown).toBeLessThanOrEqual(0);
  expect(scroll.overflowSideways).toBeLessThanOrEqual(0);
}

for (const { name, viewport, rotation } of ORIENTATIONS) {
  test(`screenshots of every screen, ${name}`, async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    if (rotation) await saveSettingsAsStaff(kiosk.url, { rotation });
    await page.setViewportSize(viewport);
    await page.clock.install();
    // The page's time moves only as this test says until the call has turned through every language (a slow
    // machine's own seconds would turn it past one): the app's rest before it starts, then 3 s per language.
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.goto(kiosk.url);
    await page.clock.runFor(1_000);
    await waitForApp(page);
    await shoot(page, 'attract', name);
    await expectScreenFits(page, rotation);
    // The call turns through every language every 3 s; the longest (French wraps to two lines) must fit as well.
    const { languages } = await readContentJson<LanguagesFile>('languages.json');
    expect(languages[0]?.code).toBe('en');
    for (const { code: language } of languages.slice(1)) {
      await page.clock.runFor(ATTRACT_CALL_MS);
      await expect(page.locator('.attract__call [lang]')).toHaveAttribute('lang', language);
      await expectGoodLayout(page, `attract-call-${language}-${name}`, { primary: PRIMARY.attract });
      await expectScreenFits(page, rotation);
    }
    await page.clock.resume();
    await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
    await shoot(page, 'home', name);
    await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true }).tap();
    await shoot(page, 'muscle', name);
    await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).tap();
    await shoot(page, 'exercise', name);
    await page.getByRole('button', { name: 'Deutsch' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: contentName('de', 'exercises', 'seated-leg-curl') })).toBeVisible();
    await shoot(page, 'exercise', name, 'de');
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
    await shoot(page, 'guide', name);
    // Both views (back, front) with their legends and the credits button, without scrolling.
    await expectScreenFits(page, rotation);
    await page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap();
    await shoot(page, 'credits', name);
    await page.clock.runFor(60_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await shoot(page, 'credits', name, 'still-there', STILL_THERE);
    await page.clock.runFor(10_000);
    await holdStaffCorner(page);
    await typeDigits(page, '24');
    await page.screenshot({ path: join(SHOTS, `pin-pad-en-${name}.png`) });
    await expectGoodLayout(page, `pin-pad-en-${name}`, { primary: PIN_PAD });
    await expectScreenFits(page, rotation);
    await page.getByRole('button', { name: uiText('en', 'staff.pin.cancel') }).tap();
    await openStaffPanel(page);
    await shoot(page, 'staff', name);
  });

  test(`screenshots of the cable station: home with the back and front views, the deadlift, the quadriceps card, ${name}`, async ({ page, kiosk }) => {
    await saveSettingsAsStaff(kiosk.url, { station: 'cable-station', ...(rotation ? { rotation } : {}) });
    await page.setViewportSize(viewport);
    await page.clock.install();
    await page.goto(kiosk.url);
    await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
    // The station's muscles are drawn on both views, back and front (decorative drawings, so named by aria-label).
    const views = page.locator('[data-screen="home"] .home__body-map svg.body-map');
    await expect(views).toHaveCount(2);
    expect(await views.evaluateAll((drawings) => drawings.map((drawing) => drawing.getAttribute('aria-label')))).toEqual(
      (['back', 'front'] as const).map((view) => `${uiText('en', 'home.bodyMap')}: ${uiText('en', `guide.views.${view}`)}`),
    );
    await shoot(page, 'home', name, 'cable-station');
    await page.getByRole('button', { name: contentName('en', 'muscles', 'quadriceps-femoris'), exact: true }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'muscles', 'quadriceps-femoris'));
    await shoot(page, 'muscle', name, 'quadriceps');
    await page.getByRole('button', { name: contentName('en', 'exercises', 'cable-deadlift') }).first().tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'exercises', 'cable-deadlift'));
    await shoot(page, 'exercise', name, 'cable-deadlift');
  });

  test(`screenshot of the sleep screen, ${name}`, async ({ page, kiosk }) => {
    await saveSettingsAsStaff(kiosk.url, { rotation, openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '06:00', close: '22:00' }] });
    await page.setViewportSize(viewport);
    await page.clock.install({ time: new Date('2026-11-23T23:40:00') });
    await page.goto(kiosk.url);
    await shoot(page, 'sleep', name);
    await expectScreenFits(page, rotation);
  });

  // The out-of-order page stands alone (main/out-of-order-page.ts), outside the kiosk frame; it turns with the rotation setting on its own.
  test(`screenshot of the out-of-order page, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const german = JSON.parse(await readFile(join(REPO_ROOT, 'content', 'locales', 'de', 'ui.json'), 'utf8')) as UiText;
    const english = JSON.parse(await readFile(join(REPO_ROOT, 'content', 'locales', 'en', 'ui.json'), 'utf8')) as UiText;
    await page.setContent(outOfOrderHtml(outOfOrderWords('de', german, english), rotation));
    await page.addStyleTag({ path: join(REPO_ROOT, 'renderer', 'public', 'out-of-order.css') });
    await expect(page.locator('[data-screen="out-of-order"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText((german.outOfOrder as UiText).title as string);
    await expectNoScrolling(page);
    // Turned, the heading reads along the display's long side, as the rest of the interface does.
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    // Unturned, it reads across the display.
    expect(heading && heading.height > heading.width).toBe(rotation === 90);
    await page.screenshot({ path: join(SHOTS, `out-of-order-de-${name}.png`) });
    await expectGoodLayout(page, `out-of-order-de-${name}`);
  });

  test.describe(`with a broken exercise file, ${name}`, () => {
    test.use({ kioskOptions: { edit: async (dir) => writeFile(join(dir, 'exercises', 'seated-leg-curl.json'), '{"id":"seated-leg-curl","video":null}') } });

    test(`screenshot of the error screen, ${name}`, async ({ page, kiosk }) => {
      if (rotation) await saveSettingsAsStaff(kiosk.url, { rotation });
      await page.setViewportSize(viewport);
      await page.clock.install();
      await page.goto(kiosk.url);
      await shoot(page, 'error', name);
    });
  });
}
