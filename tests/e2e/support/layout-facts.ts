/**
 * Layout facts a person checks on a screenshot, measured inside the page: text inside its box, touch targets big
 * enough and apart, controls on the display (the fold), the screen's primary controls shown whole without scrolling
 * and not covered, and headings and buttons whose words do not run into each other. Rectangles are on-screen ones
 * (getBoundingClientRect), so a frame turned by CSS counts as it is shown.
 */
import { expect, type Page } from './fixtures';

/**
 * The smallest touch target, in CSS pixels: the kiosk's own --touch (renderer/styles/tokens.css), which every control
 * keeps; well over WCAG 2.5.5's 44 px, for a hurried finger on a gym floor. A smaller control fails here first.
 */
export const MIN_TARGET_PX = 80;

export interface LayoutExpectations {
  /**
   * CSS selectors of the controls a member must see at once: every element each one matches lies wholly on the
   * display without any scrolling, and is what a finger at its centre touches. Each selector must match one.
   */
  primary?: string[];
}

/** Every layout problem on the page now, one plain-text line each, naming the element and the pixels. */
export function layoutProblems(page: Page, { primary = [] }: LayoutExpectations = {}): Promise<string[]> {
  return page.evaluate(
    ([minTarget, primarySelectors]) => {
      const problems: string[] = [];
      const px = (value: number) => `${Math.round(value)} px`;
      const label = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
      const name = (element: Element) => `<${element.tagName.toLowerCase()}> "${label(element).slice(0, 40)}"`;
      const overlapArea = (a: DOMRect, b: DOMRect) =>
        Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      const shown = (element: Element) => {
        const rect = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        // A box of a pixel or less is visually hidden text for screen readers, nothing a person sees.
        return rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0 && !element.closest('[aria-hidden="true"], [inert]');
      };
      const scrollable = (value: string) => value === 'auto' || value === 'scroll';
      /** A region a finger can scroll, because it has more content than room. */
      const scrolls = (element: Element) => {
        const style = getComputedStyle(element);
        return (scrollable(style.overflowY) && element.scrollHeight > element.clientHeight + 1) || (scrollable(style.overflowX) && element.scrollWidth > element.clientWidth + 1);
      };
      /** Whether scrolling brings `element` into view: a scrolling ancestor below the first fixed box moves it (a fixed box stays put). */
      const scrolledIntoView = (element: Element) => {
        for (let node: Element | null = element; node; node = node.parentElement) {
          if (node !== element && scrolls(node)) return true;
          if (getComputedStyle(node).position === 'fixed') return false;
        }
        return false;
      };
      // The glass: the window, and within it the kiosk frame where there is one (turned, its on-screen rectangle).
      const frame = document.querySelector('.kiosk-frame')?.getBoundingClientRect();
      const glass = { left: Math.max(0, frame?.left ?? 0), top: Math.max(0, frame?.top ?? 0), right: Math.min(innerWidth, frame?.right ?? innerWidth), bottom: Math.min(innerHeight, frame?.bottom ?? innerHeight) };
      const pastTheDisplay = (rect: DOMRect) => Math.max(glass.left - rect.left, glass.top - rect.top, rect.right - glass.right, rect.bottom - glass.bottom);

      // With a modal dialog open only it can be touched or read: what lies behind is covered by its scrim.
      const scope = [...document.querySelectorAll('[aria-modal="true"]')].filter(shown).at(-1) ?? document.body;
      const inDrawing = (element: Element) => element.closest('svg') !== null;
      // A small checkbox inside its label is touched through the whole label.
      const touchBox = (element: Element) => (element.matches('input') ? (element.closest('label') ?? element) : element).getBoundingClientRect();
      const bigEnough = (rect: DOMRect) => rect.width >= minTarget - 0.5 && rect.height >= minTarget - 0.5;
      const targets = [...scope.querySelectorAll('button, a[href], [role="button"], input:not([type="hidden"]), select, textarea, [role="slider"], [role="tab"]')].filter(shown);

      // Touch targets: big enough. A muscle drawn on the body map is as thin as the muscle; the numbered legend entry of
      // the same name beside it (a list item the finger taps, hidden from screen readers, which have the drawing's
      // buttons) is the finger's target, as the guide screenshots show.
      const legendEntries = [...document.querySelectorAll('li, button, [role="button"]')].filter((entry) => !inDrawing(entry) && getComputedStyle(entry).visibility !== 'hidden');
      const hasBigTwin = (shape: Element) => legendEntries.some((entry) => label(entry).includes(label(shape)) && bigEnough(entry.getBoundingClientRect()));
      for (const target of targets) {
        const rect = touchBox(target);
        if (!bigEnough(rect) && !(inDrawing(target) && hasBigTwin(target))) {
          problems.push(`touch target ${name(target)} is ${px(rect.width)} × ${px(rect.height)}, under ${minTarget} × ${minTarget}`);
        }
      }

      // Touch targets: apart. The staff corner hands a short tap on to what lies under it (renderer/staff/staff-corner.tsx);
      // shapes of a drawing overlap as rectangles where the shapes do not, and the browser hit-tests them by shape.
      const apart = targets.filter((target) => !target.hasAttribute('data-passes-taps') && !inDrawing(target));
      for (const [index, a] of apart.entries()) {
        for (const b of apart.slice(index + 1)) {
          if (a.contains(b) || b.contains(a)) continue;
          const area = overlapArea(touchBox(a), touchBox(b));
          if (area > 1) problems.push(`touch targets ${name(a)} and ${name(b)} overlap by ${px(area)}²`);
        }
      }

      // The screen's primary controls: on the glass as the screen first shows, whole, and the first thing under a finger
      // at their centre (a box that hands taps on, the staff corner, does not count as covering).
      const primaries = new Set<Element>();
      for (const selector of primarySelectors) {
        const found = [...document.querySelectorAll(selector)].filter(shown);
        if (found.length === 0) problems.push(`primary control ${selector} is not on the screen`);
        for (const control of found) {
          primaries.add(control);
          const rect = control.getBoundingClientRect();
          const outside = pastTheDisplay(rect);
          if (outside > 0.5) {
            problems.push(`primary control ${name(control)} is cut by the fold: ${px(outside)} of it lie past the edge of the display`);
            continue;
          }
          const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
          if (hit && !control.contains(hit) && !hit.closest('[data-passes-taps]')) problems.push(`primary control ${name(control)} is covered at its centre by <${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">`);
        }
      }

      // The fold: every other control lies on the display, unless a region that scrolls holds it (the content screens
      // scroll on purpose: lists of muscles and exercises go on below the fold, a half-shown row inviting the finger),
      // and every such region lies on the display itself, or what it scrolls to could never be seen.
      for (const target of targets) {
        if (primaries.has(target)) continue;
        const outside = pastTheDisplay(target.getBoundingClientRect());
        if (outside > 1 && !scrolledIntoView(target)) problems.push(`control ${name(target)} lies ${px(outside)} past the edge of the display`);
      }
      for (const region of scope.querySelectorAll('*')) {
        if (!shown(region) || !scrolls(region)) continue;
        const outside = pastTheDisplay(region.getBoundingClientRect());
        if (outside > 1) problems.push(`scrolling region <${region.tagName.toLowerCase()} class="${region.className}"> lies ${px(outside)} past the edge of the display`);
      }

      // Text inside its box: cut off by its own box (overflow hidden or clip, or an ellipsis), or spilling out of it.
      const texts: Array<{ element: Element; rect: DOMRect }> = [];
      for (const element of scope.querySelectorAll('*')) {
        if (!shown(element) || inDrawing(element)) continue;
        const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
        const [first, last] = [own.at(0), own.at(-1)];
        if (!first || !last) continue;
        const range = document.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        const textRect = range.getBoundingClientRect();
        texts.push({ element, rect: textRect });
        const style = getComputedStyle(element);
        const box = element as HTMLElement;
        const clipsX = ['hidden', 'clip'].includes(style.overflowX);
        const clipsY = ['hidden', 'clip'].includes(style.overflowY);
        const cutWide = box.scrollWidth > box.clientWidth + 1;
        if (clipsX && style.textOverflow === 'ellipsis' && cutWide) problems.push(`text of ${name(element)} is cut short by an ellipsis: ${px(box.scrollWidth)} wide in a box of ${px(box.clientWidth)}`);
        else if (clipsX && cutWide) problems.push(`text of ${name(element)} is cut off: ${px(box.scrollWidth)} wide in a box of ${px(box.clientWidth)}`);
        if (clipsY && box.scrollHeight > box.clientHeight + 1) problems.push(`text of ${name(element)} is cut off: ${px(box.scrollHeight)} tall in a box of ${px(box.clientHeight)}`);
        const ownBox = element.getBoundingClientRect();
        const spill = Math.max(ownBox.left - textRect.left, textRect.right - ownBox.right);
        // A box that clips its text was reported above; one that does not lets the text run over its neighbours.
        if (!clipsX && spill > 2) problems.push(`text of ${name(element)} runs ${px(spill)} out of its box`);
        // A word too long for its line, split where no hyphen shows it ("Semimembranos / us"), reads as two words.
        for (const node of own) {
          for (const word of (node.textContent ?? '').matchAll(/[^\s\-\u2010-\u2014\u00ad/_.:]{2,30}/g)) {
            const wordRange = document.createRange();
            wordRange.setStart(node, word.index);
            wordRange.setEnd(node, word.index + word[0].length);
            const pieces = [...wordRange.getClientRects()].filter((piece) => piece.width > 0);
            const lines = pieces.filter((piece) => piece.top - (pieces[0]?.top ?? 0) > piece.height / 2).length + 1;
            if (lines > 1) problems.push(`the word "${word[0]}" in ${name(element)} is broken across ${lines} lines`);
          }
        }
      }

      // Headings and buttons: the words of two of them never run into each other.
      const words = texts.filter(({ element }) => element.closest('h1, h2, h3, h4, h5, h6, button, [role="button"], a[href]'));
      for (const [index, a] of words.entries()) {
        for (const b of words.slice(index + 1)) {
          if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
          const area = overlapArea(a.rect, b.rect);
          if (area > 4) problems.push(`the words of ${name(a.element)} and ${name(b.element)} overlap by ${px(area)}²`);
        }
      }
      return problems;
    },
    [MIN_TARGET_PX, primary] as const,
  );
}

/** Fails with every layout problem of `screen`, one per line. */
export async function expectGoodLayout(page: Page, screen: string, expectations: LayoutExpectations = {}): Promise<void> {
  const problems = await layoutProblems(page, expectations);
  expect(problems, `layout problems on ${screen}:\n${problems.join('\n')}`).toEqual([]);
}
