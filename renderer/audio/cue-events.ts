/** The one place cue events are announced: the audio, the visual indicator and diagnostics all listen here. */
import type { CueMarker } from './cue-scheduler';

export interface CueEventDetail extends CueMarker {
  /** The video's time when the cue fired, to measure how close to its marker it was. */
  videoTime: number;
}

export const CUE_EVENT = 'kiosk-cue';
export const CUES_STOPPED_EVENT = 'kiosk-cues-stopped';
/** Told when a cue really sounds (not muted, not quiet hours): what tests and diagnostics observe. */
export const CUE_PLAYED_EVENT = 'kiosk-cue-played';

export interface CuePlayedDetail {
  sound: string;
  language: string;
  /** Played lowered, under a screen being read aloud. */
  ducked: boolean;
}

export function announceCue(detail: CueEventDetail): void {
  window.dispatchEvent(new CustomEvent<CueEventDetail>(CUE_EVENT, { detail }));
}

export function announceCuesStopped(): void {
  window.dispatchEvent(new Event(CUES_STOPPED_EVENT));
}

export function announceCuePlayed(detail: CuePlayedDetail): void {
  window.dispatchEvent(new CustomEvent<CuePlayedDetail>(CUE_PLAYED_EVENT, { detail }));
}
