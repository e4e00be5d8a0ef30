/**
 * Drives the cue scheduler from the video's own clock (where it stands in its file), never from a timer's idea of time. A timer
 * only wakes the check: just after the next marker is due at the rate the video plays, and at least every 250 ms (so a
 * stall, a seek or the loop point is seen). Checking on every video frame instead asked the page for a frame 30 times a
 * second, all the while a member was on the screen.
 */
import { useEffect, type RefObject } from 'react';
import type { ExerciseVideo } from '../../common/content-view';
import { announceCue, announceCuesStopped } from './cue-events';
import { loopTime } from '../components/loop-time';
import { createCueScheduler, markersFromPhases, MAX_PLAYBACK_STEP_SECONDS } from './cue-scheduler';

/** The longest wait between two looks at the video's time: well within the step the scheduler takes for playback. */
const MAX_CHECK_INTERVAL_MS = (MAX_PLAYBACK_STEP_SECONDS * 1000) / 2;
/** Woken this much after a marker is due, so a timer that fires a little early still finds it crossed. */
const AFTER_MARKER_MS = 4;

export function useVideoCues(videoRef: RefObject<HTMLVideoElement | null>, video: ExerciseVideo | null, enabled: boolean): void {
  useEffect(() => {
    const element = videoRef.current;
    if (!element || !video || !enabled || video.phases.length === 0) return;
    const scheduler = createCueScheduler(markersFromPhases(video.phases), video.durationSeconds);
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      clearTimeout(timer);
      // Only a playing video moves the movement on; a paused, starved or still one (start-still.ts) is looked at again later.
      const playing = !element.paused && element.playbackRate > 0 && element.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA;
      let untilNextMs = MAX_CHECK_INTERVAL_MS;
      if (playing) {
        const videoTime = loopTime(element);
        const due = scheduler.update(videoTime);
        if (due) announceCue({ ...due, videoTime });
        const secondsToNext = scheduler.secondsToNext(videoTime);
        // Past the declared loop's end (a file up to 0.1 s longer passes validation): the usual interval, not at once.
        if (secondsToNext > 0) untilNextMs = (secondsToNext / element.playbackRate) * 1000 + AFTER_MARKER_MS;
      }
      timer = setTimeout(check, Math.min(MAX_CHECK_INTERVAL_MS, untilNextMs));
    };
    // Just before where the video stands: a marker at that very point (the loop's start) is due once it plays.
    scheduler.update(loopTime(element) - 0.001);
    // The moment it starts (or starts again after a stall, or its clock starts moving), not up to a check interval later.
    element.addEventListener('playing', check);
    element.addEventListener('ratechange', check);
    // Seeks need no listener: the scheduler sees the jump in the video's time and plays no skipped cue late.
    check();

    return () => {
      element.removeEventListener('playing', check);
      element.removeEventListener('ratechange', check);
      clearTimeout(timer);
      announceCuesStopped();
    };
  }, [videoRef, video, enabled]);
}
