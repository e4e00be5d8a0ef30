/**
 * Decides when a breathing cue is due from the video's own clock: a cue fires when playback crosses its
 * marker, also across the loop point; a seek or a stall fires nothing, so cues stay in step with the movement.
 */
import type { VideoPhase } from '../../common/content-view';

export interface CueMarker {
  /** Seconds from the loop's start. */
  time: number;
  breath: VideoPhase['breath'];
  /** How long this breath lasts (the phase), for the visual indicator. */
  duration: number;
}

export interface CueScheduler {
  /** Feed the video's current time; returns the marker that became due, if any. */
  update(videoTime: number): CueMarker | null;
  /** Forget the last position (after a new source or a reset). */
  reset(): void;
  /** Seconds of playback from `videoTime` to the next marker, across the loop point (Infinity without markers). */
  secondsToNext(videoTime: number): number;
}

/** Larger steps between two samples are seeks, not playback: cues they skip are not played late. */
export const MAX_PLAYBACK_STEP_SECONDS = 0.5;

export function markersFromPhases(phases: VideoPhase[]): CueMarker[] {
  return phases.map((phase) => ({ time: phase.start, breath: phase.breath, duration: phase.end - phase.start })).sort((a, b) => a.time - b.time);
}

export function createCueScheduler(markers: CueMarker[], loopDuration: number): CueScheduler {
  let last: number | null = null;

  /** The latest marker in (from, to]; only the latest, so two cues never start at once. */
  const latestBetween = (from: number, to: number): CueMarker | null => {
    let due: CueMarker | null = null;
    for (const marker of markers) if (marker.time > from && marker.time <= to) due = marker;
    return due;
  };

  return {
    update(videoTime) {
      const previous = last;
      last = videoTime;
      if (previous === null) return markers.find((marker) => marker.time === videoTime) ?? null;
      const step = videoTime - previous;
      if (step >= 0 && step <= MAX_PLAYBACK_STEP_SECONDS) return latestBetween(previous, videoTime);
      // The loop wrapped: from near the end back to near the start.
      const wrapped = step < 0 && loopDuration - previous + videoTime <= MAX_PLAYBACK_STEP_SECONDS;
      if (wrapped) return latestBetween(-Infinity, videoTime) ?? latestBetween(previous, Infinity);
      return null;
    },
    reset() {
      last = null;
    },
    secondsToNext(videoTime) {
      const ahead = markers.find((marker) => marker.time > videoTime);
      if (ahead) return ahead.time - videoTime;
      const first = markers[0];
      return first ? loopDuration - videoTime + first.time : Number.POSITIVE_INFINITY;
    },
  };
}
