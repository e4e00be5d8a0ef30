/**
 * The kiosk frame (renderer/components/kiosk-frame.tsx) as a test sees it: every screen is drawn in it, its page
 * scrolls (the document never does), and the `rotation` setting turns it, so a point of the interface shows
 * elsewhere on the display.
 */
import { expect, type Page } from './fixtures';

/** The element that scrolls the current screen (KIOSK_SCROLLER in kiosk-frame.tsx, which a Node test cannot import). */
export const KIOSK_SCROLLER = '.kiosk-frame__page';

export type Rotation = 0 | 90 | 180 | 270;

export interface FrameScroll {
  top: number;
  /** How far the screen reaches past the frame, down and sideways (0 when it fits). */
  overflowDown: number;
  overflowSideways: number;
}

export async function frameScroll(page: Page): Promise<FrameScroll> {
  return page.evaluate((selector) => {
    const scroller = document.querySelector(selector);
    if (!scroller) throw new Error(`No ${selector} on the page`);
    return { top: scroller.scrollTop, overflowDown: scroller.scrollHeight - scroller.clientHeight, overflowSideways: scroller.scrollWidth - scroller.clientWidth };
  }, KIOSK_SCROLLER);
}

export async function scrollFrameTo(page: Page, top: number): Promise<void> {
  await page.evaluate(([selector, y]) => document.querySelector(selector as string)?.scrollTo(0, y as number), [KIOSK_SCROLLER, top] as const);
}

/**
 * Checks the frame covers the display exactly and is as large as the interface it turns (so an overflow check on
 * it means what it says), and the document around it never scrolls.
 */
export async function expectFrameFillsDisplay(page: Page, rotation: Rotation): Promise<void> {
  const facts = await page.evaluate((selector) => {
    const frame = document.querySelector<HTMLElement>('.kiosk-frame');
    const scroller = document.querySelector(selector);
    if (!frame || !scroller) throw new Error('No kiosk frame on the page');
    const box = frame.getBoundingClientRect();
    return {
      rotation: frame.dataset.rotation,
      box: [box.left, box.top, box.width, box.height],
      scroller: [scroller.clientWidth, scroller.clientHeight],
      display: [innerWidth, innerHeight],
      document: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    };
  }, KIOSK_SCROLLER);
  const [width, height] = facts.display as [number, number];
  expect(facts.rotation).toBe(String(rotation));
  expect(facts.box).toEqual([0, 0, width, height]);
  expect(facts.scroller).toEqual(rotation % 180 ? [height, width] : [width, height]);
  expect(facts.document).toEqual([width, height]);
}

/** Where a point of the interface (frame coordinates, x right and y down as its viewer sees them) shows on the display. */
export function onDisplay(rotation: Rotation, display: { width: number; height: number }, point: { x: number; y: number }): { x: number; y: number } {
  const { x, y } = point;
  if (rotation === 90) return { x: display.width - y, y: x };
  if (rotation === 180) return { x: display.width - x, y: display.height - y };
  if (rotation === 270) return { x: y, y: display.height - x };
  return { x, y };
}

/** A finger held on one point of the display for `milliseconds` of the page's clock (needs page.clock installed). */
export async function holdTouch(page: Page, point: { x: number; y: number }, milliseconds: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await page.clock.runFor(milliseconds);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** A finger drawn along a line of the display, as a swipe or a drag of a slider; `onStep` runs after each move, the finger still down. */
export async function dragTouch(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10, onStep?: (step: number) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= steps; step += 1) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + ((to.x - from.x) * step) / steps, y: from.y + ((to.y - from.y) * step) / steps }] });
      await onStep?.(step);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}
