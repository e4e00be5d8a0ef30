/**
 * The attract loop: the station's exercise loops and its muscles in turn, and "Touch to start" in every
 * enabled language. One video element for the whole loop; every timer is cleared when it closes.
 */
import './attract-screen.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskContent, LanguageInfo } from '../../common/content-view';
import { BodyMap } from '../body-map/body-map';
import { mapsShowing } from '../body-map/maps-showing';
import { mediaUrl } from '../media-url';
import { playWhenIdle } from '../components/play-when-idle';
import { useMediaRelease } from '../components/use-media-release';
import { useSeamlessLoop } from '../components/use-seamless-loop';

/** How long each exercise or muscle stays on screen. */
export const ATTRACT_SLIDE_MS = 8_000;
/** How long "Touch to start" stays in one language. */
export const ATTRACT_CALL_MS = 3_000;

export function AttractScreen({ content, languages, onStart }: { content: KioskContent; languages: LanguageInfo[]; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const [tick, setTick] = useState(0);
  const [call, setCall] = useState(0);
  const { station } = content;
  const videoRef = useRef<HTMLVideoElement>(null);
  const releaseVideo = useMediaRelease(videoRef);
  // No autoplay in the markup (main draws it too): the loop starts once the page is idle (components/play-when-idle.ts).
  const videoElement = useCallback(
    (element: HTMLVideoElement | null) => {
      const release = releaseVideo(element);
      const cancelStart = element ? playWhenIdle(element) : undefined;
      return () => {
        cancelStart?.();
        release?.();
      };
    },
    [releaseVideo],
  );

  useEffect(() => {
    const slides = setInterval(() => setTick((value) => value + 1), ATTRACT_SLIDE_MS);
    const calls = setInterval(() => setCall((value) => value + 1), ATTRACT_CALL_MS);
    return () => {
      clearInterval(slides);
      clearInterval(calls);
    };
  }, []);

  const exercise = content.exercises[station.exercises[tick % station.exercises.length]?.id ?? ''];
  const muscle = station.targetMuscles[tick % station.targetMuscles.length];
  const map = muscle ? mapsShowing(content, [muscle.id])[0] : undefined;
  // Each exercise in turn loops without a seek at its loop point: this loop plays all day (components/seamless-loop.ts).
  useSeamlessLoop(videoRef, exercise?.video ? mediaUrl(exercise.video.file) : null);
  const callLanguage = languages[call % Math.max(1, languages.length)]?.code ?? i18n.language;
  const callText = i18n.getFixedT(callLanguage, 'ui')('attract.touchToStart');

  return (
    <div className="screen screen--attract attract" data-screen="attract" onClick={onStart}>
      <h1 className="attract__title">{station.name}</h1>
      <div className="attract__stage">
        {exercise?.video ? (
          <video ref={videoElement} className="attract__video" src={mediaUrl(exercise.video.file)} poster={mediaUrl(exercise.video.poster)} aria-label={t('video.label', { name: exercise.name })} muted loop playsInline preload="auto" />
        ) : null}
        {map && muscle && (
          <figure className="attract__muscle">
            <BodyMap key={map.view} map={map} muscles={station.targetMuscles} highlighted={new Set([muscle.id])} label={muscle.name} />
            <figcaption>{muscle.name}</figcaption>
          </figure>
        )}
      </div>
      <button type="button" className="attract__call" aria-label={t('attract.touchToStart')}>
        <span lang={callLanguage} aria-hidden="true" key={callLanguage}>
          {callText}
        </span>
      </button>
    </div>
  );
}
