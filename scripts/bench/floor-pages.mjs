/**
 * The two plain pages the kiosk is measured against (the floor): made from the same content and media, with
 * nothing but HTML, one style sheet and (for taps) a few lines of vanilla JavaScript. What a browser needs to show
 * the same thing, and no more.
 *
 * - startup.html: the attract content (station name, the exercise's looping video with its poster, "Touch to start");
 *   a tap shows the station's home, as the kiosk does.
 * - interaction.html: the three member screens (home, muscle card, exercise), swapped by a tap on a link.
 *
 * Both mark their screens with `data-screen` and use the kiosk's class names for what a tap aims at, so one
 * measuring script drives the kiosk and its floor alike.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const escape = (text) => String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
const list = (items, ordered = false) => `<${ordered ? 'ol' : 'ul'}>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;

async function readJson(dir, file) {
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}

/** The words and media of one station in one language, straight from the content folder. */
async function stationFacts(contentDir, stationId, language) {
  const station = await readJson(contentDir, `stations/${stationId}.json`);
  const exerciseId = station.exercises[0];
  const exercise = await readJson(contentDir, `exercises/${exerciseId}.json`);
  const text = async (namespace) => readJson(contentDir, `locales/${language}/${namespace}.json`);
  const [stations, muscles, exercises, ui] = await Promise.all([text('stations'), text('muscles'), text('exercises'), text('ui')]);
  const muscleId = station.targetMuscles[0];
  return {
    stationName: stations[stationId].name,
    touchToStart: ui.attract.touchToStart,
    home: ui.nav.home,
    video: exercise.video,
    exercise: { id: exerciseId, ...exercises[exerciseId] },
    muscles: station.targetMuscles.map((id) => ({ id, name: muscles[id].name })),
    muscle: { id: muscleId, ...muscles[muscleId] },
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

function muscleMarkup(facts) {
  const { muscle } = facts;
  return `<main data-screen="muscle"><button class="nav-button" data-go="home">${escape(facts.home)}</button><h1>${escape(muscle.name)}</h1>
    <p>${escape(muscle.group)}</p><p>${escape(muscle.origin)}</p><p>${escape(muscle.insertion)}</p><p>${escape(muscle.innervation)}</p>
    ${list(muscle.functions)}${list(muscle.notes)}
    <button class="link-button" data-go="exercise">${escape(facts.exercise.name)}</button></main>`;
}

function exerciseMarkup(facts, videoSrc, posterSrc) {
  const { exercise } = facts;
  return `<main data-screen="exercise"><button class="nav-button" data-go="home">${escape(facts.home)}</button><h1>${escape(exercise.name)}</h1>
    <video src="${videoSrc}" poster="${posterSrc}" autoplay muted loop playsinline></video>
    ${list(exercise.breathing)}${list(exercise.courseOfMotion, true)}${list(exercise.tips)}${list(exercise.variations)}</main>`;
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

/** Both floor pages as HTML text, for the station's first exercise; media come from `mediaPrefix`. */
export async function makeFloorPages({ contentDir, stationId = 'seated-leg-curl', language = 'en', mediaPrefix = './media/' }) {
  const facts = await stationFacts(contentDir, stationId, language);
  const videoSrc = `${mediaPrefix}${facts.video.file}`;
  const posterSrc = `${mediaPrefix}${facts.video.poster}`;
  const screens = { home: homeMarkup(facts, videoSrc, posterSrc), muscle: muscleMarkup(facts), exercise: exerciseMarkup(facts, videoSrc, posterSrc) };
  const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
  const attract = `<main data-screen="attract"><h1>${escape(facts.stationName)}</h1>
    <video src="${videoSrc}" poster="${posterSrc}" autoplay muted loop playsinline preload="auto"></video>
    <button class="attract__call" data-go="home">${escape(facts.touchToStart)}</button></main>`;
  return {
    'startup.html': page(facts.stationName, `<div id="stage">${attract}</div><script type="application/json" id="screens">${json(screens)}</script>`, SWAP_SCRIPT),
    'interaction.html': page(facts.stationName, `<div id="stage">${screens.home}</div><script type="application/json" id="screens">${json(screens)}</script>`, SWAP_SCRIPT),
  };
}
