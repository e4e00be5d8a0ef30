import { openAtHome } from './support/kiosk-page';
import { expect, test, type Page } from './support/fixtures';
import { contentName, uiText, untranslatedEnglish } from './support/locale-text';

/** The visible text of the current screen, split into trimmed lines. */
async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.locator('[data-screen]').innerText();
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

async function expectNoEnglishLeft(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  const english = new Set(untranslatedEnglish('de'));
  const lines = await visibleLines(page);
  expect(lines.filter((line) => english.has(line)), `English text left on the ${screen} screen`).toEqual([]);
  expect(await page.locator('html').getAttribute('lang')).toBe('de');
}

test('the switcher names each language in its own language', async ({ page }) => {
  await openAtHome(page);
  const group = page.getByRole('group', { name: uiText('en', 'nav.languages') });
  await expect(group.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(group.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
});

test('switching to Deutsch changes every visible string on every screen', async ({ page }) => {
  await openAtHome(page);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: contentName('de', 'stations', 'seated-leg-curl') })).toBeVisible();
  await expectNoEnglishLeft(page, 'home');

  await page.getByRole('button', { name: contentName('de', 'muscles', 'semimembranosus') }).tap();
  await expectNoEnglishLeft(page, 'muscle');

  await page.getByRole('button', { name: contentName('de', 'exercises', 'seated-leg-curl') }).tap();
  await expectNoEnglishLeft(page, 'exercise');

  await page.getByRole('button', { name: uiText('de', 'nav.guide'), exact: true }).tap();
  await expectNoEnglishLeft(page, 'guide');

  await page.getByRole('button', { name: uiText('de', 'guide.credits') }).tap();
  await expectNoEnglishLeft(page, 'credits');

  // Back to the exercise, where switching back fetches its English content.
  for (let step = 0; step < 2; step += 1) await page.getByRole('button', { name: uiText('de', 'nav.back'), exact: true }).tap();
  await expect(page.locator('[data-screen="exercise"]')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: contentName('en', 'exercises', 'seated-leg-curl') })).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('en', 'nav.home'), exact: true })).toBeVisible();
});
