/**
 * The plain pages the kiosk is measured against (the floor): nothing but HTML, style and a few lines of vanilla
 * JavaScript that swap a screen's markup on a tap. What a browser needs to show the same thing, and no more.
 *
 * - startup.html: the kiosk's own first screen (main's drawing of the attract loop: station name, the looping video
 *   with its poster, the muscle map's place, "Touch to start") and the home a touch opens, with the page's style
 *   rules, as its page hands them in (taken by start-screens.mjs).
 * - interaction.html: the kiosk's own three member screens (home, muscle card, exercise) as its build draws them,
 *   with its style rules (taken by member-screens.mjs), swapped by a tap: the same markup, without the app.
 * - startup-minimal.html (for information, no target): the least a page can show for the attract loop, made from the
 *   content folder (station name, video, call; a home of name, video and muscle buttons) with a style of its own.
 *   It tells what the kiosk's fuller screens and style cost a cold start, apart from what its app costs.
 *
 * All mark their screens with `data-screen`, and a tap aims at the kiosk's class names, so one measuring script
 * drives the kiosk and its floor alike.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const escape = (text) => String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

async function readJson(dir, file) {
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}

/** The words and media of one station in one language, straight from the content folder. */
async function stationFacts(contentDir, stationId, language) {
  const station = await readJson(contentDir, `stations/${stationId}.json`);
  const exercise = await readJson(contentDir, `exercises/${station.exercises[0]}.json`);
  const text = async (namespace) => readJson(contentDir, `locales/${language}/${namespace}.json`);
  const [stations, muscles, ui] = await Promise.all([text('stations'), text('muscles'), text('ui')]);
  return {
    stationName: stations[stationId].name,
    touchToStart: ui.attract.touchToStart,
    video: exercise.video,
    muscles: station.targetMuscles.map((id) => ({ id, name: muscles[id].name })),
  };
}

const STYLE = `
  html, body { margin: 0; background: #0b1220; color: #f1f5f9; font: 26px/1.45 'Noto Sans', 'DejaVu Sans', sans-serif; }
  main { padding: 48px; display: grid; gap: 28px; }
  h1 { font-size: 64px; margin: 0; } h2 { font-size: 34px; color: #fb923c; margin: 0; }
  /* No background: a video with both a background and rounded corners drops a frame at about 1 loop wrap in 8 here. */
  video { width: 100%; aspect-ratio: 1; border-radius: 20px; }
  button { font: inherit; color: inherit; min-height: 80px; border: 0; border-radius: 20px; background: #1b2742; padding: 0 32px; text-align: left; }
  .attract__call { background: #fb923c; color: #1a0d02; font-size: 56px; font-weight: 800; }
  [hidden] { display: none; }
`;

/** The home screen's markup: station name, the video, the muscles as buttons. */
function homeMarkup(facts, videoSrc, posterSrc) {
  return `<main data-screen="home"><h1>${escape(facts.stationName)}</h1>
    <video src="${videoSrc}" poster="${posterSrc}" autoplay muted loop playsinline></video>
    <h2>Muscles</h2>${facts.muscles.map((muscle) => `<button class="link-button" data-go="muscle">${escape(muscle.name)}</button>`).join('')}</main>`;
}

/** Vanilla JS: a tap on anything with data-go swaps the screen's markup, as little as a page can do. */
const SWAP_SCRIPT = `
  const screens = JSON.parse(document.getElementById('screens').textContent);
  const stage = document.getElementById('stage');
  stage.addEventListener('click', (event) => {
    const target = event.target.closest('[data-go]');
    if (target) stage.innerHTML = screens[target.dataset.go];
  });`;

function page(title, body, script = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body>${body}${script ? `<script type="module">${script}</script>` : ''}</body></html>`;
}

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The minimal start-up page as HTML text, for the station's first exercise; media come from `mediaPrefix`. */
export async function makeMinimalStartupPage({ contentDir, stationId = 'seated-leg-curl', language = 'en', mediaPrefix = './media/' }) {
  const facts = await stationFacts(contentDir, stationId, language);
  const videoSrc = `${mediaPrefix}${facts.video.file}`;
  const posterSrc = `${mediaPrefix}${facts.video.poster}`;
  const screens = { home: homeMarkup(facts, videoSrc, posterSrc) };
  const attract = `<main data-screen="attract"><h1>${escape(facts.stationName)}</h1>
    <video src="${videoSrc}" poster="${posterSrc}" autoplay muted loop playsinline preload="auto"></video>
    <button class="attract__call" data-go="home">${escape(facts.touchToStart)}</button></main>`;
  return page(facts.stationName, `<div id="stage">${attract}</div><script type="application/json" id="screens">${json(screens)}</script>`, SWAP_SCRIPT);
}

/**
 * Vanilla JS for the kiosk's markup: a tap on anything with data-go puts its screen back at the top, as the kiosk
 * does, and swaps the screen's markup in place.
 */
const SWAP_SCREEN_SCRIPT = `
  const screens = JSON.parse(document.getElementById('screens').textContent);
  document.addEventListener('click', (event) => {
    const target = event.target.closest('[data-go]');
    if (!target) return;
    const screen = document.querySelector('[data-screen]');
    screen.parentElement.scrollTo(0, 0);
    screen.outerHTML = screens[target.dataset.go];
  });`;

/** A page of the kiosk's taken markup: `first` in its shell, and the screens a tap leads to for the swap. */
function screensFloorPage({ shell, screens, title, first }) {
  const attributes = shell.htmlAttributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  // The style rules go in as text: only "</style" could end the element early, and no rule of the kiosk's has it.
  if (/<\/style/i.test(shell.css)) throw new Error('The kiosk\'s style rules contain "</style"');
  if (!screens[first]) throw new Error(`No ${first} screen was taken`);
  const body = shell.root.replace('<!--screen-->', () => screens[first]);
  // Only the screens a tap can open: a plain page carries nothing it cannot show.
  const reachable = new Set(Object.values(screens).flatMap((markup) => [...markup.matchAll(/data-go="([\w-]+)"/g)].map((match) => match[1])));
  const swapped = Object.fromEntries(Object.entries(screens).filter(([name]) => reachable.has(name)));
  return `<!doctype html><html${attributes}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><link rel="icon" href="data:,"><style>${shell.css}</style></head>
<body>${body}<script type="application/json" id="screens">${json(swapped)}</script><script type="module">${SWAP_SCREEN_SCRIPT}</script></body></html>`;
}

/** The start-up floor as HTML text: the kiosk's attract screen and page as `takeStartScreens` took them; a tap opens home. */
export function makeStartupFloorPage({ shell, screens, title }) {
  return screensFloorPage({ shell, screens, title, first: 'attract' });
}

/** The interaction floor as HTML text: the kiosk's member screens and page as `takeMemberScreens` took them. */
export function makeInteractionFloorPage({ shell, screens, title }) {
  return screensFloorPage({ shell, screens, title, first: 'home' });
}
