/**
 * Lets go of a video's player the moment its screen closes. A removed <video> keeps its decoder and buffered frames
 * until the garbage collector finds it, and on a kiosk that opens one every few taps those pile up: Chromium then runs
 * full collections in the middle of taps (and a machine with a hardware decoder holds its few slots meanwhile).
 */
import { useEffect, type RefObject } from 'react';

/** At the latest this long after its screen closed, even on a page that is never idle. */
const RELEASE_WITHIN_MS = 2_000;

/** An idle moment where the browser has them (Chromium, so the kiosk), else the next task (the preview opened in Safari). */
const whenIdle: (release: () => void) => void =
  typeof requestIdleCallback === 'function' ? (release) => requestIdleCallback(release, { timeout: RELEASE_WITHIN_MS }) : (release) => setTimeout(release, 0);

export function useMediaRelease(ref: RefObject<HTMLMediaElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    return () => {
      if (!element || element.isConnected) return;
      // When the next screen has been drawn (the browser is idle), not during the tap that opens it.
      whenIdle(() => {
        // No source and a fresh load: the element drops its player now (the spec's way to release a media element).
        element.removeAttribute('src');
        element.load();
      });
    };
  }, [ref]);
}
