/** Loops a screen's video seamlessly (seamless-loop.ts) from the moment it is on the page, each new file in turn. */
import { useLayoutEffect, type RefObject } from 'react';
import { withSeamlessLoop } from './load-seamless-loop';

/**
 * `url` null: nothing to loop (no video, or one that failed), and whatever was being fed stops. A layout effect: it
 * attaches a ready MediaSource in the task that put the element (or its new `src`) on the page, before the element
 * starts loading that file itself.
 */
export function useSeamlessLoop(ref: RefObject<HTMLVideoElement | null>, url: string | null, options: { fromFirstFrame?: boolean } = {}): void {
  const { fromFirstFrame = false } = options;
  useLayoutEffect(() => {
    const video = ref.current;
    if (!video || !url) return undefined;
    let stop: (() => void) | undefined;
    let stopped = false;
    withSeamlessLoop(({ loopSeamlessly }) => {
      if (!stopped) stop = loopSeamlessly(video, url, { fromFirstFrame });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [ref, url, fromFirstFrame]);
}
