/** Reads and edits JSON files of a content folder the way an author would. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './kiosk-server';

export async function readContentJson<T = Record<string, unknown>>(file: string, contentDir = join(REPO_ROOT, 'content')): Promise<T> {
  return JSON.parse(await readFile(join(contentDir, file), 'utf8')) as T;
}

export async function editContentJson<T = Record<string, unknown>>(contentDir: string, file: string, edit: (data: T) => void): Promise<void> {
  const data = await readContentJson<T>(file, contentDir);
  edit(data);
  await writeFile(join(contentDir, file), JSON.stringify(data, null, 2));
}

export interface LanguagesFile {
  fallback: string;
  languages: Array<{ code: string; name: string }>;
}

export interface MuscleRecord {
  id: string;
  bodyMapViews: string[];
}
