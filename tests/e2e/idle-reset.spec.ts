import { expect, test } from './support/fixtures';
import { frameScroll, scrollFrameTo } from './support/frame';
import { waitForApp } from './support/kiosk-page';
import { contentName, uiText } from './support/locale-text';

// Defaults: 60 s idle, then a 10 s countdown (settings idleTimeoutSeconds / idleCountdownSeconds).
const IDLE_MS = 60_000;
const COUNTDOWN_MS = 10_000;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  // Idle time is the app's: counted from the touches it hears, so these begin once it listens.
  await waitForApp(page);
});

test('the kiosk starts on the attract loop and a touch reaches the station home', async ({ page }) => {
  const attract = page.locator('[data-screen="attract"]');
  await expect(attract).toBeVisible();
  await expect(attract.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'stations', 'seated-leg-curl'));
  await attract.tap({ position: { x: 540, y: 900 } });
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('the touch that leaves the attract loop is not also a tap on the home screen below it', async ({ page }) => {
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  // Nothing under the touch point was opened: still home, nothing to go back to.
  await page.clock.runFor(1_000);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true })).toBeDisabled();
});

test('"Still there?" appears at exactly the idle time and a touch keeps the screen', async ({ page }) => {
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  const dialog = page.getByRole('alertdialog', { name: uiText('en', 'idle.title') });

  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(dialog).toBeHidden();
  await page.clock.runFor(1_000);
  await expect(dialog).toBeVisible();

  await dialog.tap();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  // The dismissal restarted the idle time.
  await page.clock.runFor(IDLE_MS - 1_000);
  await expect(dialog).toBeHidden();
});

test('when the countdown ends the kiosk resets: attract loop, default language, no sound', async ({ page }) => {
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await page.getByRole('button', { name: contentName('de', 'muscles', 'semimembranosus') }).tap();
  await page.getByRole('button', { name: contentName('de', 'exercises', 'seated-leg-curl') }).tap();
  await scrollFrameTo(page, 800);
  expect((await frameScroll(page)).top).toBe(800);

  await page.clock.runFor(IDLE_MS);
  const dialog = page.getByRole('alertdialog', { name: uiText('de', 'idle.title') });
  await expect(dialog).toBeVisible();
  await page.clock.runFor(COUNTDOWN_MS - 1_000);
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
  await page.clock.runFor(1_000);

  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await frameScroll(page)).top).toBe(0);
  const playing = await page.evaluate(() => {
    const howler = (window as unknown as { Howler?: { _howls: Array<{ playing(): boolean }> } }).Howler;
    return (howler?._howls ?? []).filter((howl) => howl.playing()).length;
  });
  expect(playing).toBe(0);

  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await expect(page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
});

test('the attract loop never idles out and rotates its call to action through the languages', async ({ page }) => {
  const call = page.locator('.attract__call span');
  const seen = new Set<string>();
  for (let step = 0; step < 8; step += 1) {
    seen.add((await call.getAttribute('lang')) ?? '');
    await page.clock.runFor(3_000);
  }
  expect(seen.size).toBeGreaterThan(1);
  await page.clock.runFor(IDLE_MS * 5);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
