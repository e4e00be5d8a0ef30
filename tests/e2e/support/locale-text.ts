/** Every string a language's locale files hold (UI and content), read from the real files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './kiosk-server';

const NAMESPACES = ['ui', 'stations', 'muscles', 'exercises'];

function leaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leaves(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => leaves(item, out));
  return out;
}

export function localeJson(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'content', 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

export function localeStrings(language: string): Set<string> {
  return new Set(NAMESPACES.flatMap((namespace) => leaves(localeJson(language, namespace), [])));
}

/** English strings that the other language translates differently: none may stay on screen after a switch. */
export function untranslatedEnglish(otherLanguage: string): string[] {
  const other = localeStrings(otherLanguage);
  return [...localeStrings('en')].filter((text) => !other.has(text) && !text.includes('{{'));
}

/** The `name` of a record in a content namespace, in one language. */
export function contentName(language: string, namespace: 'stations' | 'muscles' | 'exercises', id: string): string {
  const record = localeJson(language, namespace)[id] as { name: string } | undefined;
  if (!record) throw new Error(`No ${namespace} text for ${id} in ${language}`);
  return record.name;
}

export function uiText(language: string, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], localeJson(language, 'ui'));
  if (typeof value !== 'string') throw new Error(`No ui text ${path} in ${language}`);
  return value;
}
