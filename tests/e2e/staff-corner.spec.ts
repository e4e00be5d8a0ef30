import { expect, test, type Page } from './support/fixtures';
import { saveSettingsAsStaff } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

// The staff corner sits over the interface's bottom-left corner, where a scrolled muscle card or the attract call
// can lie: a member's tap there must reach them, and only a 3-second press opens the PIN pad.
const corner = (page: Page) => page.getByRole('button', { name: uiText('en', 'staff.corner') });

/** A point inside both the staff corner and `target`. */
async function pointUnderCorner(page: Page, target: ReturnType<Page['getByRole']>): Promise<{ x: number; y: number }> {
  const [a, b] = [await corner(page).boundingBox(), await target.boundingBox()];
  if (!a || !b) throw new Error('no box for the corner or the target');
  const left = Math.max(a.x, b.x);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  expect(right - left, 'the target reaches under the corner sideways').toBeGreaterThan(4);
  expect(bottom - top, 'the target reaches under the corner').toBeGreaterThan(4);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

test('a tap on a muscle card under the staff corner opens the card', async ({ page, kiosk }) => {
  await saveSettingsAsStaff(kiosk.url, { station: 'cable-station' });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(kiosk.url);
  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  const card = page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus'), exact: true });
  await expect(card).toBeVisible();
  const point = await pointUnderCorner(page, card);
  // Hit-testing at that point finds the corner first: without handing the tap on, the card would never hear it.
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('class'), point)).toBe('staff-corner');
  await page.touchscreen.tap(point.x, point.y);
  await expect(page.locator('[data-screen="muscle"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contentName('en', 'muscles', 'semimembranosus'));
});

test('a tap on the staff corner over the attract loop starts, as a touch anywhere else does', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  const box = await corner(page).boundingBox();
  if (!box) throw new Error('the staff corner has no box');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
});

test('a press held too long for a tap and too short for staff does nothing; three seconds open the PIN pad', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  const box = await corner(page).boundingBox();
  if (!box) throw new Error('the staff corner has no box');
  const cdp = await page.context().newCDPSession(page);
  const press = async (milliseconds: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] });
    await page.clock.runFor(milliseconds);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await press(1_500);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toHaveCount(0);
  await press(3_100);
  await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toBeVisible();
});
