import { readContentJson } from './support/content-files';
import { expect, test } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { saveSettingsAsStaff } from './support/kiosk-server';
import { contentName } from './support/locale-text';

test('the configured station decides what the home screen shows', async ({ page, kiosk }) => {
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
