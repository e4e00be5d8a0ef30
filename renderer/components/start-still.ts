/**
 * Chromium starts a player's clock at play() while its frames only begin to be painted a few frames later: the frame
 * due meanwhile counts as dropped (the attract's first frame in 15 of 24 cold starts; the exercise's, 0.07 s after
 * its screen opened, in a bench run). So a loop first plays with its clock still (rate 0), and moves once it is being
 * painted: 0 of 24 dropped a frame there (README, Benchmark). Its poster is its first frame, so nothing on screen changes.
 */

/** How long the player runs with its clock still before the loop moves (a few frames of painting it, with margin). */
const WARM_UP_MS = 300;

export interface StillStart {
  /** The normal rate at once (a play() that failed, or a start that was called off). */
  move(): void;
  /** Stops starting new sources still, and leaves the video moving at the normal rate. */
  cancel(): void;
}

/** Has `video`, and each new source it is given, start with its clock still, then move `WARM_UP_MS` after it plays. */
export function startStill(video: HTMLVideoElement): StillStart {
  let warmUp: ReturnType<typeof setTimeout> | undefined;
  // A loop left at rate 0 would stand still for good: every way out of a warm-up sets the normal rate again (and
  // leaves alone a rate someone else set meanwhile).
  const move = () => {
    clearTimeout(warmUp);
    warmUp = undefined;
    if (video.playbackRate === 0) video.playbackRate = 1;
  };
  const warmUpOnce = () => {
    if (video.playbackRate === 0 && warmUp === undefined) warmUp = setTimeout(move, WARM_UP_MS);
  };
  // The element takes its default rate on every new source (the attract's next exercise, a MediaSource switched to).
  video.defaultPlaybackRate = 0;
  video.playbackRate = 0;
  video.addEventListener('playing', warmUpOnce);
  return {
    move,
    cancel: () => {
      video.removeEventListener('playing', warmUpOnce);
      video.defaultPlaybackRate = 1;
      move();
    },
  };
}
