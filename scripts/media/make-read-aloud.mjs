/**
 * Makes the "Read aloud" audio: one file per screen (every exercise and muscle) per language, with a manifest of
 * where each sentence starts and lasts and a hash of the exact text it was made from, in
 * assets/audio/<lng>/read-aloud/<screen>-<id>.{webm,mp3,json}. Voice from espeak-ng, or a recording dropped in as
 * scripts/media/voice/<lng>/read-aloud/<screen>-<id>/<n>.wav beside <n>.txt holding the words it says (used only
 * while they are still the sentence's words). Every sentence is brought to the prompts' loudness; same bytes every run.
 * Run: node scripts/media/make-read-aloud.mjs [lng …]
 */
import { loudness, peak, requireAudioTools, run, samples, sox } from './audio-tools.mjs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent, screenSentences } from './read-aloud-sentences.mjs';

/** The espeak-ng voice for each language's text (a sentence that falls back to English is said in English). */
const VOICES = { en: 'en-gb', de: 'de', fr: 'fr', es: 'es', it: 'it', nl: 'nl' };
/** A calm reading pace (espeak's default, 175 words a minute, hurries a member at a machine). */
const WORDS_PER_MINUTE = 150;
/** Speech needs no more: 24 kHz mono keeps every consonant and halves the bytes of 48 kHz. */
const RATE = 24_000;
const LEAD_SECONDS = 0.25;
const GAP_SECONDS = 0.5;
/** The breathing prompts' loudness (make-breathing-prompts.mjs), so reading and cues sound alike in level. */
const TARGET_LUFS = -19;
const PEAK_CEILING_DBFS = -1;
const OPUS_BITRATE = '24k';
/** The MP3 is only a fallback for a browser without Opus: speech at 16 kHz, 16 kbps is plainly understood. */
const MP3_BITRATE = '16k';
const MP3_RATE = '16000';

requireAudioTools();

const CONTENT_DIR = 'content';
const ASSETS_DIR = 'assets';





/** A recording of this sentence, when one was dropped in and its .txt still holds the sentence's words. */
function recordingFor(lng, screenId, index, text) {
  const folder = join('scripts', 'media', 'voice', lng, 'read-aloud', screenId);
  const audio = ['wav', 'flac', 'mp3'].map((ext) => join(folder, `${index}.${ext}`)).find(existsSync);
  if (!audio) return null;
  const words = join(folder, `${index}.txt`);
  if (existsSync(words) && readFileSync(words, 'utf8').trim() === text) return audio;
  console.warn(`${audio}: ${existsSync(words) ? 'its .txt is not the sentence any more' : 'has no .txt with its words'}; espeak-ng speaks sentence ${index} instead`);
  return null;
}

/** One sentence: spoken (or recorded), trimmed of silence, mono at RATE, brought to TARGET_LUFS. */
function sentenceAudio(work, lng, screenId, index, sentence) {
  const raw = join(work, `${index}-raw.wav`);
  const recorded = recordingFor(lng, screenId, index, sentence.text);
  if (recorded) sox([recorded, raw]);
  else run('espeak-ng', ['-v', VOICES[sentence.language] ?? VOICES.en, '-s', String(WORDS_PER_MINUTE), '-w', raw, sentence.text]);
  const clean = join(work, `${index}-clean.wav`);
  sox([raw, '-r', String(RATE), '-c', '1', '-b', '16', clean, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'fade', 't', '0.03', 'reverse', 'gain', '-n', '-3', 'fade', 't', '0.01']);
  const gain = Math.min(TARGET_LUFS - loudness(clean), PEAK_CEILING_DBFS - peak(clean));
  const levelled = join(work, `${index}.wav`);
  sox([clean, levelled, 'gain', gain.toFixed(2)]);
  return levelled;
}

function silence(file, seconds) {
  sox(['-n', '-r', String(RATE), '-c', '1', '-b', '16', file, 'trim', '0', String(seconds)]);
  return file;
}

/** Joins a screen's sentences with pauses, encodes it twice and writes its manifest; returns the bytes written. */
function makeScreen(content, lng, screen, id) {
  const screenId = `${screen}-${id}`;
  const sentences = screenSentences(content, screen, id, lng);
  const work = mkdtempSync(join(tmpdir(), `read-aloud-${lng}-${screenId}-`));
  try {
    const lead = silence(join(work, 'lead.wav'), LEAD_SECONDS);
    const gap = silence(join(work, 'gap.wav'), GAP_SECONDS);
    const parts = [lead];
    const entries = [];
    let cursor = samples(lead);
    sentences.forEach((sentence, index) => {
      const file = sentenceAudio(work, lng, screenId, index, sentence);
      const length = samples(file);
      entries.push({ field: sentence.field, at: [Math.round((cursor / RATE) * 1000), Math.round((length / RATE) * 1000)], textHash: sentence.hash });
      parts.push(file, gap);
      cursor += length + samples(gap);
    });
    const joined = join(work, 'joined.wav');
    sox([...parts, joined]);
    const outDir = join(ASSETS_DIR, 'audio', lng, 'read-aloud');
    mkdirSync(outDir, { recursive: true });
    const bitexact = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libopus', '-b:a', OPUS_BITRATE, '-application', 'voip', ...bitexact, join(outDir, `${screenId}.webm`)]);
    run('ffmpeg', ['-y', '-loglevel', 'error', '-i', joined, '-c:a', 'libmp3lame', '-ar', MP3_RATE, '-b:a', MP3_BITRATE, '-id3v2_version', '0', ...bitexact, join(outDir, `${screenId}.mp3`)]);
    const manifest = { language: lng, src: [`${screenId}.webm`, `${screenId}.mp3`], durationMs: Math.round((samples(joined) / RATE) * 1000), sentences: entries };
    writeFileSync(join(outDir, `${screenId}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
    return ['webm', 'mp3', 'json'].reduce((bytes, ext) => bytes + statSync(join(outDir, `${screenId}.${ext}`)).size, 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Every exercise and muscle of the content folder, by their file names (a record's file name is its id). */
function screensOf(contentDir) {
  const ids = (kind) => readdirSync(join(contentDir, kind)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).sort();
  return [...ids('exercises').map((id) => ['exercise', id]), ...ids('muscles').map((id) => ['muscle', id])];
}

const content = readContent(CONTENT_DIR);
const languages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : content.codes;
for (const lng of languages) {
  if (!content.codes.includes(lng) || !VOICES[lng]) {
    console.error(`No language "${lng}": it must be in content/languages.json and have a voice in VOICES in this script.`);
    process.exit(1);
  }
}
for (const lng of languages) {
  const started = Date.now();
  let bytes = 0;
  const screens = screensOf(CONTENT_DIR);
  for (const [screen, id] of screens) bytes += makeScreen(content, lng, screen, id);
  console.log(`${lng}: ${screens.length} screens, ${bytes} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s → ${ASSETS_DIR}/audio/${lng}/read-aloud/`);
}
