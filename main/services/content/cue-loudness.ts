/**
 * Authoring check for `npm run content:check` only: measures, with ffmpeg, the loudness of every cue of every
 * breathing-prompt sprite and reports the cues that are much louder or softer than the rest. The kiosk itself loads
 * content without ffmpeg and never imports this module.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { dirname, join as joinPosix } from 'node:path/posix';
import { z } from 'zod';
import type { Problem } from '../../../common/result';
import { MAX_JSON_BYTES, parseJsonText, readJsonFile } from '../files/json-file';
import { openInside, readTextInside } from '../files/open-inside';
import { languagesFileSchema } from './content-schema';
import { audioFileSchema } from './cue-sprites';

/**
 * How far (dB) a cue's integrated loudness may lie from the median of all cues. A member sets the volume once and
 * then hears exhale, inhale and the tones one after another, in any language; a step of a few dB between two prompts
 * is what makes one of them startle or get lost in a gym's noise. Closer than 3 dB would fail on what lossy encoding
 * and different voices leave behind (the generated sprites lie within about 0.5 dB of -19 LUFS; an operator's
 * recorded voice spreads more), while 3 dB still catches any cue that is plainly off, like the tones of issue 14
 * that were 12 dB louder than the voice.
 */
export const CUE_LOUDNESS_TOLERANCE_DB = 3;

/**
 * EBU R128 measures in 400 ms blocks, and a cue can be shorter than one: each cue is looped to this length first,
 * which keeps its mean loudness and measures short and long cues alike.
 */
const LOOP_SECONDS = 3;
/** ffmpeg's ebur128 reports -70 LUFS (its absolute gate) when nothing in a cue is loud enough to count. */
const SILENT_LUFS = -70;
const RUN_TIMEOUT_MS = 60_000;

/** Only what the measuring needs; the loader reports sprite files that are not valid. */
const spriteFileSchema = z.object({
  src: z.array(z.string()).min(1),
  sprite: z.record(z.string(), z.tuple([z.number().min(0), z.number().positive()])),
});

export interface ContentFolders {
  contentDir: string;
  assetsDir: string;
}

/** One cue of one sprite in one of its audio files. */
interface CueSlice {
  spritePath: string;
  cue: string;
  /** Asset path, as staff see it: "audio/en/prompts.webm". */
  file: string;
  /** Real path on disk, handed to ffmpeg. */
  path: string;
  startMs: number;
  durationMs: number;
}

type Measured = { kind: 'loudness'; lufs: number } | { kind: 'silent' } | { kind: 'empty' } | { kind: 'failed'; reason: string };

export interface CueMeasurement extends CueSlice {
  result: Measured;
}

/** The ffmpeg on this machine's PATH, or null. */
export async function findFfmpeg(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  const names = platform === 'win32' ? ['ffmpeg.exe', 'ffmpeg'] : ['ffmpeg'];
  // Only absolute folders: an empty or relative entry would mean whatever folder the tool was started from.
  for (const dir of (env.PATH ?? '').split(delimiter).filter((entry) => isAbsolute(entry))) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // Not here.
      }
    }
  }
  return null;
}

/** Every cue of every language's sprite in every audio file it names; what cannot be read is left to the loader. */
async function findCueSlices(folders: ContentFolders): Promise<{ slices: CueSlice[]; audioFile: boolean }> {
  const audio = await readJsonFile(folders.contentDir, 'audio.json', audioFileSchema);
  const languages = await readJsonFile(folders.contentDir, 'languages.json', languagesFileSchema);
  if (!audio.ok || !languages.ok) return { slices: [], audioFile: audio.ok };
  const slices: CueSlice[] = [];
  for (const { code } of languages.value.languages) {
    const spritePath = audio.value.breathingPrompts.sprite.replace('{lng}', code);
    const read = await readTextInside(folders.assetsDir, spritePath, MAX_JSON_BYTES);
    const json = read.ok ? parseJsonText(read.text) : null;
    const parsed = json?.ok ? spriteFileSchema.safeParse(json.data) : null;
    if (!parsed?.success) continue;
    for (const name of parsed.data.src) {
      const file = joinPosix(dirname(spritePath), name);
      const opened = await openInside(folders.assetsDir, file);
      if (!opened.ok) continue;
      await opened.handle.close();
      for (const [cue, [startMs, durationMs]] of Object.entries(parsed.data.sprite)) slices.push({ spritePath, cue, file, path: opened.path, startMs, durationMs });
    }
  }
  return { slices, audioFile: true };
}

function runFfmpeg(ffmpeg: string, args: string[]): Promise<{ failed: boolean; stderr: string }> {
  return new Promise((resolve) => {
    execFile(ffmpeg, args, { timeout: RUN_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, windowsHide: true, encoding: 'utf8' }, (error, _stdout, stderr) =>
      resolve({ failed: error !== null, stderr: stderr || (error?.message ?? '') }),
    );
  });
}

