/**
 * Runs `task` in an idle moment of the page where the browser has them (Chromium, so the kiosk), else in the next
 * task (the preview opened in Safari); at the latest `withinMs` later, even on a page that is never idle.
 * Returns a function that cancels it.
 */
export function whenIdle(task: () => void, withinMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: withinMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/**
 * Runs `task` in the first idle moment after the frame being drawn now has been shown, not during it: an idle
 * moment comes while the compositor still rasters that frame, and on a 2-core kiosk main-thread work then holds
 * the frame back. At the latest `withinMs` later (a hidden page draws no frames).
 */
export function whenIdleAfterNextFrame(task: () => void, withinMs: number): () => void {
  let done = false;
  let cancelIdle: (() => void) | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    task();
  };
  const latest = setTimeout(run, withinMs);
  // The first frame callback runs before the frame is painted, the second at the start of the one after it.
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      if (!done) cancelIdle = whenIdle(run, withinMs);
    });
  });
  return () => {
    done = true;
    clearTimeout(latest);
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
