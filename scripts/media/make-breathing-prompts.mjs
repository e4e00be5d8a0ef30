/**
 * Makes the breathing-prompt sprites, one per language: assets/audio/<lng>/prompts.{webm,mp3,json}.
 * Voice from espeak-ng (or an operator's recording in scripts/media/voice/<lng>/<cue>.wav), two soft
 * tones from sox, joined with silence and encoded by ffmpeg. Run: node scripts/media/make-breathing-prompts.mjs [lng …]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a trainer says, per language, and the espeak-ng voice that says it. */
const WORDS = {
  en: { voice: 'en-gb', exhale: 'Breathe out', inhale: 'Breathe in' },
  de: { voice: 'de', exhale: 'Ausatmen', inhale: 'Einatmen' },
  fr: { voice: 'fr', exhale: 'Expirez', inhale: 'Inspirez' },
  es: { voice: 'es', exhale: 'Exhala', inhale: 'Inhala' },
  it: { voice: 'it', exhale: 'Espira', inhale: 'Inspira' },
  nl: { voice: 'nl', exhale: 'Adem uit', inhale: 'Adem in' },
};
const CUES = ['exhale', 'inhale', 'tone-exhale', 'tone-inhale'];
const RATE = 48_000;
const GAP_SECONDS = 0.3;
const MAX_CUE_SECONDS = 1.2;

function run(command, args) {
  return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}

for (const tool of ['espeak-ng', 'sox', 'ffmpeg', 'ffprobe']) {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    console.error(`${tool} is missing: apt-get install -y espeak-ng sox ffmpeg`);
    process.exit(1);
  }
}

/** Trims silence at both ends (the fade-out is applied while reversed), caps the length, peaks at -3 dBFS, mono 48 kHz. */
function normalise(input, output) {
  run('sox', [input, '-r', String(RATE), '-c', '1', '-b', '16', output, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'fade', 't', '0.04', 'reverse', 'trim', '0', String(MAX_CUE_SECONDS), 'gain', '-n', '-3', 'fade', 't', '0.01']);
}

function spokenCue(work, lng, cue) {
  const recorded = ['wav', 'flac', 'mp3'].map((ext) => join('scripts', 'media', 'voice', lng, `${cue}.${ext}`)).find(existsSync);
  const raw = join(work, `${cue}-raw.wav`);
  if (recorded) run('sox', [recorded, raw]);
  else run('espeak-ng', ['-v', WORDS[lng].voice, '-s', '140', '-w', raw, WORDS[lng][cue]]);
  const clean = join(work, `${cue}.wav`);
  normalise(raw, clean);
  return clean;
}

/** A soft two-note chime, falling for exhale and rising for inhale. */
function toneCue(work, cue) {
  const [first, second] = cue === 'tone-exhale' ? [659.25, 523.25] : [523.25, 659.25];
  const out = join(work, `${cue}.wav`);
  run('sox', ['-n', '-r', String(RATE), '-c', '1', '-b', '16', out, 'synth', '0.2', 'sine', String(first), 'synth', '0.2', 'sine', String(second), ':', 'fade', 'q', '0.02', '0.2', '0.08', 'gain', '-n', '-9']);
  // Two separate notes joined: sox's ':' above starts a new effects chain for the second note.
  return out;
}

function seconds(file) {
  return Number(run('soxi', ['-D', file]).trim());
}

const languages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(WORDS);
for (const lng of languages) {
  if (!WORDS[lng]) {
    console.error(`No words for language "${lng}"; add them to WORDS in this script.`);
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), `prompts-${lng}-`));
  try {
    const files = CUES.map((cue) => (cue.startsWith('tone-') ? toneCue(work, cue) : spokenCue(work, lng, cue)));
    const gap = join(work, 'gap.wav');
    run('sox', ['-n', '-r', String(RATE), '-c', '1', '-b', '16', gap, 'trim', '0', String(GAP_SECONDS)]);
    const sprite = {};
    let cursor = 0;
    const parts = [];
    CUES.forEach((cue, index) => {
      const length = seconds(files[index]);
      sprite[cue] = [Math.round(cursor * 1000), Math.round(length * 1000)];
      parts.push(files[index], gap);
      cursor += length + GAP_SECONDS;
    });
    const joined = join(work, 'joined.wav');
    run('sox', [...parts, joined]);
    const outDir = join('assets', 'audio', lng);
    mkdirSync(outDir, { recursive: true });
    const bitexact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libopus', '-b:a', '48k', ...bitexact, join(outDir, 'prompts.webm')]);
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '0', ...bitexact, join(outDir, 'prompts.mp3')]);
    const durationMs = Math.round(seconds(joined) * 1000);
    writeFileSync(join(outDir, 'prompts.json'), `${JSON.stringify({ src: ['prompts.webm', 'prompts.mp3'], sprite, durationMs }, null, 2)}\n`);
    console.log(`${lng}: ${Object.entries(sprite).map(([cue, [start, length]]) => `${cue} ${start}+${length} ms`).join(', ')} → ${outDir}/prompts.{webm,mp3,json}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
