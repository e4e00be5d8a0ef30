/**
 * What public/early-taps.js did before the app started: the taps it kept, handed on to the live screen they landed
 * on, and whether it already answered a touch on the attract loop by showing main's drawing of the screen after it.
 */
import { AWAKE_SCREEN_ELEMENT_ID } from '../common/first-screen';
import { afterFirstPaint } from './after-first-paint';

interface EarlyTap {
  /** The elements tapped before the app listened, oldest first. */
  taps: Element[];
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
  window.__kioskEarlyTap ??= { taps: [], recording: false, awake: false, onAwake: null };
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
 * right after the early script has answered the first touch, or `restMs` after the entry ran, whichever comes first.
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

/**
 * Once hydrated: the kept taps, each once, on the same elements (hydration keeps the nodes main drew), one per task so
 * each sees the screen the one before it left: a tap on an element that one took off the screen is dropped.
 */
export function replayEarlyTaps(): void {
  const early = window.__kioskEarlyTap;
  const target = early?.taps.shift();
  if (!early || !target) return;
  if (target.isConnected) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  if (early.taps.length === 0) return;
  // A message, not a timer: the next task after React has drawn this tap's answer, also on a clock that stands still.
  const next = new MessageChannel();
  next.port1.onmessage = () => {
    next.port1.close();
    replayEarlyTaps();
  };
  next.port2.postMessage(null);
}
