/**
 * An element given a worker's MediaSource must not let go of it before that source has opened: Chromium then keeps
 * the element, and with it its whole closed screen, for as long as the page lives (a screen closed within a few
 * milliseconds of opening, which a busy kiosk does now and then). What would let go waits here until it has opened.
 */

/** Elements whose worker MediaSource has not opened yet, with what waits for it. */
const waiting = new WeakMap<HTMLMediaElement, (() => void)[]>();

/** `media` was just given a worker's MediaSource: letting go of it waits until `sourceSettled`. */
export function sourceOpening(media: HTMLMediaElement): void {
  waiting.set(media, []);
}

/** The source opened, or never will (its worker is gone, the element failed): what waited runs now. */
export function sourceSettled(media: HTMLMediaElement): void {
  const tasks = waiting.get(media);
  waiting.delete(media);
  for (const task of tasks ?? []) task();
}

/** Runs `task` now, or once `media`'s worker MediaSource has opened. */
export function whenSourceSettled(media: HTMLMediaElement, task: () => void): void {
  const tasks = waiting.get(media);
  if (tasks) tasks.push(task);
  else task();
}
