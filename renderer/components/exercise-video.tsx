/** The exercise's looping demo: muted, inline, preloaded; its poster and a note when it cannot play. */
import './exercise-video.css';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { BridgeContext } from '../bridge/bridge-context';
import { useTranslation } from 'react-i18next';
import type { ExerciseVideo as Video } from '../../common/content-view';
import { useVideoCues } from '../audio/use-video-cues';
import { mediaUrl } from '../media-url';
import { startStill } from './start-still';
import { useMediaRelease } from './use-media-release';
import { useSeamlessLoop } from './use-seamless-loop';

export function ExerciseVideo({ video, name, cues = true }: { video: Video | null; name: string; cues?: boolean }) {
  const { t } = useTranslation();
  const [failedFile, setFailedFile] = useState<string | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const bridge = useContext(BridgeContext);
  useVideoCues(videoRef, failedFile === video?.file ? null : video, cues);
  const releaseVideo = useMediaRelease(videoRef);
  const videoElement = useCallback(
    (element: HTMLVideoElement | null) => {
      const release = releaseVideo(element);
      // Its clock still until its frames are painted (start-still.ts); not one already moving (main's drawing of home).
      const still = element && element.paused && element.currentTime === 0 ? startStill(element) : undefined;
      return () => {
        still?.cancel();
        release?.();
      };
    },
    [releaseVideo],
  );
  // Its loop point no seek (seamless-loop.ts), when the station's loop is ready as the screen opens; else `loop`.
  useSeamlessLoop(videoRef, video && failedFile !== video.file ? mediaUrl(video.file) : null, { fromFirstFrame: true });
  const label = t('video.label', { name });

  const fail = (file: string) => {
    console.error(`Video ${file} could not be played`);
    void bridge?.reportError({ source: 'media', message: `Video ${file} could not be played` });
    setFailedFile(file);
  };
  // A video can fail before the screen is shown (React renders a lazily loaded screen ahead), when no state can change yet.
  const file = video?.file;
  useEffect(() => {
    if (file && videoRef.current?.error) fail(file);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per file, when its element is on screen
  }, [file]);

  if (!video || failedFile === video.file) {
    return (
      <figure className="exercise-video exercise-video--unavailable">
        {video && <img className="exercise-video__media" src={mediaUrl(video.poster)} alt={label} />}
        <figcaption className="exercise-video__note">{t('video.unavailable')}</figcaption>
      </figure>
    );
  }
  return (
    <figure className="exercise-video">
      <video
        ref={videoElement}
        className="exercise-video__media"
        src={mediaUrl(video.file)}
        poster={mediaUrl(video.poster)}
        aria-label={label}
        autoPlay
        muted
        loop
        playsInline
        preload="auto"
        disablePictureInPicture
        onError={() => fail(video.file)}
      />
    </figure>
  );
}
