/**
 * The page's start, handed in with index.html: main writes the start state (settings and the first screen's content,
 * the same answer as the getStart channel) into the page as JSON, and the first screen drawn from it into #root, so
 * the page paints before its script has run and the script hydrates that screen instead of asking again.
 */
import type { StartState } from './channels';
import type { Result } from './result';

/** The id of the `<script type="application/json">` that holds the start state. */
export const START_STATE_ELEMENT_ID = 'kiosk-start';

/**
 * The id of the `<template>` that holds the first screen as a member's touch leaves it (the station's home), drawn
 * beside the attract loop so the page's early script can show it before the app has started (public/early-taps.js).
 */
export const AWAKE_SCREEN_ELEMENT_ID = 'kiosk-awake-screen';

/** What the first-screen bundle (a renderer build for Node) exports; plain data in, HTML out, so neither side imports the other. */
export interface FirstScreenRenderer {
  /** The markup of #root as the page's first render draws it from `start`; `awake`: as it is right after a member's first touch. */
  renderFirstScreen(start: Result<StartState>, awake?: boolean): string;
}
