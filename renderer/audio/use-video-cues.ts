/** Drives the cue scheduler from a video's frames (requestVideoFrameCallback), never from a free-running timer. */
import { useEffect, type RefObject } from 'react';
import type { ExerciseVideo } from '../../common/content-view';
import { announceCue, announceCuesStopped } from './cue-events';
import { createCueScheduler, markersFromPhases } from './cue-scheduler';

export function useVideoCues(videoRef: RefObject<HTMLVideoElement | null>, video: ExerciseVideo | null, enabled: boolean): void {
  useEffect(() => {
    const element = videoRef.current;
    if (!element || !video || !enabled || video.phases.length === 0) return;
    const scheduler = createCueScheduler(markersFromPhases(video.phases), video.durationSeconds);
    let handle = 0;
    let stopped = false;

    const sample = (videoTime: number) => {
      const due = scheduler.update(videoTime);
      if (due) announceCue({ ...due, videoTime });
    };
    const onFrame = (_now: number, metadata: VideoFrameCallbackMetadata) => {
      if (stopped) return;
      sample(metadata.mediaTime);
      handle = element.requestVideoFrameCallback(onFrame);
    };
    // Seeks need no listener: the scheduler sees the jump in the video's time and plays no skipped cue late.
    handle = element.requestVideoFrameCallback(onFrame);

    return () => {
      stopped = true;
      element.cancelVideoFrameCallback(handle);
      announceCuesStopped();
    };
  }, [videoRef, video, enabled]);
}
