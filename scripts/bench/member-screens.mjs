/**
 * The kiosk's three member screens exactly as its production build draws them: each screen's markup, the page around
 * it (the frame, the staff corner, the attributes on <html>) and every style rule the page applies, the on-demand
 * screens' included. The interaction floor swaps this same markup with a few lines of vanilla JavaScript, so the
 * tap figures compare the app's work with a plain page's, on the same elements, styles and media.
 */
import { ROUND, VIEWPORT } from './measures.mjs';

/** What the browser is handed for one screen: its element with each round target marked by where it leads. */
function takeScreen({ target, to }) {
  const screen = document.querySelector('[data-screen]');
  const copy = screen.cloneNode(true);
  const next = copy.querySelector(target);
  if (!next) throw new Error(`The ${screen.dataset.screen} screen has no ${target} for the member round`);
  next.dataset.go = to;
  // React sets these as properties, which markup does not keep; the kiosk's videos play muted from the start.
  for (const video of copy.querySelectorAll('video')) video.setAttribute('muted', '');
  return copy.outerHTML;
}

/**
 * The page around the screen (the screen's place marked by a comment), the <html> attributes and the style rules.
 * Runs in the page; a page that has not started its app still holds the awake template, which is no part of it.
 */
export function takeShell() {
  const root = document.getElementById('root').cloneNode(true);
  root.querySelector('[data-screen]').replaceWith(document.createComment('screen'));
  for (const template of root.querySelectorAll('template')) template.remove();
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  return {
    root: root.outerHTML,
    htmlAttributes: [...document.documentElement.attributes].map(({ name, value }) => [name, value]),
    css: rules.join('\n'),
  };
}

/**
 * Opens the kiosk at `url`, brings it to home with `reach(page)`, and takes each screen of the member round as it is
 * shown. Resolves with { shell, screens: { home, muscle, exercise } }.
 */
export async function takeMemberScreens(browser, url, { reach }) {
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await reach(page);
    const screens = {};
    for (const step of ROUND) {
      await page.locator(`[data-screen="${step.from}"]`).waitFor();
      // The on-demand screens' style sheets are in once each has been shown; the last screen's shell has them all.
      screens[step.from] = await page.evaluate(takeScreen, { target: step.target, to: step.to });
      await page.locator(`[data-screen="${step.from}"] ${step.target}`).first().tap();
    }
    await page.locator(`[data-screen="${ROUND[0].from}"]`).waitFor();
    return { shell: await page.evaluate(takeShell), screens };
  } finally {
    await context.close();
  }
}
