/**
 * Makes the looping exercise demos: assets/video/<id>.webm (VP9, 720×720, 30 fps, no audio) and
 * assets/video/<id>.jpg (poster = frame 0). A side-view figure is posed by forward kinematics
 * (scripts/media/video/scenes.mjs), drawn on a canvas in headless Chromium (video/canvas.mjs) one frame at
 * a time, and encoded by ffmpeg. Deterministic: the same tools give byte-identical files.
 *
 * The timing is not written here: each loop is as long as content/exercises/<id>.json's video.durationSeconds,
 * and its movement turns exactly at the starts and ends of that file's video.phases (video/motion.mjs), which
 * also drive the breathing cues. The phase list goes into the WebM as the Matroska tag KIOSK_PHASES, so the
 * content check can tell when an exercise's phases changed and its video was not made again.
 *
 * Run from the repository root:  node scripts/media/make-exercise-videos.mjs [id …]
 * See README.md ("Content authoring") for replacing a demo with real footage.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLORS } from './video/body.mjs';
import { drawFrame } from './video/canvas.mjs';
import { round } from './video/kinematics.mjs';
import { FPS, phasesTag, timeline } from './video/motion.mjs';
import { SCENES } from './video/scenes.mjs';

const SIZE = 720;
const OUT_DIR = join('assets', 'video');
const EXERCISES_DIR = join('content', 'exercises');
/** The Matroska tag that carries the phase list (JSON); main/services/content/content-references.ts reads it. */
const PHASES_TAG = 'KIOSK_PHASES';
const MAX_BYTES = 1.5 * 1024 * 1024;
const CRF = '34';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'];

function fail(message) {
  console.error(`make-exercise-videos: ${message}`);
  process.exit(1);
}

/** Runs a tool and returns stdout as a Buffer; throws with its stderr when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { maxBuffer: 512 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.toString()}`);
  return result.stdout;
}

function checkTools() {
  for (const tool of ['ffmpeg', 'ffprobe']) {
    const probe = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) fail(`${tool} is missing. Install it (Debian: apt-get install -y ffmpeg) and run again.`);
  }
  if (!run('ffmpeg', ['-hide_banner', '-encoders']).toString().includes('libvpx-vp9')) fail('this ffmpeg has no libvpx-vp9 encoder; install a build with libvpx (Debian\'s ffmpeg has it).');
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) fail(`Chromium not found at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.`);
  return chromiumPath;
}

function chooseIds() {
  const all = Object.keys(SCENES);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((id) => !all.includes(id));
  if (unknown.length > 0) fail(`unknown exercise id(s): ${unknown.join(', ')}. Known: ${all.join(', ')}.`);
  return asked.length > 0 ? asked : all;
}

/** The exercise's video record from content/exercises/<id>.json and the loop it gives; fails with the reason. */
function loadTiming(id) {
  const file = join(EXERCISES_DIR, `${id}.json`);
  if (!existsSync(file)) fail(`${file} is missing: the video's length and phases come from it.`);
  let video;
  try {
    video = JSON.parse(readFileSync(file, 'utf8')).video;
  } catch (error) {
    fail(`${file} is not valid JSON: ${error.message}`);
  }
  if (!video) fail(`${file} has no video record to take the length and phases from.`);
  try {
    return { video, loop: timeline(video, `${file} › video`) };
  } catch (error) {
    return fail(error.message);
  }
}

/** Each figure at the start (p = 0), at the end of the working movement (p = 1) and its range over the loop's frames. */
function describeFigures(scene, loop) {
  const atFrames = Array.from({ length: loop.frames }, (_, i) => scene.figures(loop.frameProgress(i)));
  return scene.figures(0).map((start, k) => {
    const values = atFrames.map((figures) => figures[k].value);
    const end = scene.figures(1)[k];
    const [low, high] = [Math.min(...values), Math.max(...values)];
    const range = round(high - low) === 0 ? 'constant' : `${round(low)}…${round(high)}`;
    return `${start.name} ${round(start.value)} → ${round(end.value)} ${start.unit} (over the loop: ${range})`;
  });
}

const framePath = (work, i) => join(work, `f${String(i).padStart(4, '0')}.png`);

