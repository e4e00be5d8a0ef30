/**
 * `rotation` turns the whole interface for a screen mounted on its side: with it saved, members and staff use the
 * kiosk by real touch (Chromium maps every touch through the frame's turn), the turned frame covers the display,
 * and the staff corner is the bottom-left corner of the interface as the person in front of it sees it.
 */
import { readContentJson } from './support/content-files';
import { expect, test, type Page } from './support/fixtures';
import { dragTouch, expectFrameFillsDisplay, frameScroll, holdTouch, onDisplay, scrollFrameTo, type Rotation } from './support/frame';
import { callChannel, saveSettingsAsStaff } from './support/kiosk-server';
import { waitForApp } from './support/kiosk-page';
import { contentName, uiText } from './support/locale-text';
import { typePin } from './support/staff';

const STATION = 'seated-leg-curl';
// Each turn on the display it is most likely mounted on: a quarter turn makes a landscape display portrait.
const TURNS: Array<{ rotation: Exclude<Rotation, 0>; display: { width: number; height: number } }> = [
  { rotation: 90, display: { width: 1920, height: 1080 } },
  { rotation: 180, display: { width: 1080, height: 1920 } },
  { rotation: 270, display: { width: 1920, height: 1080 } },
];

async function savedSettings(url: string) {
  const settings = await callChannel(url, 'getSettings');
  if (!settings.ok) throw new Error(`get-settings failed: ${settings.error.message}`);
  return settings.value;
}

/** What the page saw of each touch: the pointer type and the button it went down on. */
async function recordTouches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Array<{ pointerType: string; button: string | null; corner: boolean }> = [];
    (window as unknown as { kioskTouches: typeof seen }).kioskTouches = seen;
    document.addEventListener(
      'pointerdown',
      (event) => {
        const target = event.target instanceof Element ? event.target : null;
        seen.push({ pointerType: event.pointerType, button: target?.closest('button')?.getAttribute('aria-label') ?? target?.closest('button')?.textContent?.trim() ?? null, corner: Boolean(target?.closest('.staff-corner')) });
      },
      true,
    );
  });
}

async function lastTouch(page: Page) {
  return page.evaluate(() => (window as unknown as { kioskTouches: Array<{ pointerType: string; button: string | null; corner: boolean }> }).kioskTouches.at(-1));
}

/** Every box on the current screen, turned, lies on the display (the attract loop fits without scrolling). */
async function boxesOffDisplay(page: Page, screen: string): Promise<string[]> {
  return page.locator(`[data-screen="${screen}"]`).evaluate((root) => {
    const off: string[] = [];
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -0.5 || box.top < -0.5 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) off.push(`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}: ${[box.left, box.top, box.right, box.bottom].map(Math.round).join(',')}`);
    }
    return off;
  });
}

