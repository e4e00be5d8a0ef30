/** Layout facts a person checks on the glass, measured in the real browser. */

export interface PageBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** An element's border box in page coordinates (as if the page were not scrolled). */
export function pageBox(element: Element): PageBox {
  const rect = element.getBoundingClientRect();
  return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left + scrollX, right: rect.right + scrollX, width: rect.width, height: rect.height };
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