async function renderFrames(page, id, loop, work) {
  const scene = SCENES[id];
  for (let i = 0; i < loop.frames; i += 1) {
    const dataUrl = await page.evaluate(drawFrame, { parts: scene.draw(loop.frameProgress(i)), view: scene.view, size: SIZE, colors: COLORS });
    writeFileSync(framePath(work, i), Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  }
}

/**
 * Two-pass constrained-quality VP9, BT.709 limited range (tagged, so the #0f172a background matches the page's).
 * The phase list rides along as a global Matroska tag.
 */
function encode(work, loop, tag, video) {
  const input = ['-framerate', String(FPS), '-i', join(work, 'f%04d.png'), '-frames:v', String(loop.frames)];
  const common = [
    '-vf', 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p',
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', CRF, '-deadline', 'good', '-row-mt', '1', '-threads', '4',
    '-g', String(loop.frames), '-auto-alt-ref', '1', '-lag-in-frames', '25',
    '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv',
    '-passlogfile', join(work, 'vp9'), '-an',
  ];
  run('ffmpeg', ['-y', '-loglevel', 'error', ...input, ...common, '-cpu-used', '4', '-pass', '1', '-f', 'null', '-']);
  run('ffmpeg', ['-y', '-loglevel', 'error', ...input, ...common, '-cpu-used', '1', '-pass', '2', '-map_metadata', '-1', '-metadata', `${PHASES_TAG}=${tag}`, '-fflags', '+bitexact', '-flags', '+bitexact', '-f', 'webm', video]);
}

function makePoster(work, poster) {
  run('ffmpeg', ['-y', '-loglevel', 'error', '-i', framePath(work, 0), '-frames:v', '1', '-q:v', '3', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact', poster]);
}

/**
 * Codec, duration, frame count and phase tag from ffprobe, plus how far the last decoded frame is from the
 * first. `seamHolds` says the last frame shows the same pose as the first (the loop ends in a hold).
 */
function verify(video, loop, tag, seamHolds) {
  const probe = JSON.parse(run('ffprobe', ['-v', 'error', '-count_packets', '-select_streams', 'v:0', '-show_entries', `stream=codec_name,width,height,nb_read_packets:format=duration:format_tags=${PHASES_TAG}`, '-of', 'json', video]).toString());
  const stream = probe.streams[0];
  const duration = Number(probe.format.duration);
  const problems = [];
  if (stream.codec_name !== 'vp9') problems.push(`codec is ${stream.codec_name}, not vp9`);
  if (Math.abs(duration - loop.seconds) > 0.05) problems.push(`duration is ${duration} s, not ${loop.seconds} s`);
  if (Number(stream.nb_read_packets) !== loop.frames) problems.push(`${stream.nb_read_packets} frames, not ${loop.frames}`);
  if (statSync(video).size > MAX_BYTES) problems.push(`${statSync(video).size} bytes is over the ${MAX_BYTES}-byte budget`);
  if (probe.format.tags?.[PHASES_TAG] !== tag) problems.push(`tag ${PHASES_TAG} reads ${JSON.stringify(probe.format.tags?.[PHASES_TAG])}, not ${tag}`);

  // Loop seam: mean absolute luma difference between the last and the first frame, next to the biggest
  // step between neighbouring frames while the figure moves. A loop that ends in a hold should show ~0 there;
  // one that moves through the seam, no more than a step anywhere else.
  const pixels = SIZE * SIZE;
  const luma = run('ffmpeg', ['-loglevel', 'error', '-i', video, '-f', 'rawvideo', '-pix_fmt', 'gray', '-']);
  const frames = luma.length / pixels;
  const diff = (a, b) => {
    let sum = 0;
    for (let k = 0; k < pixels; k += 1) sum += Math.abs(luma[a * pixels + k] - luma[b * pixels + k]);
    return sum / pixels;
  };
  const seam = diff(frames - 1, 0);
  let biggestStep = 0;
  for (let i = 1; i < frames; i += 1) biggestStep = Math.max(biggestStep, diff(i - 1, i));
  if (seam > (seamHolds ? 0.5 : Math.max(0.5, biggestStep * 1.1))) problems.push(`visible jump at the loop point (mean |Δ| ${seam.toFixed(3)} of 255)`);
  return { codec: stream.codec_name, width: stream.width, height: stream.height, duration, frames: Number(stream.nb_read_packets), seam, biggestStep, problems };
}

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);

const chromiumPath = checkTools();
const ids = chooseIds();
const timings = new Map(ids.map((id) => [id, loadTiming(id)]));
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run npm ci in the repository root first.');
}

mkdirSync(OUT_DIR, { recursive: true });
let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
} catch (error) {
  fail(`Chromium at ${chromiumPath} did not start: ${error.message.split('\n')[0]}`);
}
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0;background:${COLORS.background}"><canvas id="stage" width="${SIZE}" height="${SIZE}"></canvas></body>`);
  for (const id of ids) {
    const scene = SCENES[id];
    const { video: record, loop } = timings.get(id);
    const tag = phasesTag(record.phases);
    console.log(`${id}: ${loop.seconds} s, ${loop.frames} frames at ${FPS} fps; ${loop.segments.map((segment) => `${segment.kind} ${segment.start}–${segment.end} s`).join(', ')} (from ${join(EXERCISES_DIR, `${id}.json`)})`);
    for (const warning of loop.warnings) console.warn(`  warning: ${warning}`);
    for (const line of describeFigures(scene, loop)) console.log(`  ${line}`);
    const work = mkdtempSync(join(tmpdir(), `exercise-video-${id}-`));
    try {
      await renderFrames(page, id, loop, work);
      const video = join(OUT_DIR, `${id}.webm`);
      const poster = join(OUT_DIR, `${id}.jpg`);
      encode(work, loop, tag, video);
      makePoster(work, poster);
      const last = loop.frames - 1;
      const seamHolds = loop.frameProgress(last) === loop.frameProgress(0);
      const sourceSeamExact = readFileSync(framePath(work, 0)).equals(readFileSync(framePath(work, last)));
      const check = verify(video, loop, tag, seamHolds);
      console.log(
        `  wrote ${video}: ${(statSync(video).size / 1024).toFixed(0)} KB, ${check.codec} ${check.width}×${check.height}, ${check.duration.toFixed(3)} s, ${check.frames} frames, ${PHASES_TAG} ${tag}, sha256 ${sha(video)}\n` +
          `  wrote ${poster}: ${(statSync(poster).size / 1024).toFixed(0)} KB (frame 0), sha256 ${sha(poster)}\n` +
          `  loop seam (frame ${last} → 0): ${seamHolds ? `source frames ${sourceSeamExact ? 'identical' : 'DIFFERENT'}, ` : 'moving through the seam, '}decoded mean |Δ| ${check.seam.toFixed(3)} (biggest step while moving ${check.biggestStep.toFixed(2)})`,
      );
      if (seamHolds && !sourceSeamExact) check.problems.push('source frames 0 and last differ');
      for (const problem of check.problems) console.error(`  ERROR ${id}: ${problem}`);
      if (check.problems.length > 0) failed = true;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
if (failed) fail('some videos did not pass their checks (see above).');