for (const { rotation, display } of TURNS) {
  test.describe(`turned ${rotation}° on a ${display.width}×${display.height} display`, () => {
    test.beforeEach(async ({ page, kiosk }) => {
      await saveSettingsAsStaff(kiosk.url, { rotation });
      await page.setViewportSize(display);
      await recordTouches(page);
      await page.clock.install();
      await page.goto(kiosk.url);
      await expect(page.locator('[data-screen="attract"]')).toBeVisible();
    });

    test('the attract loop covers the display, with nothing off it, and its call starts by a touch', async ({ page }) => {
      await expectFrameFillsDisplay(page, rotation);
      expect(await boxesOffDisplay(page, 'attract')).toEqual([]);
      expect(await frameScroll(page)).toEqual({ top: 0, overflowDown: 0, overflowSideways: 0 });

      await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();

      expect(await lastTouch(page)).toEqual({ pointerType: 'touch', button: uiText('en', 'attract.touchToStart'), corner: false });
      await expect(page.locator('[data-screen="home"]')).toBeVisible();
      await expectFrameFillsDisplay(page, rotation);
      expect((await frameScroll(page)).overflowSideways).toBeLessThanOrEqual(0);
    });

    test("the home screen's muscle buttons open their cards by touch", async ({ page }) => {
      const { targetMuscles } = await readContentJson<{ targetMuscles: string[] }>(`stations/${STATION}.json`);
      await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
      const home = page.locator('[data-screen="home"]');

      for (const id of targetMuscles) {
        const name = contentName('en', 'muscles', id);
        await expect(home).toBeVisible();
        await page.getByRole('button', { name, exact: true }).tap();

        expect(await lastTouch(page)).toMatchObject({ pointerType: 'touch', button: expect.stringContaining(name) });
        await expect(page.locator('[data-screen="muscle"]').getByRole('heading', { level: 1 })).toHaveText(name);
        // Every screen starts at its top: the frame's page is what scrolls, and what is put back.
        expect((await frameScroll(page)).top).toBe(0);
        await page.getByRole('button', { name: uiText('en', 'nav.back'), exact: true }).tap();
      }
      await expect(home).toBeVisible();
    });

    test('the staff corner is the bottom-left corner of the turned interface, and a 3-second touch there opens the PIN pad', async ({ page }) => {
      const interfaceSize = rotation % 180 ? { width: display.height, height: display.width } : display;
      // The display's corner that shows the interface's bottom-left corner, and a finger just inside it.
      const cornerOnDisplay = onDisplay(rotation, display, { x: 0, y: interfaceSize.height });
      const finger = onDisplay(rotation, display, { x: 24, y: interfaceSize.height - 24 });
      const corner = page.getByRole('button', { name: uiText('en', 'staff.corner') });
      const box = await corner.boundingBox();
      if (!box) throw new Error('the staff corner has no box');
      expect(Math.min(Math.abs(box.x - cornerOnDisplay.x), Math.abs(box.x + box.width - cornerOnDisplay.x))).toBeLessThan(0.5);
      expect(Math.min(Math.abs(box.y - cornerOnDisplay.y), Math.abs(box.y + box.height - cornerOnDisplay.y))).toBeLessThan(0.5);

      // A short hold does nothing; a 3-second one opens the pad.
      await holdTouch(page, finger, 2_000);
      expect(await lastTouch(page)).toEqual({ pointerType: 'touch', button: null, corner: true });
      await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toBeHidden();
      await holdTouch(page, finger, 3_000);
      await expect(page.getByRole('dialog', { name: uiText('en', 'staff.pin.title') })).toBeVisible();
      await expectFrameFillsDisplay(page, rotation);

      await typePin(page, '2468');
      await expect(page.locator('[data-screen="staff"]')).toBeVisible();
    });
  });
}

