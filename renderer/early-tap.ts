/**
 * What public/early-taps.js did before the app started: the tap it kept, handed on to the live screen it landed on,
 * and whether it already answered a touch on the attract loop by showing main's drawing of the screen after it.
 */
import { AWAKE_SCREEN_ELEMENT_ID } from '../common/first-screen';
import { afterFirstPaint } from './after-first-paint';

interface EarlyTap {
  target: Element | null;
  recording: boolean;
  /** The early script has shown the awake screen (a member touched the drawn attract loop). */
  awake: boolean;
  /** Called by the early script right after it has shown the awake screen. */
  onAwake: (() => void) | null;
}

declare global {
  interface Window {
    __kioskEarlyTap?: EarlyTap;
  }
}

/** The early script's state; created stopped when it has not run, so it cannot start recording after the app. */
function earlyTap(): EarlyTap {
  window.__kioskEarlyTap ??= { target: null, recording: false, awake: false, onAwake: null };
  return window.__kioskEarlyTap;
}

/**
 * React listens from now on (and replays what lands while it hydrates): the early script must not keep a second copy.
 * Returns whether the early script showed the awake screen, which the app must then start on (and hydrate).
 */
export function stopRecordingEarlyTaps(): boolean {
  const early = earlyTap();
  early.recording = false;
  early.onAwake = null;
  // The awake screen's drawing is the app's to draw from here.
  document.getElementById(AWAKE_SCREEN_ELEMENT_ID)?.remove();
  return early.awake;
}

/**
 * When the app may take over main's drawing: at once when there is no awake screen to answer a touch with; otherwise
 * right after the early script has answered the first touch, or `restMs` after the first paint, whichever comes first.
 * Until then the page's main thread stays free, so that first touch is answered the moment it lands.
 */
export function appMayStart(restMs: number): Promise<void> {
  const early = earlyTap();
  if (early.awake || !document.getElementById(AWAKE_SCREEN_ELEMENT_ID)) return afterFirstPaint();
  return new Promise((resolve) => {
    const start = () => {
      early.onAwake = null;
      clearTimeout(rest);
      // Two frames: the awake screen is painted and shown whole before hydration's first long task.
      void afterFirstPaint().then(afterFirstPaint).then(resolve);
    };
    const rest = setTimeout(start, restMs);
    early.onAwake = start;
  });
}

/** Once hydrated: the kept tap, once, on the same element (hydration keeps the nodes main drew). */
export function replayEarlyTap(): void {
  const early = window.__kioskEarlyTap;
  const target = early?.target ?? null;
  if (early) early.target = null;
  if (target?.isConnected) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
}
