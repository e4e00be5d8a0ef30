/** Loads a content folder from disk into a validated bundle, or the list of what is wrong. */
import { createHash } from 'node:crypto';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { UiText } from '../../../common/content-view';
import type { Problem } from '../../../common/result';
import { readJsonFile } from '../files/json-file';
import { oneLine } from '../problems';
import { checkReferences } from './content-references';
import { audioFileSchema, loadCueSprites, type LoadedCueSprites } from './cue-sprites';
import {
  bodyMapsFileSchema,
  exerciseSchema,
  languagesFileSchema,
  muscleSchema,
  partialTextNamespaces,
  stationSchema,
  textNamespaces,
  uiTextSchema,
  type ContentBundle,
  type LanguageText,
  type TextNamespace,
} from './content-schema';
import { loadReadAloud, noReadAloud, type ReadAloudEntry } from './read-aloud-manifests';
import { checkUiText } from './ui-text';

export interface ContentFolders {
  /** Folder with languages.json, stations/, muscles/, exercises/, locales/. */
  contentDir: string;
  /** Folder the media paths in content are relative to. */
  assetsDir: string;
}

export type LoadOutcome = { ok: true; bundle: ContentBundle; warnings: Problem[] } | { ok: false; problems: Problem[] };

type Hash = ReturnType<typeof createHash>;

/** True when anything stands at the path, even a link to nowhere: reading it then says what is wrong. */
async function exists(root: string, file: string): Promise<boolean> {
  return lstat(join(root, file)).then(() => true, () => false);
}

async function listJsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/** Reads every record of one kind (stations/, muscles/ …); the file name must match its id. */
async function loadRecords<T extends { id: string }>(root: string, kind: string, schema: z.ZodType<T>, problems: Problem[], hash: Hash, invalid: Set<string>): Promise<Map<string, T>> {
  const records = new Map<string, T>();
  const names = await listJsonFiles(join(root, kind));
  if (names.length === 0) problems.push({ severity: 'error', file: `${kind}/`, field: '(folder)', reason: 'has no .json files' });
  for (const name of names) {
    const path = `${kind}/${name}`;
    const label = oneLine(path);
    const expectedId = name.replace(/\.json$/, '');
    const outcome = await readJsonFile(root, path, schema);
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      invalid.add(expectedId);
      continue;
    }
    hash.update(label).update(outcome.raw);
    if (outcome.value.id !== expectedId) {
      problems.push({ severity: 'error', file: label, field: 'id', reason: `is "${outcome.value.id}" but the file name says "${oneLine(expectedId)}"` });
      continue;
    }
    records.set(outcome.value.id, outcome.value);
  }
  return records;
}

/** Each language's record text; a missing file is only fatal for the fallback language, the others fall back. */
async function loadText(root: string, codes: string[], fallback: string, problems: Problem[], hash: Hash): Promise<Map<string, LanguageText>> {
  const text = new Map<string, LanguageText>();
  for (const code of codes) {
    const entry: LanguageText = { stations: new Map(), muscles: new Map(), exercises: new Map() };
    for (const namespace of Object.keys(textNamespaces) as TextNamespace[]) {
      const label = `locales/${code}/${namespace}.json`;
      const schemas = code === fallback ? textNamespaces : partialTextNamespaces;
      const outcome = await readJsonFile(root, label, schemas[namespace]);
      if (!outcome.ok) {
        const missing = outcome.problems.every((problem) => problem.reason === 'file is missing');
        problems.push(...outcome.problems.map((problem) => (missing && code !== fallback ? { ...problem, severity: 'warning' as const } : problem)));
        continue;
      }
      hash.update(label).update(outcome.raw);
      for (const [id, record] of Object.entries(outcome.value)) (entry[namespace] as Map<string, unknown>).set(id, record);
    }
    text.set(code, entry);
  }
  return text;
}

