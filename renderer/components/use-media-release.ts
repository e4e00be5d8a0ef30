/**
 * Lets go of a video's player once it is taken off the page. A removed <video> keeps its decoder and buffered frames
 * until the garbage collector finds it, and on a kiosk that opens one every few taps those pile up: Chromium then runs
 * full collections in the middle of taps (and a machine with a hardware decoder holds its few slots meanwhile).
 */
import { useCallback, type RefCallback, type RefObject } from 'react';
import { whenSourceSettled } from './media-source-open';
import { whenIdleAfterNextFrame } from './when-idle';

/** At the latest this long after the element left the page, even on a page that is never idle. */
const RELEASE_WITHIN_MS = 2_000;

/**
 * The ref for a screen's <video>: fills `ref` (where the screen needs the element itself) and lets go of each
 * element's player once React takes that element off the page, whether its screen closed or the screen drew another
 * in its place (a video that failed, one that content added later), so none is left to the garbage collector.
 */
export function useMediaRelease<Media extends HTMLMediaElement>(ref?: RefObject<Media | null>): RefCallback<Media> {
  return useCallback(
    (element: Media | null) => {
      if (ref) ref.current = element;
      if (!element) return undefined;
      return () => {
        if (ref?.current === element) ref.current = null;
        // When the next screen has been shown and the browser is idle, not during the tap that opens it nor while that
        // screen is rastered (3–4 ms on the main thread here); React detaches the ref just before it takes the element
        // off the page, so whether it is still on the page is asked then.
        whenIdleAfterNextFrame(() => {
          if (!element.isConnected) releaseMedia(element);
        }, RELEASE_WITHIN_MS);
      };
    },
    [ref],
  );
}

/**
 * Lets go of a media element's player: no source and a fresh load (the spec's way to release a media element). One fed
 * by a worker's MediaSource that has not opened yet waits until it has (media-source-open.ts).
 */
export function releaseMedia(element: HTMLMediaElement): void {
  whenSourceSettled(element, () => {
    if (element.isConnected) return;
    element.srcObject = null;
    element.removeAttribute('src');
    element.load();
  });
}
