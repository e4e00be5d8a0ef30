/** The tap public/early-taps.js kept from before the script started, handed on to the live screen it landed on. */
interface EarlyTap {
  target: Element | null;
  recording: boolean;
}

declare global {
  interface Window {
    __kioskEarlyTap?: EarlyTap;
  }
}

/** React listens from now on (and replays what lands while it hydrates): the early script must not keep a second copy. */
export function stopRecordingEarlyTaps(): void {
  // Created stopped when the early script has not run yet, so it cannot start recording after this.
  window.__kioskEarlyTap ??= { target: null, recording: false };
  window.__kioskEarlyTap.recording = false;
}

/** Once hydrated: the kept tap, once, on the same element (hydration keeps the nodes main drew). */
export function replayEarlyTap(): void {
  const early = window.__kioskEarlyTap;
  const target = early?.target ?? null;
  if (early) early.target = null;
  if (target?.isConnected) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
}