/** Each language's ui.json; its keys are compared with the kiosk's own afterwards. */
async function loadUi(root: string, codes: string[], fallback: string, problems: Problem[], hash: Hash): Promise<Map<string, UiText>> {
  const ui = new Map<string, UiText>();
  for (const code of codes) {
    const label = `locales/${code}/ui.json`;
    const outcome = await readJsonFile(root, label, uiTextSchema);
    if (!outcome.ok) {
      // Without a ui.json the interface shows the kiosk's built-in English words: a warning, never a blank.
      const reason = code === fallback ? 'the interface shows the built-in English words' : `the interface shows the ${fallback} words`;
      problems.push(...outcome.problems.map((problem) => ({ ...problem, severity: 'warning' as const, reason: `${problem.reason}; ${reason}` })));
      continue;
    }
    hash.update(label).update(outcome.raw);
    ui.set(code, outcome.value);
  }
  return ui;
}

/**
 * Reads and validates a whole content folder. Errors make the outcome unusable; warnings do not. Whatever goes
 * wrong while reading becomes a problem of the folder, never an exception that ends the kiosk or the checker.
 */
export async function loadContentFolder(folders: ContentFolders): Promise<LoadOutcome> {
  try {
    return await readContentFolder(folders);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    return { ok: false, problems: [{ severity: 'error', file: '(content folder)', field: '(whole folder)', reason: `could not be loaded (${code})` }] };
  }
}

async function readContentFolder(folders: ContentFolders): Promise<LoadOutcome> {
  const problems: Problem[] = [];
  const hash = createHash('sha256');
  const root = folders.contentDir;

  const languagesOutcome = await readJsonFile(root, 'languages.json', languagesFileSchema);
  if (!languagesOutcome.ok) return { ok: false, problems: languagesOutcome.problems };
  const languages = languagesOutcome.value;
  hash.update(languagesOutcome.raw);
  if (!languages.languages.some((language) => language.code === languages.fallback)) {
    problems.push({ severity: 'error', file: 'languages.json', field: 'fallback', reason: `"${languages.fallback}" is not one of the listed languages` });
  }
  const codes = languages.languages.map((language) => language.code);

  const bodyMapsOutcome = await readJsonFile(root, 'body-maps.json', bodyMapsFileSchema);
  if (!bodyMapsOutcome.ok) problems.push(...bodyMapsOutcome.problems);
  else hash.update(bodyMapsOutcome.raw);
  const bodyMaps = bodyMapsOutcome.ok ? bodyMapsOutcome.value : {};

  // Breathing prompts are optional: without content/audio.json the kiosk is silent but complete.
  let cueSprites: LoadedCueSprites = { sprites: new Map(), credits: [] };
  let readAloudEntry: ReadAloudEntry | undefined;
  if (await exists(root, 'audio.json')) {
    const audioOutcome = await readJsonFile(root, 'audio.json', audioFileSchema);
    if (!audioOutcome.ok) problems.push(...audioOutcome.problems);
    else {
      hash.update(audioOutcome.raw);
      readAloudEntry = audioOutcome.value.readAloud;
      cueSprites = await loadCueSprites(audioOutcome.value, codes, languages.fallback, folders.assetsDir, problems);
    }
  }

  // Ids whose file exists but is broken: references to them are not reported again as missing.
  const invalid = new Set<string>();
  const stations = await loadRecords(root, 'stations', stationSchema, problems, hash, invalid);
  const muscles = await loadRecords(root, 'muscles', muscleSchema, problems, hash, invalid);
  const exercises = await loadRecords(root, 'exercises', exerciseSchema, problems, hash, invalid);
  const text = await loadText(root, codes, languages.fallback, problems, hash);
  const ui = await loadUi(root, codes, languages.fallback, problems, hash);

  const bundle: ContentBundle = { version: '', languages, bodyMaps, cueSprites, readAloud: noReadAloud(), stations, muscles, exercises, text, ui };
  // Read-aloud audio is optional too, and checked against the text just loaded: stale audio is a warning, never an error.
  if (readAloudEntry) bundle.readAloud = await loadReadAloud(bundle, readAloudEntry, folders.assetsDir, problems, hash);
  bundle.version = hash.digest('hex').slice(0, 12);
  problems.push(...(await checkReferences(bundle, folders.assetsDir, invalid)));
  problems.push(...checkUiText(ui, codes, languages.fallback));
  if (problems.some((problem) => problem.severity === 'error')) return { ok: false, problems };
  return { ok: true, bundle, warnings: problems };
}
