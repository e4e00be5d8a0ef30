import { openAtHome } from './support/kiosk-page';
import { expect, test } from './support/fixtures';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readContentJson, type MuscleRecord } from './support/content-files';
import { REPO_ROOT, saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

async function muscleIds(): Promise<string[]> {
  const files = await readdir(join(REPO_ROOT, 'content', 'muscles'));
  const records = await Promise.all(files.map((file) => readContentJson<MuscleRecord>(`muscles/${file}`)));
  return records.filter((record) => record.bodyMapViews.length > 0).map((record) => record.id);
}

test('the guide is reachable from home and each body-map region opens its muscle card', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
  const guide = page.locator('[data-screen="guide"]');
  await expect(guide).toBeVisible();

  const ids = await muscleIds();
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const name = contentName('en', 'muscles', id);
    await guide.getByRole('button', { name, exact: true }).click();
    const card = page.locator('[data-screen="muscle"]');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true }).tap();
    await expect(guide.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
});

test('each muscle region\'s button is centred on the muscle itself, so a tap on it lands there', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
  const regions = page.locator('[data-screen="guide"] g[role="button"]');
  await expect(regions.first()).toBeVisible();
  const offCentre = await regions.evaluateAll((groups) =>
    groups
      .filter((group) => {
        const path = group.querySelector('path') as SVGPathElement;
        const box = path.getBBox();
        const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !path.isPointInFill(centre);
      })
      .map((group) => group.getAttribute('aria-label')),
  );
  expect(offCentre).toEqual([]);
});

test('the home screen highlights the station\'s target muscles on the body map', async ({ page }) => {
  await openAtHome(page);
  const home = page.locator('[data-screen="home"]');
  await expect(home.locator('.body-map__region--highlighted').first()).toBeVisible();
  const station = await readContentJson<{ targetMuscles: string[] }>('stations/seated-leg-curl.json');
  await expect(home.locator('.body-map__region--highlighted')).toHaveCount(station.targetMuscles.length);
});

test('a station whose muscles are on the front and the back shows both views at home, each muscle highlighted on its own', async ({ page, kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { station: 'cable-station' });
  await openAtHome(page, kiosk.url);
  const home = page.locator('[data-screen="home"]');
  const station = await readContentJson<{ targetMuscles: string[] }>('stations/cable-station.json');
  expect(station.targetMuscles).toContain('quadriceps-femoris');
  await expect(home.locator('svg.body-map')).toHaveCount(2);
  await expect(home.locator('.body-map__region--highlighted')).toHaveCount(station.targetMuscles.length);
  const frontLabel = `${uiText('en', 'home.bodyMap')}: ${uiText('en', 'guide.views.front')}`;
  await expect(home.locator(`svg.body-map[aria-label="${frontLabel}"] .body-map__region--highlighted`)).toHaveCount(1);
});

test('the credits list every media file with licence, author and source', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
  await page.getByRole('button', { name: uiText('en', 'guide.credits') }).tap();
  const credits = page.locator('[data-screen="credits"]');
  await expect(credits).toBeVisible();
  const exercise = await readContentJson<{ video: { file: string; license: string; author: string } }>('exercises/seated-leg-curl.json');
  const row = credits.getByRole('row', { name: new RegExp(exercise.video.file.replace('.', '\\.')) });
  await expect(row).toContainText(exercise.video.license);
  await expect(row).toContainText(exercise.video.author);
  await expect(credits.getByRole('row', { name: /images\/body-map-back\.svg/ })).toBeVisible();
  await expect(credits.getByRole('row', { name: /images\/body-map-front\.svg/ })).toBeVisible();
});

test('the legend names each numbered muscle on the map, and a tap on a name opens its card', async ({ page }) => {
  await openAtHome(page);
  await page.getByRole('button', { name: uiText('en', 'nav.guide'), exact: true }).tap();
  const guide = page.locator('[data-screen="guide"]');
  const legend = guide.locator('.body-map-legend__item');
  const ids = await muscleIds();
  await expect(legend).toHaveCount(ids.length);

  // On each view (back, front), each number on the map must sit inside the muscle that the legend's line with that number names.
  const views = Object.keys(await readContentJson<Record<string, unknown>>('body-maps.json'));
  expect(views).toEqual(['back', 'front']);
  await expect(guide.locator('.guide__map')).toHaveCount(views.length);
  // Each drawing loads on its own (a placeholder until then): the numbers are placed once it is drawn.
  await expect(guide.locator('.guide__map svg.body-map')).toHaveCount(views.length);
  const misplaced = await guide.evaluate((screen) =>
    [...screen.querySelectorAll('.guide__map')].flatMap((figure) => {
      // The legend's lines are in number order; each line is its number, then the muscle's name.
      const legendNames = [...figure.querySelectorAll('.body-map-legend__item')].map((item) => item.lastChild?.textContent);
      const regions = [...figure.querySelectorAll('g[role="button"]')];
      const markers = [...figure.querySelectorAll<SVGGElement>('.body-map__markers > g')];
      if (markers.length !== legendNames.length) return [`${figure.textContent}: ${markers.length} numbers for ${legendNames.length} legend lines`];
      return markers
        .filter((marker) => {
          const name = legendNames[Number(marker.textContent) - 1];
          const region = regions.find((group) => group.getAttribute('aria-label') === name);
          const path = region?.querySelector('path');
          const centre = marker.transform.baseVal.consolidate()?.matrix;
          return !path || !centre || !path.isPointInFill(new DOMPoint(centre.e, centre.f));
        })
        .map((marker) => `${figure.querySelector('figcaption')?.textContent} ${marker.textContent}`);
    }),
  );
  expect(misplaced).toEqual([]);

  const name = contentName('en', 'muscles', ids[0] ?? '');
  await legend.filter({ hasText: name }).tap();
  await expect(page.locator('[data-screen="muscle"]').getByRole('heading', { level: 1 })).toHaveText(name);
});
