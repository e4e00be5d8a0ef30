/**
 * Reads a screen aloud: plays its audio, follows the playback position to the sentence being read, lowers the
 * breathing cues meanwhile, and stops when the screen, its text or the language changes (and so at the idle reset,
 * which leaves the screen).
 */
import { useCallback, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadAloud } from '../../common/content-view';
import { useCuePlayer, useSoundSettings } from '../audio/sound-context';
import { BridgeContext } from '../bridge/bridge-context';
import { indexInList, sentenceAt } from './sentence-at';

export interface ReadAloudControl {
  /** The <audio> element the button renders; the hook plays it. */
  audioRef: RefObject<HTMLAudioElement | null>;
  readAloud: ReadAloud;
  reading: boolean;
  toggle(): void;
}

export interface ReadAloudState {
  /** Null when the screen has no fresh audio in this language, or sound is off: then no button is shown. */
  control: ReadAloudControl | null;
  /** Whether `field` ("name", "origin") is the sentence being read. */
  isReading(field: string): boolean;
  /** The index of the list item being read in `list` ("tips"), or null. */
  readingIndexIn(list: string): number | null;
}

/** Whether all of an element is on the display (the frame may be turned, so the display's box, not the frame's). */
function inView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
}

export function useReadAloud(readAloud: ReadAloud | null): ReadAloudState {
  const { i18n } = useTranslation();
  const player = useCuePlayer();
  const settings = useSoundSettings();
  const bridge = useContext(BridgeContext);
  const audioRef = useRef<HTMLAudioElement | null>(null);
  // The element that was started, held apart from the ref, which React clears before an unmounting screen's cleanup runs.
  const playing = useRef<HTMLAudioElement | null>(null);
  const [reading, setReading] = useState(false);
  const [field, setField] = useState<string | null>(null);
  // Nothing would be heard when muted or at no volume; quiet hours silence the cues alone, a member asks for this.
  const audible = !settings || (!settings.muted && settings.volume > 0);
  const source = readAloud?.src.join('|') ?? null;

  const stop = useCallback(() => {
    const audio = playing.current;
    // Nothing was read: no state to set (a screen a tap leaves calls this from two cleanups, each an update to process).
    if (!audio) return;
    if (!audio.paused) audio.pause();
    playing.current = null;
    setReading(false);
    setField(null);
  }, []);

  // A new screen, new text or another language: whatever was being read is no longer what is shown.
  useEffect(() => stop, [source, i18n.language, stop]);
  // Muting stops the reading: the cleanup of the audible state runs as it ends.
  useEffect(() => (audible ? stop : undefined), [audible, stop]);

  useEffect(() => {
    const audio = audioRef.current;
    if (audio && settings) audio.volume = settings.volume;
  }, [settings, reading]);

  // The cues go quiet under the reading voice and come back when it ends, however it ends.
  useEffect(() => {
    if (!reading || !player) return;
    player.duck(true);
    return () => player.duck(false);
  }, [reading, player]);

  // Staff see a file that would not play in the diagnostics, as for a video; the member sees the button come back.
  const failed = useCallback(
    (why: string) => {
      const message = `Read-aloud audio ${readAloud?.src[0] ?? ''} could not be played${why}`;
      console.error(message);
      void bridge?.reportError({ source: 'media', message });
      stop();
    },
    [bridge, readAloud, stop],
  );

  // A <source> that fails fires its error on itself, and play() then waits for ever: the last one failing means none plays.
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const onError = (event: Event) => {
      if (event.target === audio || event.target === audio.querySelector('source:last-of-type')) failed('');
    };
    audio.addEventListener('error', onError, true);
    return () => audio.removeEventListener('error', onError, true);
  }, [source, audible, failed]);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio || !reading || !readAloud) return;
    const follow = () => setField(readAloud.sentences[sentenceAt(readAloud.sentences, audio.currentTime * 1000) ?? -1]?.field ?? null);
    follow();
    audio.addEventListener('timeupdate', follow);
    audio.addEventListener('seeked', follow);
    audio.addEventListener('ended', stop);
    return () => {
      audio.removeEventListener('timeupdate', follow);
      audio.removeEventListener('seeked', follow);
      audio.removeEventListener('ended', stop);
    };
  }, [reading, readAloud, stop]);

  // The sentence being read comes into view, with what is around it, on a screen taller than the kiosk; one in view stays put.
  useEffect(() => {
    const element = reading && field ? document.querySelector('[data-reading]') : null;
    if (element && !inView(element)) element.scrollIntoView({ block: 'center' });
  }, [reading, field]);

  const toggle = useCallback(() => {
    const audio = audioRef.current;
    if (!audio) return;
    if (reading) return stop();
    audio.currentTime = 0;
    playing.current = audio;
    setReading(true);
    // With <source> children, a file that cannot play rejects play() (the element fires no error of its own).
    audio.play().catch((error: unknown) => {
      // A stop before playback began interrupts play(): nothing failed.
      if ((error as Error | undefined)?.name !== 'AbortError') failed(` (${String(error)})`);
    });
  }, [reading, stop, failed]);

  // A position reported after the stop (a pause fires one last timeupdate) never marks a sentence again.
  const current = reading ? field : null;
  return {
    control: readAloud && audible ? { audioRef, readAloud, reading, toggle } : null,
    isReading: (name) => current === name,
    readingIndexIn: (list) => indexInList(current, list),
  };
}
