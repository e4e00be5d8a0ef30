/** Opens the kiosk as a member finds it (the attract loop) and touches it to reach the station home. */
import { expect, type Page } from './fixtures';
import { uiText } from './locale-text';

export async function openAtHome(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}
