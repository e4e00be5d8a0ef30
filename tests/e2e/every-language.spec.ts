import { openAtHome } from './support/kiosk-page';
import { expect, test, type Page } from './support/fixtures';
import { readContentJson, type LanguagesFile } from './support/content-files';
import { uiText } from './support/locale-text';

// i18next shows a missing key as the key itself, e.g. "muscle.origin".
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/;

async function expectNoRawKeyOrEmptyField(page: Page, screen: string, language: string): Promise<void> {
  const root = page.locator(`[data-screen="${screen}"]`);
  await expect(root).toBeVisible();
  const lines = (await root.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
  expect(lines.filter((line) => RAW_KEY.test(line)), `raw keys on ${screen} in ${language}`).toEqual([]);
  const empty = await root.locator('h1, h2, dt, dd, li, button, th, td, figcaption').evaluateAll((nodes) =>
    nodes.filter((node) => (node.textContent ?? '').trim() === '' && !node.querySelector('svg') && node.getAttribute('aria-label') === null).map((node) => node.outerHTML.slice(0, 80)),
  );
  expect(empty, `empty fields on ${screen} in ${language}`).toEqual([]);
}

test('every language shows every screen with no raw key and no empty field', async ({ page }) => {
  const { languages } = await readContentJson<LanguagesFile>('languages.json');
  await openAtHome(page);
  for (const { code, name } of languages) {
    await page.getByRole('button', { name, exact: true }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expectNoRawKeyOrEmptyField(page, 'home', code);
    await page.locator('[data-screen="home"] .link-list button').first().tap();
    await expectNoRawKeyOrEmptyField(page, 'muscle', code);
    await page.locator('[data-screen="muscle"] .link-list button').first().tap();
    await expectNoRawKeyOrEmptyField(page, 'exercise', code);
    await page.getByRole('button', { name: uiText(code, 'nav.guide'), exact: true }).tap();
    await expectNoRawKeyOrEmptyField(page, 'guide', code);
    await page.getByRole('button', { name: uiText(code, 'guide.credits') }).tap();
    await expectNoRawKeyOrEmptyField(page, 'credits', code);
    await page.getByRole('button', { name: uiText(code, 'nav.home'), exact: true }).tap();
  }
});
