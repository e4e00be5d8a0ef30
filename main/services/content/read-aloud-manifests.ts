/**
 * Loads the "Read aloud" manifests (one per screen per language) that content/audio.json points at, and keeps only
 * those made from exactly the text the kiosk shows: missing, broken or stale audio is a warning naming the file,
 * and that screen has no read-aloud button rather than one that speaks another text.
 */
import { dirname, join } from 'node:path/posix';
import { z } from 'zod';
import type { MediaCredit, ReadAloud } from '../../../common/content-view';
import type { Problem } from '../../../common/result';
import { parseJsonText } from '../files/json-file';
import { readTextInside } from '../files/open-inside';
import { describeIssue, formatFieldPath, oneLine } from '../problems';
import type { ContentBundle } from './content-schema';
import { checkMediaFile } from './media-files';
import { spokenSentences, type ReadAloudScreen } from './read-aloud-text';

/** A manifest lists a few dozen sentences in a few kB; anything near this is not one. */
export const MAX_MANIFEST_BYTES = 256 * 1024;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** audio.json's "readAloud": where the manifests are ({lng}, {screen} = "exercise-kickback") and their credits. */
export const readAloudEntrySchema = z.strictObject({
  manifest: z
    .string()
    .regex(/^(?!\/)(?!.*\.\.)[\w./-]*\{lng\}[\w./-]*\{screen\}[\w./-]*\.json$/, 'must be a path inside the assets folder with {lng} and {screen}, like "audio/{lng}/read-aloud/{screen}.json"'),
  license: nonEmpty,
  author: nonEmpty,
  source: nonEmpty,
});

export type ReadAloudEntry = z.infer<typeof readAloudEntrySchema>;

const millis = z.number().int().min(0);

export const manifestSchema = z.object({
  language: z.string(),
  src: z.array(z.string().regex(/^[\w-][\w.-]*\.(webm|mp3|ogg)$/, 'must be an audio file name beside the manifest')).min(1),
  durationMs: millis,
  sentences: z.array(
    z.strictObject({
      field: z.string().regex(/^[a-zA-Z]+(\[\d+\])?$/, 'must be a field like "origin" or "tips[2]"'),
      at: z.tuple([millis, z.number().int().positive()]),
      textHash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
    }),
  ),
});

export type ReadAloudManifest = z.infer<typeof manifestSchema>;

/** Fresh read-aloud audio by language, then by screen ("exercise-kickback"), and the credits of its files. */
export interface LoadedReadAloud {
  byLanguage: Map<string, Map<string, ReadAloud>>;
  credits: Map<string, MediaCredit[]>;
}

/** The content version's running hash (node:crypto's Hash, or anything that takes text the same way). */
export interface ContentHash {
  update(data: string): ContentHash;
}

export const noReadAloud = (): LoadedReadAloud => ({ byLanguage: new Map(), credits: new Map() });

/** More stale sentences in one file than this are reported as one line. */
const MAX_SENTENCES_NAMED = 3;

/** The field and reason of every way a parsed manifest differs from the text it should speak; empty when fresh. */
export function staleSentences(manifest: ReadAloudManifest, expected: Array<{ field: string; hash: string }>, makeIt: string): Array<{ field: string; reason: string }> {
  const found: Array<{ field: string; reason: string }> = [];
  const otherText: number[] = [];
  manifest.sentences.forEach((sentence, index) => {
    const want = expected[index];
    if (!want) found.push({ field: `sentences[${index}]`, reason: `reads "${sentence.field}", which the screen no longer has; ${makeIt}` });
    else if (sentence.field !== want.field) found.push({ field: `sentences[${index}]`, reason: `reads "${sentence.field}" where the screen has "${want.field}"; ${makeIt}` });
    else if (sentence.textHash !== want.hash) otherText.push(index);
  });
  // A few changed sentences are named one by one; a whole screen's worth (another language's text) in one line.
  if (otherText.length > MAX_SENTENCES_NAMED) {
    const named = otherText.slice(0, MAX_SENTENCES_NAMED).map((index) => `[${index}]`).join(', ');
    found.push({ field: 'sentences', reason: `${otherText.length} of ${manifest.sentences.length} were made from another text (${named} …); ${makeIt}` });
  } else for (const index of otherText) found.push({ field: `sentences[${index}]`, reason: `was made from another text; ${makeIt}` });
  if (expected.length > manifest.sentences.length) {
    const missing = expected.slice(manifest.sentences.length).map((sentence) => sentence.field);
    found.push({ field: 'sentences', reason: `has no audio for ${missing.join(', ')}; ${makeIt}` });
  }
  return found;
}

/** A sentence starts where the one before it ends or later, and the last ends within the file. */
export function timingProblems(manifest: ReadAloudManifest): Array<{ field: string; reason: string }> {
  const found: Array<{ field: string; reason: string }> = [];
  manifest.sentences.forEach((sentence, index) => {
    const previous = manifest.sentences[index - 1];
    const [start, duration] = sentence.at;
    if (previous && start < previous.at[0] + previous.at[1]) found.push({ field: `sentences[${index}].at`, reason: `starts at ${start} ms, before the sentence before it ends` });
    if (start + duration > manifest.durationMs) found.push({ field: `sentences[${index}].at`, reason: `ends at ${start + duration} ms, after the audio (${manifest.durationMs} ms)` });
  });
  return found;
}

