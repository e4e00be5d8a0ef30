import type { OpeningHours } from '../../common/opening-hours';
import { expect, test, type Page } from './support/fixtures';
import { callChannel, saveSettingsAsStaff, staffToken } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { holdStaffCorner, openStaffPanel } from './support/staff';

// Open every day 06:00–22:00; the page clock starts on a Monday night, when the gym is closed.
const OPENING_HOURS: OpeningHours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '06:00', close: '22:00' }];
const MONDAY_NIGHT = new Date('2026-11-23T23:00:00');

const sleepScreen = (page: Page) => page.locator('[data-screen="sleep"]');

test.describe('the operator config (kiosk.json)', () => {
  test.describe('with a key that is wrong, at a first install', () => {
    test.use({ kioskOptions: { config: { station: 'cable-station', rotation: 45, openingHours: [{ days: ['monday'], open: '06:00', close: '22:00' }] } } });

    test('shows the error screen naming each key and reason, never a blank page', async ({ page, kiosk }) => {
      await page.goto(kiosk.url);
      const error = page.locator('[data-screen="error"]');
      await expect(error).toBeVisible();
      await expect(error.getByRole('row').filter({ hasText: 'rotation' })).toContainText('kiosk.json');
      await expect(error.getByRole('row').filter({ hasText: 'openingHours[0].days[0]' })).toBeVisible();
      await expect(error.getByText('The operator config (kiosk.json) is not valid', { exact: false })).toBeVisible();
    });
  });

  test.describe('that is valid', () => {
    test.use({ kioskOptions: { config: { station: 'cable-station', defaultLanguage: 'de', languages: ['de', 'en', 'fr'] } } });

    test('sets the station, the default language and the languages members may pick', async ({ page, kiosk }) => {
      await page.goto(kiosk.url);
      await page.getByRole('button', { name: uiText('de', 'attract.touchToStart') }).tap();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('de', 'stations', 'cable-station'));
      await expect(page.getByRole('group', { name: uiText('de', 'nav.languages') }).getByRole('button')).toHaveCount(3);
    });

    test('a staff change wins over the config until staff reset to it', async ({ kiosk }) => {
      expect(await saveSettingsAsStaff(kiosk.url, { defaultLanguage: 'fr', station: 'seated-leg-curl' })).toMatchObject({ defaultLanguage: 'fr', station: 'seated-leg-curl' });
      const reset = await callChannel(kiosk.url, 'resetSettings', { token: await staffToken(kiosk.url) });
      expect(reset).toMatchObject({ ok: true, value: { defaultLanguage: 'de', station: 'cable-station', enabledLanguages: ['de', 'en', 'fr'] } });
    });
  });
});

test.describe('outside opening hours', () => {
  test.use({ kioskOptions: { config: { openingHours: OPENING_HOURS } } });

  test.beforeEach(async ({ page, kiosk }) => {
    await page.clock.install({ time: MONDAY_NIGHT });
    await page.goto(kiosk.url);
    await expect(sleepScreen(page)).toBeVisible();
  });

  test('the kiosk sleeps: dark, no video, no sound, a clock and when it opens, drifting against burn-in', async ({ page }) => {
    await expect(page.locator('video, audio')).toHaveCount(0);
    await expect(sleepScreen(page)).toContainText('23:00');
    await expect(sleepScreen(page)).toContainText(uiText('en', 'sleep.closed'));
    await expect(sleepScreen(page)).toContainText('Opens Tuesday at 06:00');
    const background = await sleepScreen(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');
    const content = page.locator('.sleep__content');
    const before = await content.evaluate((element) => element.style.transform);
    await page.clock.runFor(60_000);
    await expect(sleepScreen(page)).toContainText('23:01');
    expect(await content.evaluate((element) => element.style.transform)).not.toBe(before);
  });

  test('a touch wakes it for one member, and after the idle time it sleeps again, not the attract loop', async ({ page }) => {
    await page.getByRole('button', { name: uiText('en', 'sleep.touchToWake') }).tap();
    await expect(page.locator('[data-screen="home"]')).toBeVisible();
    await page.clock.runFor(60_000 + 10_000);
    await expect(sleepScreen(page)).toBeVisible();
    await expect(page.locator('[data-screen="attract"]')).toHaveCount(0);
  });

  test('staff entry works while it sleeps', async ({ page }) => {
    await holdStaffCorner(page);
    await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toBeVisible();
    await page.getByRole('button', { name: uiText('en', 'staff.pin.cancel') }).tap();
    await openStaffPanel(page);
  });

  test('it wakes to the attract loop when the gym opens', async ({ page }) => {
    await page.clock.setSystemTime(new Date('2026-11-24T06:00:05'));
    await page.clock.runFor(60_000);
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  });
});

test('opening hours saved by staff put an open page to sleep at its next rest', async ({ page, kiosk }) => {
  await page.clock.install({ time: MONDAY_NIGHT });
  await page.goto(kiosk.url);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await saveSettingsAsStaff(kiosk.url, { openingHours: OPENING_HOURS });
  await expect(sleepScreen(page)).toBeVisible();
});
