/**
 * Starts a looping video in the page's first idle moment rather than the moment it can play. A loop that starts
 * while the page is still starting up (parsing, rastering the first screen, loading and hydrating the app) is
 * starved on a 2-core kiosk without a GPU: its player stalls and drops 3–6 frames in its first fraction of a second
 * (`npm run bench`, attract). Its poster is its first frame, so nothing on screen changes until it moves.
 *
 * Even at an idle moment, Chromium starts the player's clock at once while its frames only begin to be painted a few
 * frames later: the frame due meanwhile counted as dropped in 15 of 24 cold starts. So the loop first plays with its
 * clock still (rate 0), and moves once it is being painted: 0 of 24 dropped a frame (README, Benchmark).
 */
import { whenIdle } from './when-idle';

/** At the latest this long after the video is on the page, even on a page that is never idle. */
const START_WITHIN_MS = 1_500;
/** How long the player runs with its clock still before the loop moves (a few frames of painting it, with margin). */
const WARM_UP_MS = 300;

/** Plays `video` once the page is idle, and from then on each new source it is given. Returns a function that cancels it. */
export function playWhenIdle(video: HTMLVideoElement): () => void {
  let warmUp: ReturnType<typeof setTimeout> | undefined;
  // A loop left at rate 0 would stand still for good: every way out of a warm-up sets the normal rate again.
  const move = () => {
    clearTimeout(warmUp);
    warmUp = undefined;
    video.playbackRate = 1;
  };
  const warmUpOnce = () => {
    if (video.playbackRate === 0 && warmUp === undefined) warmUp = setTimeout(move, WARM_UP_MS);
  };
  const cancelStart = whenIdle(() => {
    if (!video.isConnected) return;
    // Each source the loop moves on to starts still too: the element takes its default rate on every new source.
    video.defaultPlaybackRate = 0;
    video.playbackRate = 0;
    video.addEventListener('playing', warmUpOnce);
    // The element autoplays from here on, so the loop's next exercise plays as soon as it has loaded, as a first one would.
    video.autoplay = true;
    // A source changed or taken away meanwhile rejects this play(); the element's autoplay still starts the next one.
    video.play().catch(move);
  }, START_WITHIN_MS);
  return () => {
    cancelStart();
    video.removeEventListener('playing', warmUpOnce);
    video.defaultPlaybackRate = 1;
    if (video.playbackRate === 0) move();
  };
}
