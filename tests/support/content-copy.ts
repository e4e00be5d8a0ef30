/** Copies the real embedded content to a temp folder, so a test can break exactly one thing. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const EMBEDDED_ASSETS = resolve('assets');

export async function copyContent(dir: string): Promise<string> {
  const target = join(dir, 'content');
  await cp(resolve('content'), target, { recursive: true });
  return target;
}

// Content JSON is edited freely in tests, the way an author would in an editor.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export async function editJson(file: string, edit: (data: Json) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Json;
  edit(data);
  await writeFile(file, JSON.stringify(data, null, 2));
}
