/** Loops a screen's video seamlessly (seamless-loop.ts) from the moment it is on the page, each new file in turn. */
import { useEffect, type RefObject } from 'react';
import { loopSeamlessly } from './seamless-loop';

/** `url` null: nothing to loop (no video, or one that failed), and whatever was being fed stops. */
export function useSeamlessLoop(ref: RefObject<HTMLVideoElement | null>, url: string | null): void {
  useEffect(() => {
    const video = ref.current;
    if (!video || !url) return undefined;
    return loopSeamlessly(video, url);
  }, [ref, url]);
}
