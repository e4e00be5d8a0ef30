import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { REPO_ROOT } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { holdStaffCorner, openStaffPanel, typeDigits } from './support/staff';
import type { UiText } from '../../common/content-view';
import { outOfOrderHtml, outOfOrderWords } from '../../main/out-of-order-page';

// Every screen in both orientations, kept as artifacts in test-results/screenshots for people to look at.
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
];
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

/** Waits for the screen, its fonts, its pictures and a first frame of each video, so the shot shows what a member sees. */
async function shoot(page: Page, screen: string, orientation: string, label = 'en'): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.clock.runFor(600);
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((image) => image.complete) && [...document.querySelectorAll('video')].every((video) => video.readyState >= 2)), { timeout: 10_000 })
    .toBe(true);
  await page.screenshot({ path: join(SHOTS, `${screen}-${label}-${orientation}.png`) });
}

/** The attract loop is the kiosk's face from across the room: it fits the screen, never scrolls. */
async function expectNoScrolling(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
}

for (const { name, viewport } of ORIENTATIONS) {
  test(`screenshots of every screen, ${name}`, async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.clock.install();
    await page.goto(kiosk.url);
    await shoot(page, 'attract', name);
    await expectNoScrolling(page);
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
    await page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap();
    await shoot(page, 'credits', name);
    await page.clock.runFor(60_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await shoot(page, 'credits', name, 'still-there');
    await page.clock.runFor(10_000);
    await holdStaffCorner(page);
    await typeDigits(page, '24');
    await page.screenshot({ path: join(SHOTS, `pin-pad-en-${name}.png`) });
    await expectNoScrolling(page);
    await page.getByRole('button', { name: uiText('en', 'staff.pin.cancel') }).tap();
    await openStaffPanel(page);
    await shoot(page, 'staff', name);
  });

  test(`screenshot of the out-of-order page, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const german = JSON.parse(await readFile(join(REPO_ROOT, 'content', 'locales', 'de', 'ui.json'), 'utf8')) as UiText;
    const english = JSON.parse(await readFile(join(REPO_ROOT, 'content', 'locales', 'en', 'ui.json'), 'utf8')) as UiText;
    await page.setContent(outOfOrderHtml(outOfOrderWords('de', german, english)));
    await page.addStyleTag({ path: join(REPO_ROOT, 'renderer', 'public', 'out-of-order.css') });
    await expect(page.locator('[data-screen="out-of-order"]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText((german.outOfOrder as UiText).title as string);
    await expectNoScrolling(page);
    await page.screenshot({ path: join(SHOTS, `out-of-order-de-${name}.png`) });
  });

  test.describe(`with a broken exercise file, ${name}`, () => {
    test.use({ kioskOptions: { edit: async (dir) => writeFile(join(dir, 'exercises', 'seated-leg-curl.json'), '{"id":"seated-leg-curl","video":null}') } });

    test(`screenshot of the error screen, ${name}`, async ({ page, kiosk }) => {
      await page.setViewportSize(viewport);
      await page.clock.install();
      await page.goto(kiosk.url);
      await shoot(page, 'error', name);
    });
  });
}
