/**
 * Starts a looping video in the page's first idle moment rather than the moment it can play. A loop that starts
 * while the page is still starting up (parsing, rastering the first screen, loading and hydrating the app) is
 * starved on a 2-core kiosk without a GPU: its player stalls and drops 3–6 frames in its first fraction of a second
 * (`npm run bench`, attract). Its poster is its first frame, so nothing on screen changes until it moves; and it
 * starts with its clock still (start-still.ts).
 */
import { startStill, type StillStart } from './start-still';
import { whenIdle } from './when-idle';

/** At the latest this long after the video is on the page, even on a page that is never idle. */
const START_WITHIN_MS = 1_500;

/** Plays `video` once the page is idle, and from then on each new source it is given. Returns a function that cancels it. */
export function playWhenIdle(video: HTMLVideoElement): () => void {
  let still: StillStart | undefined;
  const cancelStart = whenIdle(() => {
    if (!video.isConnected) return;
    const started = (still = startStill(video));
    // The element autoplays from here on, so the loop's next exercise plays as soon as it has loaded, as a first one would.
    video.autoplay = true;
    // A source changed or taken away meanwhile rejects this play(); the element's autoplay still starts the next one.
    video.play().catch(started.move);
  }, START_WITHIN_MS);
  return () => {
    cancelStart();
    still?.cancel();
  };
}
