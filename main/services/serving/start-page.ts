/**
 * index.html as the page receives it: with its start state (the getStart answer) and the first screen drawn from it
 * by the first-screen bundle (common/first-screen.ts), so it paints before its script has run. Whatever fails here,
 * the page still gets its index.html: without the drawing, or as built (then it asks for its start itself).
 */
import { createRequire } from 'node:module';
import type { StartState } from '../../../common/channels';
import { AWAKE_SCREEN_ELEMENT_ID, START_STATE_ELEMENT_ID, type FirstScreenRenderer } from '../../../common/first-screen';
import type { Result } from '../../../common/result';

/** The empty root the renderer build writes into index.html; the start goes in its place. */
const ROOT_ELEMENT = '<div id="root"></div>';
/** How a drawing shows it is the attract loop (every screen names itself in `data-screen`). */
const ATTRACT_MARK = 'data-screen="attract"';

/** JSON that cannot close the script element it sits in, nor open a comment, whatever the content's words hold. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * `indexHtml` with the start state and `firstScreen` (markup of #root, or null) in place of its empty root, and
 * `awakeScreen` (#root after a member's first touch, or null) in an inert template beside it; unchanged without a root.
 */
export function embedStart(indexHtml: string, start: Result<StartState>, firstScreen: string | null, awakeScreen: string | null = null): string {
  if (!indexHtml.includes(ROOT_ELEMENT)) return indexHtml;
  const awake = awakeScreen === null ? '' : `<template id="${AWAKE_SCREEN_ELEMENT_ID}">${awakeScreen}</template>`;
  const page = `<script type="application/json" id="${START_STATE_ELEMENT_ID}">${scriptSafeJson(start)}</script><div id="root">${firstScreen ?? ''}</div>${awake}`;
  // A function, so no `$&` in the content's words is read as a replacement pattern.
  const html = indexHtml.replace(ROOT_ELEMENT, () => page);
  const language = start.ok ? start.value.settings.defaultLanguage : null;
  // The language the first screen speaks, before the script sets it (screen readers and hyphenation read it).
  return language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) ? html.replace(/<html lang="[^"]*">/, `<html lang="${language}">`) : html;
}

/** The first-screen bundle at `modulePath`, or null (and why, logged) when it is missing or not one. */
export function loadFirstScreenRenderer(modulePath: string, log: (message: string) => void): FirstScreenRenderer | null {
  try {
    const loaded = createRequire(modulePath)(modulePath) as Partial<FirstScreenRenderer> | null;
    if (typeof loaded?.renderFirstScreen === 'function') return { renderFirstScreen: loaded.renderFirstScreen };
    log(`first screen: ${modulePath} has no renderFirstScreen; pages start without it`);
  } catch (error) {
    log(`first screen: cannot load ${modulePath} (${(error as Error).message.split('\n')[0]}); pages start without it`);
  }
  return null;
}

export interface StartPageOptions {
  /** The start state, as the getStart channel answers it. */
  start(): Promise<Result<StartState>>;
  /** The first-screen bundle's file; absent: the page gets its start state only. */
  firstScreenModule?: string;
  log(message: string): void;
}

/** The minute it is now: the first screen shows the minute on its sleep clock and may open or close on one. */
const currentMinute = (): number => Math.floor(Date.now() / 60_000);

/**
 * index.html with its start, for each page load: the start is asked for every time (settings and content may have
 * changed since the last), and the page is drawn again only when it, the built file or the minute has. Drawing took
 * about 10 ms of the server's time per load, while the browser that asked was starting on the same cores.
 */
export function createStartPage(options: StartPageOptions): (indexHtml: string) => Promise<string> {
  let renderer: FirstScreenRenderer | null | undefined;
  let last: { indexHtml: string; startJson: string; minute: number; page: string } | null = null;
  return async (indexHtml) => {
    const start = await options.start();
    const startJson = JSON.stringify(start);
    const minute = currentMinute();
    if (last && last.minute === minute && last.startJson === startJson && last.indexHtml === indexHtml) return last.page;
    // Loaded on the first page, not at start-up: a kiosk that never shows a page does not pay for React on Node.
    if (renderer === undefined) renderer = options.firstScreenModule ? loadFirstScreenRenderer(options.firstScreenModule, options.log) : null;
    let drawingFailed = false;
    const draw = (awake: boolean): string | null => {
      try {
        return renderer?.renderFirstScreen(start, awake) ?? null;
      } catch (error) {
        drawingFailed = true;
        options.log(`first screen: drawing ${awake ? 'the screen after the first touch ' : ''}failed (${(error as Error).message}); the page draws it itself`);
        return null;
      }
    };
    const firstScreen = draw(false);
    // Only the attract loop has a touch to answer before the app starts: the screen that touch leads to, drawn too.
    const awakeScreen = firstScreen?.includes(ATTRACT_MARK) ? draw(true) : null;
    const page = embedStart(indexHtml, start, firstScreen, awakeScreen);
    // A drawing that failed is tried again on the next load (and logged again), not kept.
    last = drawingFailed ? null : { indexHtml, startJson, minute, page };
    return page;
  };
}
