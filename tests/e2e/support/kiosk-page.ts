/** Opens the kiosk as a member finds it (the attract loop) and touches it to reach the station home. */
import { expect, type Page } from './fixtures';
import { uiText } from './locale-text';

export async function openAtHome(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

/**
 * Waits until the app has taken over main's drawing (its staff corner joins the screen then). Before, a touch on the
 * attract loop is answered by the page's early script and the app, starting, counts its idle time from its start.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: uiText('en', 'staff.corner') })).toBeAttached();
}