test.describe('turned 90° on a 1920×1080 display, staff', () => {
  const display = { width: 1920, height: 1080 };
  const turned = (point: { x: number; y: number }) => onDisplay(90, display, point);

  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(display);
    await page.clock.install();
  });

  async function openPanel(page: Page): Promise<void> {
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
    // The corner joins main's drawing once the app has started; a touch there before is a member's.
    await waitForApp(page);
    // The corner of a 1080 × 1920 interface, turned.
    await holdTouch(page, turned({ x: 24, y: 1920 - 24 }), 3_000);
    await typePin(page, '2468');
    await expect(page.locator('[data-screen="staff"]')).toBeVisible();
  }

  /** An element's box in the interface's own (unturned) coordinates, the frame's page scrolled to its top. */
  async function interfaceBox(page: Page, selector: string): Promise<{ left: number; top: number; width: number; height: number }> {
    return page.locator(selector).first().evaluate((element) => {
      const frame = element.closest<HTMLElement>('.kiosk-frame')!;
      const page = frame.firstElementChild!;
      // Layout does not depend on the turn: measured with the transform off for a moment.
      const transform = frame.style.transform;
      frame.style.transform = 'none';
      const box = element.getBoundingClientRect();
      frame.style.transform = transform;
      return { left: box.left, top: box.top + page.scrollTop, width: box.width, height: box.height };
    });
  }

  test('staff turn the interface by touch in the panel; it turns at once and stays turned', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
    await expect(page.locator('.kiosk-frame')).toHaveAttribute('data-rotation', '0');
    await waitForApp(page);
    // Upright on this display, the corner is the display's bottom-left.
    await holdTouch(page, { x: 24, y: display.height - 24 }, 3_000);
    await typePin(page, '2468');
    const choice = page.getByRole('group', { name: uiText('en', 'staff.screen.rotation') }).getByRole('radio', { name: uiText('en', 'staff.screen.clockwise') });
    await choice.tap();

    await expect(page.getByRole('status').filter({ hasText: uiText('en', 'staff.saved') })).toBeVisible();
    await expect(choice).toBeChecked();
    await expect(page.locator('.kiosk-frame')).toHaveAttribute('data-rotation', '90');
    await expectFrameFillsDisplay(page, 90);
    expect(await savedSettings(kiosk.url)).toMatchObject({ rotation: 90 });

    // Turned back upright, by touch on the turned panel.
    await page.getByRole('group', { name: uiText('en', 'staff.screen.rotation') }).getByRole('radio', { name: uiText('en', 'staff.screen.upright') }).tap();
    await expect(page.locator('.kiosk-frame')).toHaveAttribute('data-rotation', '0');
    await expectFrameFillsDisplay(page, 0);
    await expect(page.getByRole('group', { name: uiText('en', 'staff.screen.rotation') }).getByRole('radio', { name: uiText('en', 'staff.screen.upright') })).toBeChecked();
    expect(await savedSettings(kiosk.url)).toMatchObject({ rotation: 0 });
  });

  test('the volume slider follows a finger along its turned track, and a finger drawn up the interface scrolls the panel', async ({ page, kiosk }) => {
    await saveSettingsAsStaff(kiosk.url, { rotation: 90 });
    await page.goto(kiosk.url);
    await openPanel(page);

    const slider = page.getByRole('slider');
    await expect(slider).toHaveValue('80');
    await scrollFrameTo(page, 0);
    const track = await interfaceBox(page, 'input[type="range"]');
    const scrolledTo = Math.max(0, Math.round(track.top - 600));
    await scrollFrameTo(page, scrolledTo);
    expect((await frameScroll(page)).top).toBe(scrolledTo);
    const at = (percent: number) => turned({ x: track.left + (track.width * percent) / 100, y: track.top - scrolledTo + track.height / 2 });

    // Along the track, which runs down the display here: the thumb follows, and the volume is saved once, at the end.
    const passed: string[] = [];
    await dragTouch(page, at(80), at(30), 5, async () => void passed.push(await slider.inputValue()));
    expect(passed).toEqual(['70', '60', '50', '40', '30']);
    await expect(page.getByRole('status').filter({ hasText: uiText('en', 'staff.saved') })).toBeVisible();
    expect(await savedSettings(kiosk.url)).toMatchObject({ volume: 0.3 });

    // Up the interface by 300 px (leftwards on the display), from above the slider: the panel scrolls, the volume stays.
    const before = (await frameScroll(page)).top;
    await dragTouch(page, turned({ x: 540, y: 450 }), turned({ x: 540, y: 150 }));
    await expect.poll(async () => (await frameScroll(page)).top).toBeGreaterThan(before + 200);
    await expect(slider).toHaveValue('30');
  });

  test('the quiet-hours list opens turned with the interface, and a touch picks a time', async ({ page, kiosk }) => {
    await saveSettingsAsStaff(kiosk.url, { rotation: 90, quietHours: { start: '22:00', end: '06:00' } });
    await page.goto(kiosk.url);
    await openPanel(page);

    const from = page.getByRole('combobox', { name: uiText('en', 'staff.sound.from') });
    await from.tap();
    const option = from.getByRole('option', { name: '23:00' });
    await expect(option).toBeVisible();
    // The list is turned like the interface: its options run down the interface, which is leftwards on this display.
    const first = await from.getByRole('option', { name: '22:30' }).boundingBox();
    const second = await option.boundingBox();
    if (!first || !second) throw new Error('the quiet-hours options have no box');
    expect(second.x).toBeLessThan(first.x);
    expect(Math.abs(second.y - first.y)).toBeLessThan(1);
    expect(first.height).toBeGreaterThan(first.width);

    await option.tap();
    await expect(from).toHaveValue('23:00');
    await expect(page.getByRole('status').filter({ hasText: uiText('en', 'staff.saved') })).toBeVisible();
    expect(await savedSettings(kiosk.url)).toMatchObject({ quietHours: { start: '23:00', end: '06:00' } });
  });
});
