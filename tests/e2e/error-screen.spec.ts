import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test.describe('with a muscle text that lacks its origin', () => {
  test.use({
    kioskOptions: {
      edit: async (dir) => {
        const file = join(dir, 'locales', 'en', 'muscles.json');
        const muscles = JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, unknown>>;
        delete muscles.semimembranosus?.origin;
        await writeFile(file, JSON.stringify(muscles));
      },
    },
  });

  test('content that fails validation shows the error screen with file, field and reason', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const screen = page.locator('[data-screen="error"]');
    await expect(screen).toBeVisible();
    const row = screen.getByRole('row', { name: /muscles\.json/ });
    await expect(row.getByRole('cell').nth(0)).toHaveText('locales/en/muscles.json');
    await expect(row.getByRole('cell').nth(1)).toHaveText('semimembranosus.origin');
    await expect(row.getByRole('cell').nth(2)).toHaveText('is required (string)');
  });
});

test.describe('with a station file cut off mid-way', () => {
  test.use({ kioskOptions: { edit: async (dir) => writeFile(join(dir, 'stations', 'seated-leg-curl.json'), '{ "id": "seated-leg-curl", ') } });

  test('a file that is not JSON names the file', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const row = page.locator('[data-screen="error"]').getByRole('row', { name: /stations\/seated-leg-curl\.json/ });
    await expect(row.getByRole('cell').nth(2)).toContainText('is not valid JSON');
  });
});

test.describe('with no content folder at all', () => {
  test.use({ kioskOptions: { edit: async (dir) => rm(dir, { recursive: true }) } });

  test('a missing content folder still shows the error screen, never a blank page', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const screen = page.locator('[data-screen="error"]');
    await expect(screen.getByRole('cell', { name: 'languages.json' })).toBeVisible();
    await expect(screen.getByRole('button')).toBeVisible();
  });
});
