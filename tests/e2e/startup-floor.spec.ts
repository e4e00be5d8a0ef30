/**
 * The benchmark's start-up floor (scripts/bench/start-screens.mjs, floor-pages.mjs): the kiosk's own first screen and
 * the home its first touch opens, as the kiosk's page hands them in, with its style rules, shown by a plain page that
 * runs no app.
 */
import { AWAKE_SCREEN_ELEMENT_ID } from '../../common/first-screen';
import { makeStartupFloorPage } from '../../scripts/bench/floor-pages.mjs';
import { VIEWPORT } from '../../scripts/bench/measures.mjs';
import { takeStartScreens } from '../../scripts/bench/start-screens.mjs';
import { drawnLayout } from './support/drawn-layout';
import { openFloorPage } from './support/floor-page';
import { expect, test, type Page } from './support/fixtures';

/** Where the attract screen's title, loop and call are drawn, and how. */
const attractLayout = (page: Page) => drawnLayout(page, 'attract', ['.attract__title', '.attract__video', '.attract__call']);

test('the start-up floor shows the kiosk\'s own first screen, laid out alike, and answers a touch with its home, with no script but its own', async ({ browser, baseURL, page }) => {
  await page.setViewportSize(VIEWPORT);
  await page.goto('/');
  const kioskAttract = await attractLayout(page);
  const kioskAwake = await page.evaluate((id) => (document.getElementById(id) as HTMLTemplateElement | null)?.content.querySelector('[data-screen]')?.outerHTML ?? '', AWAKE_SCREEN_ELEMENT_ID);

  const taken = await takeStartScreens(browser, baseURL!, { awakeTemplateId: AWAKE_SCREEN_ELEMENT_ID });
  expect(Object.keys(taken.screens).sort()).toEqual(['attract', 'home']);
  expect(taken.shell.root).toContain('<!--screen-->');
  // The page around the screen, not the awake template the kiosk's page also holds.
  expect(taken.shell.root).not.toContain('<template');
  expect(taken.shell.css).toContain('.attract__call');
  // Home as main drew it for the early script, its loop asked to play by markup as a plain page would.
  expect(kioskAwake).toContain('data-screen="home"');
  expect(taken.screens.home.replace(/ autoplay=""/g, '')).toBe(kioskAwake.replace(/ autoplay=""/gi, ''));

  const floor = await openFloorPage(browser, 'startup.html', makeStartupFloorPage({ ...taken, title: 'First screens' }));
  try {
    const plain = floor.page;
    const attract = plain.locator('[data-screen="attract"]');
    await expect(attract).toBeVisible();
    expect(await attract.evaluate((element) => element.outerHTML)).toBe(taken.screens.attract);
    expect(await attractLayout(plain)).toEqual(kioskAttract);
    // The same loop and poster, playing.
    await expect(attract.locator('video')).toHaveJSProperty('paused', false);
    await expect(attract.locator('video')).toHaveAttribute('poster', /\.jpg$/);

    await attract.locator('.attract__call').tap();
    const home = plain.locator('[data-screen="home"]');
    await expect(home).toBeVisible();
    expect(await home.evaluate((element) => element.outerHTML)).toBe(taken.screens.home);
    // The page carries only the screen a tap can open, not a second copy of the one it shows.
    expect(await plain.locator('#screens').textContent()).not.toContain('data-screen=\\"attract\\"');
    expect(floor.scripts).toEqual([]);
  } finally {
    await floor.close();
  }
});
