/**
 * Makes the looping exercise demos: assets/video/<id>.webm (VP9, 720×720, 5.0 s, 30 fps, no audio) and
 * assets/video/<id>.jpg (poster = frame 0). A side-view figure is posed by forward kinematics
 * (scripts/media/video/scenes.mjs), drawn on a canvas in headless Chromium (video/canvas.mjs) one frame at
 * a time, and encoded by ffmpeg. The timing (video/motion.mjs) matches the phase markers in
 * content/exercises/<id>.json. Deterministic: the same tools give byte-identical files.
 *
 * Run from the repository root:  node scripts/media/make-exercise-videos.mjs [id …]
 * See scripts/media/README-videos.md for replacing a demo with real footage.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLORS } from './video/body.mjs';
import { drawFrame } from './video/canvas.mjs';
import { round } from './video/kinematics.mjs';
import { FPS, FRAMES, PHASES, SECONDS, frameProgress } from './video/motion.mjs';
import { SCENES } from './video/scenes.mjs';

const SIZE = 720;
const OUT_DIR = join('assets', 'video');
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

/** Warns when content/exercises/<id>.json declares phase markers that differ from the rendered timing. */
function checkContentPhases(id) {
  const file = join('content', 'exercises', `${id}.json`);
  if (!existsSync(file)) return;
  const declared = JSON.parse(readFileSync(file, 'utf8')).video?.phases ?? [];
  const rendered = PHASES.filter((phase) => phase.kind !== 'hold');
  const same = declared.length === rendered.length && rendered.every((phase, i) => declared[i].kind === phase.kind && declared[i].start === phase.start && declared[i].end === phase.end);
  if (!same) console.warn(`  warning: ${file} declares phases ${JSON.stringify(declared.map(({ kind, start, end }) => ({ kind, start, end })))}, the video uses ${JSON.stringify(rendered.map(({ kind, start, end }) => ({ kind, start, end })))}`);
}

async function renderFrames(page, id, work) {
  const scene = SCENES[id];
  for (let i = 0; i < FRAMES; i += 1) {
    const dataUrl = await page.evaluate(drawFrame, { parts: scene.draw(frameProgress(i)), view: scene.view, size: SIZE, colors: COLORS });
    writeFileSync(join(work, `f${String(i).padStart(3, '0')}.png`), Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  }
}

/** Two-pass constrained-quality VP9, BT.709 limited range (tagged, so the #0f172a background matches the page's). */
function encode(work, video) {
  const input = ['-framerate', String(FPS), '-i', join(work, 'f%03d.png'), '-frames:v', String(FRAMES)];
  const common = [
    '-vf', 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p',
    '-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', CRF, '-deadline', 'good', '-row-mt', '1', '-threads', '4',
    '-g', String(FRAMES), '-auto-alt-ref', '1', '-lag-in-frames', '25',
    '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv',
    '-passlogfile', join(work, 'vp9'), '-an',
  ];
  run('ffmpeg', ['-y', '-loglevel', 'error', ...input, ...common, '-cpu-used', '4', '-pass', '1', '-f', 'null', '-']);
  run('ffmpeg', ['-y', '-loglevel', 'error', ...input, ...common, '-cpu-used', '1', '-pass', '2', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact', '-f', 'webm', video]);
}

function makePoster(work, poster) {
  run('ffmpeg', ['-y', '-loglevel', 'error', '-i', join(work, 'f000.png'), '-frames:v', '1', '-q:v', '3', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags', '+bitexact', poster]);
}

/** Codec, duration and frame count from ffprobe, plus how far the last decoded frame is from the first. */
function verify(video) {
  const probe = JSON.parse(run('ffprobe', ['-v', 'error', '-count_packets', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height,nb_read_packets:format=duration', '-of', 'json', video]).toString());
  const stream = probe.streams[0];
  const duration = Number(probe.format.duration);
  const problems = [];
  if (stream.codec_name !== 'vp9') problems.push(`codec is ${stream.codec_name}, not vp9`);
  if (Math.abs(duration - SECONDS) > 0.05) problems.push(`duration is ${duration} s, not ${SECONDS} s`);
  if (Number(stream.nb_read_packets) !== FRAMES) problems.push(`${stream.nb_read_packets} frames, not ${FRAMES}`);
  if (statSync(video).size > MAX_BYTES) problems.push(`${statSync(video).size} bytes is over the ${MAX_BYTES}-byte budget`);

  // Loop seam: mean absolute luma difference between the last and the first frame, next to the biggest
  // step between neighbouring frames while the figure moves. Both ends are p = 0, so the seam should be ~0.
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
  if (seam > 0.5) problems.push(`visible jump at the loop point (mean |Δ| ${seam.toFixed(3)} of 255)`);
  return { codec: stream.codec_name, width: stream.width, height: stream.height, duration, frames: Number(stream.nb_read_packets), seam, biggestStep, problems };
}

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);

const chromiumPath = checkTools();
const ids = chooseIds();
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run npm ci in the repository root first.');
}

mkdirSync(OUT_DIR, { recursive: true });
console.log(`Timing: ${PHASES.map((phase) => `${phase.kind} ${phase.start.toFixed(1)}–${phase.end.toFixed(1)} s`).join(', ')}; ${FRAMES} frames at ${FPS} fps.`);
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
    const [start, end] = [scene.angles(0), scene.angles(1)];
    console.log(`${id}: knee flexion ${round(start.knee)}° → ${round(end.knee)}°, hip flexion ${round(start.hip)}° → ${round(end.hip)}° (negative = extension)`);
    checkContentPhases(id);
    const work = mkdtempSync(join(tmpdir(), `exercise-video-${id}-`));
    try {
      await renderFrames(page, id, work);
      const video = join(OUT_DIR, `${id}.webm`);
      const poster = join(OUT_DIR, `${id}.jpg`);
      encode(work, video);
      makePoster(work, poster);
      const sourceSeamExact = readFileSync(join(work, 'f000.png')).equals(readFileSync(join(work, `f${FRAMES - 1}.png`)));
      const check = verify(video);
      console.log(
        `  wrote ${video}: ${(statSync(video).size / 1024).toFixed(0)} KB, ${check.codec} ${check.width}×${check.height}, ${check.duration.toFixed(3)} s, ${check.frames} frames, sha256 ${sha(video)}\n` +
          `  wrote ${poster}: ${(statSync(poster).size / 1024).toFixed(0)} KB (frame 0), sha256 ${sha(poster)}\n` +
          `  loop seam (frame ${FRAMES - 1} → 0): source frames ${sourceSeamExact ? 'identical' : 'DIFFERENT'}, decoded mean |Δ| ${check.seam.toFixed(3)} (biggest step while moving ${check.biggestStep.toFixed(2)})`,
      );
      if (!sourceSeamExact) check.problems.push('source frames 0 and last differ');
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
