/**
 * Makes the breathing-prompt sprites, one per language: assets/audio/<lng>/prompts.{webm,mp3,json}.
 * Voice from espeak-ng (or an operator's recording in scripts/media/voice/<lng>/<cue>.wav), two soft
 * two-note chimes from sox, every cue brought to the same loudness, joined with silence and encoded by ffmpeg.
 * Run: node scripts/media/make-breathing-prompts.mjs [lng …]
 */
import { loudness, peak, requireAudioTools, run, seconds, sox } from './audio-tools.mjs';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

requireAudioTools();

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
/**
 * Every cue, spoken or tone, in every language, is brought to this integrated loudness (EBU R128), so a member
 * hears the same level whichever cue style and language the kiosk plays. `npm run content:check` measures it the
 * same way (main/services/content/cue-loudness.ts) and allows 3 dB between cues.
 */
const TARGET_LUFS = -19;
/** A cue is never raised above this sample peak, whatever its loudness would ask for. */
const PEAK_CEILING_DBFS = -1;

/**
 * The chimes: two notes each, C5 and G5, with their own fades, joined by a short breath of silence. Inhale rises
 * and is quick (two short notes, like drawing breath in); exhale falls and lets its second, long note ring out
 * (like a long breath out), so the two differ in direction, rhythm and length, not in pitch alone.
 */
const C5 = 523.25;
const G5 = 783.99;
const TONES = {
  'tone-inhale': [
    { hz: C5, seconds: 0.14, fadeIn: 0.01, fadeOut: 0.05 },
    { hz: G5, seconds: 0.26, fadeIn: 0.01, fadeOut: 0.16 },
  ],
  'tone-exhale': [
    { hz: G5, seconds: 0.14, fadeIn: 0.01, fadeOut: 0.05 },
    { hz: C5, seconds: 0.6, fadeIn: 0.01, fadeOut: 0.45 },
  ],
};
const NOTE_GAP_SECONDS = 0.03;





/** Brings a cue to TARGET_LUFS (never above PEAK_CEILING_DBFS) and returns the cleaned file. */
function toTargetLoudness(input, output) {
  const gain = Math.min(TARGET_LUFS - loudness(input), PEAK_CEILING_DBFS - peak(input));
  sox([input, output, 'gain', gain.toFixed(2)]);
  return output;
}

/** Trims silence at both ends (the fade-out is applied while reversed), caps the length, peaks at -3 dBFS, mono 48 kHz. */
function normalise(input, output) {
  sox([input, '-r', String(RATE), '-c', '1', '-b', '16', output, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'fade', 't', '0.04', 'reverse', 'trim', '0', String(MAX_CUE_SECONDS), 'gain', '-n', '-3', 'fade', 't', '0.01']);
}

function spokenCue(work, lng, cue) {
  const recorded = ['wav', 'flac', 'mp3'].map((ext) => join('scripts', 'media', 'voice', lng, `${cue}.${ext}`)).find(existsSync);
  const raw = join(work, `${cue}-raw.wav`);
  if (recorded) sox([recorded, raw]);
  else run('espeak-ng', ['-v', WORDS[lng].voice, '-s', '140', '-w', raw, WORDS[lng][cue]]);
  const clean = join(work, `${cue}-clean.wav`);
  normalise(raw, clean);
  return toTargetLoudness(clean, join(work, `${cue}.wav`));
}

/** A soft two-note chime (TONES): each note a sine with its own fade in and out, the notes joined, then levelled. */
function toneCue(work, cue) {
  const notes = TONES[cue].map((note, index) => {
    const file = join(work, `${cue}-note${index}.wav`);
    // Half-sine (S-shaped) fades: a soft start and a ring-out that ends without a click. Made at -6 dBFS so no
    // sample clips before the chime is levelled.
    sox(['-n', '-r', String(RATE), '-c', '1', '-b', '16', file, 'synth', String(note.seconds), 'sine', String(note.hz), 'gain', '-6', 'fade', 'h', String(note.fadeIn), String(note.seconds), String(note.fadeOut)]);
    return file;
  });
  const gap = join(work, `${cue}-gap.wav`);
  sox(['-n', '-r', String(RATE), '-c', '1', '-b', '16', gap, 'trim', '0', String(NOTE_GAP_SECONDS)]);
  const joined = join(work, `${cue}-joined.wav`);
  sox([notes[0], gap, notes[1], joined]);
  return toTargetLoudness(joined, join(work, `${cue}.wav`));
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
    sox(['-n', '-r', String(RATE), '-c', '1', '-b', '16', gap, 'trim', '0', String(GAP_SECONDS)]);
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
    sox([...parts, joined]);
    const outDir = join('assets', 'audio', lng);
    mkdirSync(outDir, { recursive: true });
    const bitexact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libopus', '-b:a', '48k', ...bitexact, join(outDir, 'prompts.webm')]);
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libmp3lame', '-b:a', '64k', '-id3v2_version', '0', ...bitexact, join(outDir, 'prompts.mp3')]);
    const durationMs = Math.round(seconds(joined) * 1000);
    writeFileSync(join(outDir, 'prompts.json'), `${JSON.stringify({ src: ['prompts.webm', 'prompts.mp3'], sprite, durationMs }, null, 2)}\n`);
    const levels = CUES.map((cue, index) => `${cue} ${sprite[cue][0]}+${sprite[cue][1]} ms ${loudness(files[index]).toFixed(1)} LUFS`);
    console.log(`${lng}: ${levels.join(', ')} → ${outDir}/prompts.{webm,mp3,json}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