/** Every screen that can be read aloud: each exercise and each muscle. */
function screensOf(bundle: ContentBundle): Array<{ screen: ReadAloudScreen; id: string }> {
  return [...[...bundle.exercises.keys()].map((id) => ({ screen: 'exercise' as const, id })), ...[...bundle.muscles.keys()].map((id) => ({ screen: 'muscle' as const, id }))];
}

/** One screen's manifest in one language: the fresh view or null, its raw text for the version, and its warnings. */
interface ManifestOutcome {
  readAloud: ReadAloud | null;
  raw: string | null;
  problems: Problem[];
}

/** Reads one manifest and checks it against its screen's text; the read-aloud view only when it is fresh. */
async function loadManifest(bundle: ContentBundle, entry: ReadAloudEntry, code: string, screen: ReadAloudScreen, id: string, assetsDir: string): Promise<ManifestOutcome> {
  const file = entry.manifest.replace('{lng}', code).replace('{screen}', `${screen}-${id}`);
  const makeIt = `run node scripts/media/make-read-aloud.mjs ${code}`;
  const outcome: ManifestOutcome = { readAloud: null, raw: null, problems: [] };
  const warn = (field: string, reason: string) => outcome.problems.push({ severity: 'warning', file: oneLine(file), field, reason });
  const read = await readTextInside(assetsDir, file, MAX_MANIFEST_BYTES);
  if (!read.ok) {
    warn('(whole file)', `${read.reason === 'file is missing' ? 'is not in the assets folder' : read.reason}; the screen has no "Read aloud" until you ${makeIt}`);
    return outcome;
  }
  outcome.raw = read.text;
  const json = parseJsonText(read.text);
  if (!json.ok) {
    warn('(whole file)', `${json.reason}; ${makeIt}`);
    return outcome;
  }
  const parsed = manifestSchema.safeParse(json.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 5)) warn(formatFieldPath(issue.path), describeIssue(issue));
    return outcome;
  }
  const manifest = parsed.data;
  const stale = [...staleSentences(manifest, spokenSentences(bundle, screen, id, code), makeIt), ...timingProblems(manifest)];
  if (manifest.language !== code) stale.push({ field: 'language', reason: `is "${oneLine(manifest.language)}", the file is for "${code}"; ${makeIt}` });
  const src = manifest.src.map((name) => join(dirname(file), name));
  const media = await Promise.all(src.map(async (path) => ({ path, problem: await checkMediaFile(assetsDir, path, 'audio') })));
  for (const { path, problem } of media) if (problem) stale.push({ field: 'src', reason: `"${path}" ${problem}; ${makeIt}` });
  stale.forEach((problem) => warn(problem.field, problem.reason));
  if (stale.length === 0) outcome.readAloud = { language: code, src, sentences: manifest.sentences.map((sentence) => ({ field: sentence.field, start: sentence.at[0], duration: sentence.at[1] })) };
  return outcome;
}

/**
 * Loads every screen's manifest in every language, all at once (a few hundred small reads), then reports them in a
 * fixed order. Never an error: without read-aloud audio the kiosk is complete. A language with no audio at all gets
 * one warning, not one per screen.
 */
export async function loadReadAloud(bundle: ContentBundle, entry: ReadAloudEntry, assetsDir: string, problems: Problem[], hash: ContentHash): Promise<LoadedReadAloud> {
  const loaded = noReadAloud();
  const { manifest: _pattern, ...credit } = entry;
  const screens = screensOf(bundle);
  const codes = bundle.languages.languages.map((language) => language.code);
  const loadLanguage = (code: string) => Promise.all(screens.map(async ({ screen, id }) => ({ name: `${screen}-${id}`, outcome: await loadManifest(bundle, entry, code, screen, id, assetsDir) })));
  const languages = await Promise.all(codes.map(async (code) => ({ code, outcomes: await loadLanguage(code) })));
  for (const { code, outcomes } of languages) {
    const byScreen = new Map<string, ReadAloud>();
    const found: Problem[] = [];
    for (const { name, outcome } of outcomes) {
      // New audio changes what the screens offer, so it changes the content version the page follows.
      if (outcome.raw !== null) hash.update(`${code}/${name}`).update(outcome.raw);
      if (outcome.readAloud) byScreen.set(name, outcome.readAloud);
      found.push(...outcome.problems);
    }
    const allMissing = found.length > 0 && found.length === screens.length && found.every((problem) => problem.reason.startsWith('is not in the assets folder'));
    if (allMissing) {
      const folder = dirname(entry.manifest.replace('{lng}', code));
      problems.push({ severity: 'warning', file: folder, field: '(folder)', reason: `has no read-aloud audio: no screen can be read aloud in this language until you run node scripts/media/make-read-aloud.mjs ${code}` });
    } else problems.push(...found);
    loaded.byLanguage.set(code, byScreen);
    loaded.credits.set(code, [...byScreen.values()].flatMap((readAloud) => readAloud.src.map((file) => ({ file, ...credit }))));
  }
  return loaded;
}
