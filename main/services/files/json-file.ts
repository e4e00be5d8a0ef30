/** Reads one JSON file of a folder and validates it, turning every failure into staff-readable problems. */
import * as z from 'zod';
import type { Problem } from '../../../common/result';
import { issuesToProblems } from '../problems';
import { readRegularTextFile, readTextInside } from './open-inside';

/** No content or settings file comes near this; a bigger one is a mistake, not something to read into memory. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

export type ReadOutcome<T> = { ok: true; value: T; raw: string } | { ok: false; problems: Problem[] };

/** Parses JSON text (an editor's byte-order mark is allowed); the reason says what is wrong, in one line. */
export function parseJsonText(raw: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, data: JSON.parse(raw.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** `file` is the path below `root`, shown to staff as it is. */
export async function readJsonFile<S extends z.core.$ZodType>(root: string, file: string, schema: S): Promise<ReadOutcome<z.output<S>>> {
  type T = z.output<S>;
  const whole = (reason: string): ReadOutcome<T> => ({ ok: false, problems: [{ severity: 'error', file, field: '(whole file)', reason }] });
  const read = await readTextInside(root, file, MAX_JSON_BYTES);
  if (!read.ok) return whole(read.reason);
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) return whole(parsed.reason);
  const validated = z.safeParse(schema, parsed.data);
  if (validated.success) return { ok: true, value: validated.data, raw: read.text };
  return { ok: false, problems: issuesToProblems(validated.error, file) };
}

export type StoredJson = { kind: 'missing' } | { kind: 'data'; data: unknown } | { kind: 'unreadable'; reason: string } | { kind: 'not-json'; reason: string };

/** Reads a store's own JSON file (settings, staff): missing, parsed, unreadable (a folder, a pipe) or not JSON. */
export async function readStoredJson(path: string): Promise<StoredJson> {
  const read = await readRegularTextFile(path, MAX_JSON_BYTES);
  if (!read.ok) return read.reason === 'file is missing' ? { kind: 'missing' } : { kind: 'unreadable', reason: read.reason };
  const parsed = parseJsonText(read.text);
  return parsed.ok ? { kind: 'data', data: parsed.data } : { kind: 'not-json', reason: parsed.reason };
}
