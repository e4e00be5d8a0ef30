import { openAtHome } from './support/kiosk-page';
import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editContentJson } from './support/content-files';
import { startKioskOnCopy, type TestKiosk } from './support/kiosk-server';
import { contentName } from './support/locale-text';

let kiosk: TestKiosk | undefined;
test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('a valid change to the content folder shows up; an invalid one keeps the last good content', async ({ page }) => {
  kiosk = await startKioskOnCopy();
  await openAtHome(page, kiosk.url);
  const original = contentName('en', 'stations', 'seated-leg-curl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);

  await editContentJson<Record<string, { name: string }>>(kiosk.contentDir, 'locales/en/stations.json', (stations) => {
    stations['seated-leg-curl'] = { name: 'Leg curl, freshly edited' };
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited', { timeout: 15_000 });

  await writeFile(join(kiosk.contentDir, 'locales', 'en', 'stations.json'), '{ "seated-leg-curl": { "name": "Broken', 'utf8');
  const status = await expect
    .poll(async () => (await page.request.post(`${kiosk?.url}api/kiosk:heartbeat`, { data: { screen: 'test' } })).json(), { timeout: 15_000 })
    .toMatchObject({ ok: true, value: { contentProblems: expect.arrayContaining([expect.objectContaining({ severity: 'error', file: 'locales/en/stations.json' })]) } });
  void status;
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited');
});
