/** Compares each language's ui.json with the fallback's keys: a missing or empty string falls back, so it warns. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../contract';

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

async function readUi(contentDir: string, code: string): Promise<Map<string, unknown> | string> {
  try {
    return flatten(JSON.parse(await readFile(join(contentDir, 'locales', code, 'ui.json'), 'utf8')), '', new Map());
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `cannot be read (${(error as Error).message})`;
  }
}

export async function checkUiText(contentDir: string, codes: string[], fallback: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const reference = await readUi(contentDir, fallback);
  if (typeof reference === 'string') return [{ severity: 'error', file: `locales/${fallback}/ui.json`, field: '(whole file)', reason: reference }];
  for (const code of codes.filter((entry) => entry !== fallback)) {
    const file = `locales/${code}/ui.json`;
    const ui = await readUi(contentDir, code);
    if (typeof ui === 'string') {
      problems.push({ severity: 'warning', file, field: '(whole file)', reason: `${ui}; the interface shows ${fallback}` });
      continue;
    }
    for (const key of reference.keys()) {
      const value = ui.get(key);
      if (typeof value !== 'string' || value.trim() === '') problems.push({ severity: 'warning', file, field: key, reason: `has no text yet; the interface shows ${fallback}` });
    }
    for (const key of ui.keys()) {
      if (!reference.has(key)) problems.push({ severity: 'warning', file, field: key, reason: `is not a key of locales/${fallback}/ui.json (a typo?)` });
    }
  }
  return problems;
}
