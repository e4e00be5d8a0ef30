/**
 * The kiosk's first screen and the screen a member's first touch opens, exactly as its page hands them in (main's
 * drawing of the attract loop, and of home in the page's awake template), with the page around them and its style
 * rules. The start-up floor shows this same content with a few lines of vanilla JavaScript, so the start-up figures
 * compare the app's work with a plain page's, on the same elements, styles and media.
 */
import { VIEWPORT } from './measures.mjs';
import { takeShell } from './member-screens.mjs';

/** The attract screen (its call marked as leading home) and home from the awake template, as markup. */
function takeFirstScreens(awakeTemplateId) {
  const template = document.getElementById(awakeTemplateId);
  const attract = document.querySelector('[data-screen="attract"]');
  const home = template instanceof HTMLTemplateElement ? template.content.querySelector('[data-screen="home"]') : null;
  if (!attract || !home) throw new Error(`The kiosk's page has no drawn attract screen or no #${awakeTemplateId} with home`);
  const screens = { attract: attract.cloneNode(true), home: home.cloneNode(true) };
  const call = screens.attract.querySelector('.attract__call');
  if (!call) throw new Error('The drawn attract screen has no .attract__call');
  call.dataset.go = 'home';
  for (const screen of Object.values(screens)) {
    // The kiosk's app starts the loops, muted; a plain page asks for the same with markup.
    for (const video of screen.querySelectorAll('video')) video.setAttribute('muted', '');
    for (const video of screen.querySelectorAll('video')) video.setAttribute('autoplay', '');
  }
  return { attract: screens.attract.outerHTML, home: screens.home.outerHTML };
}

/**
 * Opens the kiosk's page at `url` with scripts off (what the page hands in, before any app could change it) and
 * takes its first screens and shell. Resolves with { shell, screens: { attract, home } }.
 */
export async function takeStartScreens(browser, url, { awakeTemplateId = 'kiosk-awake-screen' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const screens = await page.evaluate(takeFirstScreens, awakeTemplateId);
    return { shell: await page.evaluate(takeShell), screens };
  } finally {
    await context.close();
  }
}
