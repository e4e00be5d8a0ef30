/**
 * The benchmark's interaction floor (scripts/bench/member-screens.mjs, floor-pages.mjs): the kiosk's own three member
 * screens, with its style rules, swapped on the member round's taps by a plain page that runs no app.
 */
import { makeInteractionFloorPage } from '../../scripts/bench/floor-pages.mjs';
import { ROUND, VIEWPORT } from '../../scripts/bench/measures.mjs';
import { takeMemberScreens } from '../../scripts/bench/member-screens.mjs';
import { drawnLayout } from './support/drawn-layout';
import { openFloorPage } from './support/floor-page';
import { openAtHome, waitForApp } from './support/kiosk-page';
import { expect, test, type Page } from './support/fixtures';

/** Where the home screen's heading and first muscle button are drawn, and how. */
const homeLayout = (page: Page) => drawnLayout(page, 'home', ['h1', '.link-button']);

test('the interaction floor swaps the kiosk\'s own member screens on the round\'s taps, laid out alike, with no script but its own', async ({ browser, baseURL, page }) => {
  await page.setViewportSize(VIEWPORT);
  await openAtHome(page);
  await waitForApp(page);
  const kioskHome = await homeLayout(page);

  const taken = await takeMemberScreens(browser, baseURL!, {
    reach: async (kiosk) => {
      await kiosk.locator('.staff-corner').waitFor({ state: 'attached' });
      await kiosk.locator('[data-screen="attract"] .attract__call').tap();
    },
  });
  // Every screen of the round, each with its target marked, and the style rules of the screens opened on demand too.
  expect(Object.keys(taken.screens).sort()).toEqual(['exercise', 'home', 'muscle']);
  expect(taken.shell.css).toContain('.facts__row');
  expect(taken.shell.root).toContain('<!--screen-->');

  const floor = await openFloorPage(browser, 'interaction.html', makeInteractionFloorPage({ ...taken, title: 'Member screens' }));
  try {
    const plain = floor.page;
    await expect(plain.locator('[data-screen="home"] video')).toHaveJSProperty('paused', false);
    expect(await homeLayout(plain)).toEqual(kioskHome);
    for (const step of ROUND) {
      const screen = plain.locator(`[data-screen="${step.from}"]`);
      await expect(screen).toBeVisible();
      expect(await screen.evaluate((element) => element.outerHTML)).toBe(taken.screens[step.from]);
      await screen.locator(step.target).first().tap();
    }
    await expect(plain.locator('[data-screen="home"]')).toBeVisible();
    expect(floor.scripts).toEqual([]);
  } finally {
    await floor.close();
  }
});
