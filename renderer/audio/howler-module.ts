/**
 * howler, loaded after the first screen instead of with it: nothing sounds before content and a video are on screen,
 * and the first screen comes sooner without it. Everyone who plays sound asks for it here.
 */
import type * as Howler from 'howler';

export type HowlerModule = typeof Howler;

let loading: Promise<HowlerModule> | null = null;
let loaded: HowlerModule | null = null;

export function loadHowler(): Promise<HowlerModule> {
  loading ??= import('howler').then((module) => (loaded = module));
  return loading;
}

/** howler if it has arrived, else null (and it is on its way). */
export function howlerNow(): HowlerModule | null {
  if (!loaded) void loadHowler();
  return loaded;
}