/** Integrated loudness (EBU R128, LUFS) of one cue: its slice of the file, looped to LOOP_SECONDS. */
export async function measureCue(ffmpeg: string, slice: Pick<CueSlice, 'path' | 'file' | 'startMs' | 'durationMs'>): Promise<Measured> {
  const rate = 48_000;
  const samples = Math.max(1, Math.round((slice.durationMs / 1000) * rate));
  // Trimmed after decoding (not seeked with -ss), so an MP3's first frames after a seek cannot skew the figure;
  // the loop's size ends the cue (it repeats the cue's first `samples` samples).
  const filter = [
    `atrim=start=${slice.startMs / 1000}`,
    'asetpts=PTS-STARTPTS',
    `aresample=${rate}`,
    `aloop=loop=-1:size=${samples}`,
    `atrim=duration=${LOOP_SECONDS}`,
    'ebur128=framelog=verbose',
  ].join(',');
  const { failed, stderr } = await runFfmpeg(ffmpeg, ['-nostdin', '-hide_banner', '-nostats', '-i', slice.path, '-vn', '-af', filter, '-f', 'null', '-']);
  const lastLine = stderr.trim().split('\n').at(-1)?.split(slice.path).join(slice.file).trim() ?? '';
  if (failed) return { kind: 'failed', reason: lastLine || 'ffmpeg failed' };
  if (/Output file is empty/.test(stderr)) return { kind: 'empty' };
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+|-inf) LUFS/.exec(stderr);
  if (!match) return { kind: 'failed', reason: 'ffmpeg printed no loudness' };
  const lufs = Number(match[1]);
  return Number.isFinite(lufs) && lufs > SILENT_LUFS ? { kind: 'loudness', lufs } : { kind: 'silent' };
}

/** How many ffmpeg run at once: one per core, at most 8, never more than there are cues. */
export function measuringWorkers(cues: number, cores: number = availableParallelism()): number {
  return Math.min(8, cores, cues);
}

async function measureAll(ffmpeg: string, slices: CueSlice[]): Promise<CueMeasurement[]> {
  const results: CueMeasurement[] = [];
  // A few ffmpeg runs at a time, taking the slices from one shared queue.
  const queue = slices.entries();
  const worker = async () => {
    for (const [index, slice] of queue) results[index] = { ...slice, result: await measureCue(ffmpeg, slice) };
  };
  await Promise.all(Array.from({ length: measuringWorkers(slices.length) }, worker));
  return results;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? Number.NaN;
  return (lower + upper) / 2;
}

const figure = (value: number) => value.toFixed(1);

/**
 * Measures every cue (ffmpeg at `ffmpeg`; null when it is not on this machine: one warning instead) and returns a
 * problem for each cue whose loudness lies more than CUE_LOUDNESS_TOLERANCE_DB from the median of all cues of all
 * languages, for each silent cue and for each cue that lies after the end of its file.
 */
export async function checkCueLoudness(ffmpeg: string | null, folders: ContentFolders): Promise<{ problems: Problem[]; measurements: CueMeasurement[] }> {
  const { slices, audioFile } = await findCueSlices(folders);
  if (!ffmpeg) {
    const problems: Problem[] = audioFile
      ? [{ severity: 'warning', file: 'audio.json', field: 'breathingPrompts.sprite', reason: "the cues' loudness was not measured: ffmpeg is not on this machine (Debian: apt-get install ffmpeg)" }]
      : [];
    return { problems, measurements: [] };
  }
  const measurements = await measureAll(ffmpeg, slices);
  return { problems: judgeLoudness(measurements), measurements };
}

/**
 * The problems of measured cues: each cue that failed, is empty or silent in a file, and each cue whose loudness lies
 * more than CUE_LOUDNESS_TOLERANCE_DB from the median of all measured cues (how far, from its worst file; a tie goes to
 * the first).
 */
export function judgeLoudness(measurements: CueMeasurement[]): Problem[] {
  const levels = measurements.flatMap((entry) => (entry.result.kind === 'loudness' ? [entry.result.lufs] : []));
  // NaN when no cue has a loudness: then no cue has one to compare either.
  const reference = median(levels);

  const byCue = new Map<string, { spritePath: string; cue: string; entries: CueMeasurement[] }>();
  for (const entry of measurements) {
    const key = `${entry.spritePath}\n${entry.cue}`;
    const group = byCue.get(key) ?? { spritePath: entry.spritePath, cue: entry.cue, entries: [] };
    group.entries.push(entry);
    byCue.set(key, group);
  }
  const problems: Problem[] = [];
  for (const { spritePath, cue, entries } of byCue.values()) {
    const add = (severity: Problem['severity'], reason: string) => problems.push({ severity, file: spritePath, field: `sprite.${cue}`, reason });
    for (const entry of entries) {
      if (entry.result.kind === 'failed') add('warning', `its loudness could not be measured in "${entry.file}" (ffmpeg: ${entry.result.reason})`);
      if (entry.result.kind === 'empty') add('error', `has no sound in "${entry.file}": it starts at ${entry.startMs} ms, after the end of the file`);
      if (entry.result.kind === 'silent') add('error', `is silent in "${entry.file}" (quieter than ${SILENT_LUFS} LUFS)`);
    }
    const off = entries.flatMap((entry) => (entry.result.kind === 'loudness' && Math.abs(entry.result.lufs - reference) > CUE_LOUDNESS_TOLERANCE_DB ? [{ entry, lufs: entry.result.lufs }] : []));
    if (off.length === 0) continue;
    const worst = off.reduce((a, b) => (Math.abs(b.lufs - reference) > Math.abs(a.lufs - reference) ? b : a));
    const difference = worst.lufs - reference;
    const where = off.map(({ entry, lufs }) => `${figure(lufs)} LUFS in "${entry.file}"`).join(', ');
    add(
      'error',
      `${where}: ${Math.abs(difference).toFixed(1)} dB ${difference > 0 ? 'louder' : 'softer'} than the median of all cues (${figure(reference)} LUFS); a cue may lie at most ${CUE_LOUDNESS_TOLERANCE_DB} dB from it`,
    );
  }
  return problems;
}
