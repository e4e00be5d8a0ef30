import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostics } from '../../common/diagnostics';
import { editContentJson } from './support/content-files';
import { expect, test } from './support/fixtures';
import { openAtHome } from './support/kiosk-page';
import { callChannel, staffToken } from './support/kiosk-server';
import { contentName } from './support/locale-text';

test('a valid change to the content folder shows up; an invalid one keeps the last good content', async ({ page, kiosk }) => {
  // What staff see in the diagnostics: the live version and the problems of the newest load.
  const token = await staffToken(kiosk.url);
  const diagnostics = async (): Promise<Diagnostics> => {
    const result = await callChannel(kiosk.url, 'getDiagnostics', { token });
    if (!result.ok) throw new Error(`diagnostics failed: ${result.error.message}`);
    return result.value;
  };
  const errorsIn = (found: Diagnostics) => found.problems.filter((problem) => problem.severity === 'error');

  await openAtHome(page, kiosk.url);
  const original = contentName('en', 'stations', 'seated-leg-curl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original);
  const before = await diagnostics();
  expect(before.contentVersion).toEqual(expect.any(String));
  expect(errorsIn(before)).toEqual([]);

  await editContentJson<Record<string, { name: string }>>(kiosk.contentDir, 'locales/en/stations.json', (stations) => {
    stations['seated-leg-curl'] = { name: 'Leg curl, freshly edited' };
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited', { timeout: 15_000 });
  const edited = await diagnostics();
  expect(edited.contentVersion).toEqual(expect.any(String));
  expect(edited.contentVersion).not.toBe(before.contentVersion);
  expect(errorsIn(edited)).toEqual([]);

  await writeFile(join(kiosk.contentDir, 'locales', 'en', 'stations.json'), '{ "seated-leg-curl": { "name": "Broken', 'utf8');
  await expect.poll(async () => errorsIn(await diagnostics()), { timeout: 15_000 }).toContainEqual(expect.objectContaining({ severity: 'error', file: 'locales/en/stations.json' }));
  // The broken folder did not go live: the version is still the edited one, and the page still shows it.
  const broken = await diagnostics();
  expect(broken.contentVersion).toBe(edited.contentVersion);
  // Every error names the one broken file (its stations then have no English text), none another file.
  expect([...new Set(errorsIn(broken).map((problem) => problem.file))]).toEqual(['locales/en/stations.json']);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leg curl, freshly edited');
});
