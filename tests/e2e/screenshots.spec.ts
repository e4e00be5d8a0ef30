import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { REPO_ROOT } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { openStaffPanel } from './support/staff';

// Every screen in both orientations, kept as artifacts in test-results/screenshots for people to look at.
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
];
const SHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

async function shoot(page: Page, screen: string, orientation: string, label = 'en'): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.clock.runFor(600);
  await page.screenshot({ path: join(SHOTS, `${screen}-${label}-${orientation}.png`) });
}

for (const { name, viewport } of ORIENTATIONS) {
  test(`screenshots of every screen, ${name}`, async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.clock.install();
    await page.goto(kiosk.url);
    await shoot(page, 'attract', name);
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
    await openStaffPanel(page);
    await shoot(page, 'staff', name);
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
