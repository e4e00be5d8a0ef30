import { openAtHome } from './support/kiosk-page';
import { expect, test } from '@playwright/test';
import { readContentJson } from './support/content-files';
import { saveSettingsAsStaff, startKioskOnCopy, type TestKiosk } from './support/kiosk-server';
import { contentName } from './support/locale-text';

let kiosk: TestKiosk | undefined;
test.afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

test('the configured station decides what the home screen shows', async ({ page }) => {
  kiosk = await startKioskOnCopy();
  await openAtHome(page, kiosk.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'stations', 'seated-leg-curl'));

  expect(await saveSettingsAsStaff(kiosk.url, { station: 'cable-station' })).toMatchObject({ station: 'cable-station' });
  await openAtHome(page, kiosk.url);

  const station = await readContentJson<{ exercises: string[]; targetMuscles: string[] }>('stations/cable-station.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'stations', 'cable-station'));
  for (const exercise of station.exercises) {
    await expect(page.getByRole('button', { name: new RegExp(contentName('en', 'exercises', exercise)) })).toBeVisible();
  }
  for (const muscle of station.targetMuscles) {
    await expect(page.getByRole('button', { name: contentName('en', 'muscles', muscle), exact: true })).toBeVisible();
  }
});
