/** Layout facts a person checks on the glass, measured in the real browser. */
import { KIOSK_SCROLLER } from '../../../renderer/components/kiosk-frame';

export interface PageBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** What scrolls the screen: the kiosk frame's page (renderInKiosk draws every screen in the frame). */
export function kioskScroller(): HTMLElement {
  const scroller = document.querySelector<HTMLElement>(KIOSK_SCROLLER);
  if (!scroller) throw new Error(`No ${KIOSK_SCROLLER}: render the screen with renderInKiosk`);
  return scroller;
}

/** An element's border box in page coordinates (as if the frame's page were not scrolled; the frame is upright). */
export function pageBox(element: Element): PageBox {
  const rect = element.getBoundingClientRect();
  const scroller = kioskScroller();
  const [x, y] = [scroller.scrollLeft, scroller.scrollTop];
  return { top: rect.top + y, bottom: rect.bottom + y, left: rect.left + x, right: rect.right + x, width: rect.width, height: rect.height };
}

/** The box a piece of text must fit in: its nearest ancestor that is not laid out inline. */
function boxOf(element: Element): Element {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const display = getComputedStyle(current).display;
    if (display !== 'inline' && display !== 'contents') return current;
  }
  return element;
}

/**
 * Every text whose lines reach outside its box on the left or right (cut off, or running into its neighbour),
 * or outside the window, as "text: how far". Drawings (SVG) and visually hidden text are left out.
 */
export function overflowingText(root: Element, tolerance = 0.5): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('svg')) continue;
    const box = boxOf(parent).getBoundingClientRect();
    // Visually hidden text (for screen readers) sits in a 1 px box on purpose.
    if (box.width <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (line.width === 0) continue;
      const past = Math.max(box.left - line.left, line.right - box.right, -line.left, line.right - window.innerWidth);
      if (past > tolerance) found.push(`"${text.slice(0, 60)}": ${past.toFixed(1)} px outside its box`);
    }
  }
  return found;
}
