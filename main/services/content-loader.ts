/** Loads a content folder from disk into a validated bundle, or the list of what is wrong. */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../contract';
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
  type ContentBundle,
  type LanguageText,
  type TextNamespace,
} from './content-schema';
import { readJsonFile } from './read-json-file';
import { checkUiText } from './ui-text-check';

export interface ContentFolders {
  /** Folder with languages.json, stations/, muscles/, exercises/, locales/. */
  contentDir: string;
  /** Folder the media paths in content are relative to. */
  assetsDir: string;
}

export type LoadOutcome = { ok: true; bundle: ContentBundle; warnings: Problem[] } | { ok: false; problems: Problem[] };

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}

async function listJsonFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/** Reads every record of one kind (stations/, muscles/ …); the file name must match its id. */
async function loadRecords<T extends { id: string }>(
  root: string,
  kind: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  hash: ReturnType<typeof createHash>,
  invalid: Set<string>,
): Promise<Map<string, T>> {
  const records = new Map<string, T>();
  const names = await listJsonFiles(join(root, kind));
  if (names.length === 0) problems.push({ severity: 'error', file: `${kind}/`, field: '(folder)', reason: 'has no .json files' });
  for (const name of names) {
    const label = `${kind}/${name}`;
    const outcome = await readJsonFile(join(root, kind, name), label, schema);
    if (!outcome.ok) {
      problems.push(...outcome.problems);
      invalid.add(name.replace(/\.json$/, ''));
      continue;
    }
    hash.update(label).update(outcome.raw);
    const expectedId = name.replace(/\.json$/, '');
    if (outcome.value.id !== expectedId) {
      problems.push({ severity: 'error', file: label, field: 'id', reason: `is "${outcome.value.id}" but the file name says "${expectedId}"` });
      continue;
    }
    records.set(outcome.value.id, outcome.value);
  }
  return records;
}

/** Reads and validates a whole content folder. Errors make the outcome unusable; warnings do not. */
export async function loadContentFolder(folders: ContentFolders): Promise<LoadOutcome> {
  const problems: Problem[] = [];
  const hash = createHash('sha256');
  const root = folders.contentDir;

  const languagesOutcome = await readJsonFile(join(root, 'languages.json'), 'languages.json', languagesFileSchema);
  if (!languagesOutcome.ok) return { ok: false, problems: languagesOutcome.problems };
  const languages = languagesOutcome.value;
  hash.update(languagesOutcome.raw);
  if (!languages.languages.some((language) => language.code === languages.fallback)) {
    problems.push({ severity: 'error', file: 'languages.json', field: 'fallback', reason: `"${languages.fallback}" is not one of the listed languages` });
  }

  const bodyMapsOutcome = await readJsonFile(join(root, 'body-maps.json'), 'body-maps.json', bodyMapsFileSchema);
  if (!bodyMapsOutcome.ok) problems.push(...bodyMapsOutcome.problems);
  else hash.update(bodyMapsOutcome.raw);
  const bodyMaps = bodyMapsOutcome.ok ? bodyMapsOutcome.value : {};

  // Breathing prompts are optional: without content/audio.json the kiosk is silent but complete.
  const codes = languages.languages.map((language) => language.code);
  let cueSprites: LoadedCueSprites = { sprites: new Map(), credits: [] };
  if (await isFile(join(root, 'audio.json'))) {
    const audioOutcome = await readJsonFile(join(root, 'audio.json'), 'audio.json', audioFileSchema);
    if (!audioOutcome.ok) problems.push(...audioOutcome.problems);
    else {
      hash.update(audioOutcome.raw);
      cueSprites = await loadCueSprites(audioOutcome.value, codes, languages.fallback, folders.assetsDir, problems);
    }
  }

  // Ids whose file exists but is broken: references to them are not reported again as missing.
  const invalid = new Set<string>();
  const stations = await loadRecords(root, 'stations', stationSchema, problems, hash, invalid);
  const muscles = await loadRecords(root, 'muscles', muscleSchema, problems, hash, invalid);
  const exercises = await loadRecords(root, 'exercises', exerciseSchema, problems, hash, invalid);

  const text: ContentBundle['text'] = new Map();
  for (const { code } of languages.languages) {
    const entry: LanguageText = { stations: {}, muscles: {}, exercises: {} };
    for (const namespace of Object.keys(textNamespaces) as TextNamespace[]) {
      const label = `locales/${code}/${namespace}.json`;
      const schemas = code === languages.fallback ? textNamespaces : partialTextNamespaces;
      const outcome = await readJsonFile(join(root, 'locales', code, `${namespace}.json`), label, schemas[namespace]);
      if (!outcome.ok) {
        // A missing translation file is only fatal for the fallback language; others fall back.
        const missing = outcome.problems.every((problem) => problem.reason === 'file is missing');
        problems.push(...outcome.problems.map((problem) => (missing && code !== languages.fallback ? { ...problem, severity: 'warning' as const } : problem)));
        continue;
      }
      hash.update(label).update(outcome.raw);
      Object.assign(entry[namespace], outcome.value);
    }
    text.set(code, entry);
  }

  const bundle: ContentBundle = { version: hash.digest('hex').slice(0, 12), languages, bodyMaps, cueSprites, stations, muscles, exercises, text };
  problems.push(...(await checkReferences(bundle, folders.assetsDir, invalid)));
  problems.push(...(await checkUiText(root, codes, languages.fallback)));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, bundle, warnings: problems };
}
