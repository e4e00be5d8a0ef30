/**
 * Whether this page may start sound by itself. A browser lets it after the page's first touch; a host that allows
 * autoplay (the Electron kiosk, a chain's own kiosk browser) lets it from the start, and then howler's AudioContext
 * runs before any touch. Once a context has run, a suspended one is howler resting after 30 s of silence: it wakes
 * with the next sound, and nothing needs a tap.
 */

let contextHasRun = false;
const followed = new WeakSet<BaseAudioContext>();

/** Follows `context` (howler's; once each) and notes when it runs. */
export function followAudioContext(context: BaseAudioContext | null | undefined): void {
  if (!context || followed.has(context)) return;
  followed.add(context);
  const note = () => {
    if (context.state === 'running') contextHasRun = true;
  };
  context.addEventListener('statechange', note);
  note();
}

/** True once the page has been touched or its sound has run: the browser lets it start sound from now on. */
export function soundAllowed(): boolean {
  return contextHasRun || navigator.userActivation.hasBeenActive;
}
