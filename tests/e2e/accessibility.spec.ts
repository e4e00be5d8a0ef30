import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { contentName, uiText } from './support/locale-text';

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `axe on ${screen}`).toEqual([]);
}

test('axe finds no serious or critical violation on any screen', async ({ page }) => {
  await openAtHome(page);
  await expectNoSeriousViolations(page, 'home');
  await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
  await expectNoSeriousViolations(page, 'muscle');
  await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).tap();
  await expectNoSeriousViolations(page, 'exercise');
  await page.getByRole('button', { name: 'Deutsch' }).tap();
  await expectNoSeriousViolations(page, 'exercise');
  await page.getByRole('button', { name: uiText('de', 'nav.home'), exact: true }).tap();
  await expectNoSeriousViolations(page, 'home');
});

test.describe('with a content folder whose languages.json is empty', () => {
  test.use({ kioskOptions: { edit: async (dir) => writeFile(join(dir, 'languages.json'), '[]') } });

  test('axe finds no serious or critical violation on the error screen', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expectNoSeriousViolations(page, 'error');
  });
});
