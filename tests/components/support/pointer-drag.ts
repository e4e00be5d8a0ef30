/**
 * A real mouse drag along a path, for controls that follow the finger (the volume slider). vitest's userEvent
 * drags from one point to another, but cannot go away and come back without letting go; this asks the
 * `pointerDrag` command (tests/vitest.components.config.ts), which moves Playwright's mouse, so the page gets
 * real pointer, mouse and input events from Chromium.
 */
import { commands } from 'vitest/browser';

export interface PointerPoint {
  /** CSS pixels from the element's left edge. */
  x: number;
  /** CSS pixels from the element's top edge. */
  y: number;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Presses the mouse at the first point of the element `selector` finds, moves through the others, releases at the last. */
    pointerDrag: (selector: string, points: PointerPoint[], stepsBetween?: number) => Promise<void>;
  }
}

let dragged = 0;

/** Drags across `element` through `points` (from its top-left corner), with a few mouse moves between each two. */
export async function pointerDrag(element: Element, points: PointerPoint[], stepsBetween = 4): Promise<void> {
  const mark = String(++dragged);
  element.setAttribute('data-pointer-drag', mark);
  try {
    await commands.pointerDrag(`[data-pointer-drag="${mark}"]`, points, stepsBetween);
  } finally {
    element.removeAttribute('data-pointer-drag');
  }
}
