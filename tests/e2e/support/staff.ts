/** Staff entry as staff do it: hold the corner for 3 seconds, then type the PIN on the pad. */
import { expect, type Page } from './fixtures';
import { TEST_STAFF_PIN } from '../../playwright.config';
import { uiText } from './locale-text';

/** Needs page.clock installed, so the 3-second hold takes no real time. */
export async function holdStaffCorner(page: Page, milliseconds = 3_000): Promise<void> {
  const corner = page.getByRole('button', { name: uiText('en', 'staff.corner') });
  await corner.dispatchEvent('pointerdown');
  await page.clock.runFor(milliseconds);
  await corner.dispatchEvent('pointerup');
}

/** Taps digits on the open PIN pad, without unlocking. */
export async function typeDigits(page: Page, digits: string): Promise<void> {
  const pad = page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') });
  for (const digit of digits) await pad.getByRole('button', { name: digit, exact: true }).tap();
}

export async function typePin(page: Page, pin: string): Promise<void> {
  await typeDigits(page, pin);
  await page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') }).getByRole('button', { name: uiText('en', 'staff.pin.unlock') }).tap();
}

export async function openStaffPanel(page: Page, pin = TEST_STAFF_PIN): Promise<void> {
  await holdStaffCorner(page);
  await typePin(page, pin);
  await expect(page.locator('[data-screen="staff"]')).toBeVisible();
}
