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
