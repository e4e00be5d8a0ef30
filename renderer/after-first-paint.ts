/**
 * Resolves once the browser has painted the page as it is now. Chromium runs a page's module scripts before its
 * first frame when they arrive in time: without this wait, hydrating main's drawing would hold back its first paint.
 */
export function afterFirstPaint(): Promise<void> {
  // A frame's callbacks run just before it is painted; a task queued from one runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
