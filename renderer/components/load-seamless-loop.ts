/**
 * The seamless loop (seamless-loop.ts) loaded on demand: it is no part of the first screen's script. Once loaded it
 * is called at once, so a screen drawn later attaches a ready loop in the task that draws it.
 */
import type * as SeamlessLoopModule from './seamless-loop';

type SeamlessLoop = typeof SeamlessLoopModule;

let loaded: SeamlessLoop | undefined;
let loading: Promise<SeamlessLoop | undefined> | undefined;

/** Calls `task` with the module: at once when it is loaded, else once it is (never, if it cannot load: videos keep `loop`). */
export function withSeamlessLoop(task: (loop: SeamlessLoop) => void): void {
  if (loaded) return task(loaded);
  loading ??= import('./seamless-loop').then(
    (module) => (loaded = module),
    (error: unknown) => {
      console.warn(`Videos loop by seeking: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    },
  );
  void loading.then((module) => module && task(module));
}
