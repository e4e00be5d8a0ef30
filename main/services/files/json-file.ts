/** Reads one JSON file of a folder and validates it, turning every failure into staff-readable problems. */
import * as z from 'zod';
import type { Problem } from '../../../common/result';
import { issuesToProblems, oneLine } from '../problems';
import { readRegularTextFile, readTextInside } from './open-inside';

/** No content or settings file comes near this; a bigger one is a mistake, not something to read into memory. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024;

export type ReadOutcome<T> = { ok: true; value: T; raw: string } | { ok: false; problems: Problem[] };

/**
 * No content or settings file is nested more than a few levels; validating a document thousands of levels deep
 * overflows the stack (a RangeError that would sink the whole content folder instead of naming this file).
 */
export const MAX_JSON_DEPTH = 64;

/** True when the arrays and objects of JSON text nest deeper than `limit`; brackets inside strings do not count. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return false;
}

/** Parses JSON text (an editor's byte-order mark is allowed); the reason says what is wrong, in one line. */
export function parseJsonText(raw: string): { ok: true; data: unknown } | { ok: false; reason: string } {
  const text = raw.replace(/^\uFEFF/, '');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, reason: `nests lists or objects more than ${MAX_JSON_DEPTH} levels deep` };
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    // V8 quotes the text around the mistake; a line break or control character in it (a Windows editor's \r\n)
    // is written as an escape, so the reason stays one whole line.
    const message = oneLine((error as Error).message);
    return { ok: false, reason: `is not valid JSON: ${message}` };
  }
}

/** `file` is the path below `root`; staff see it as it is, or written on one line where it holds a line break. */
export async function readJsonFile<S extends z.core.$ZodType>(root: string, file: string, schema: S): Promise<ReadOutcome<z.output<S>>> {
  type T = z.output<S>;
  const label = oneLine(file);
  const whole = (reason: string): ReadOutcome<T> => ({ ok: false, problems: [{ severity: 'error', file: label, field: '(whole file)', reason }] });
  const read = await readTextInside(root, file, MAX_JSON_BYTES);
  if (!read.ok) return whole(read.reason);
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) return whole(parsed.reason);
  const validated = z.safeParse(schema, parsed.data);
  if (validated.success) return { ok: true, value: validated.data, raw: read.text };
  return { ok: false, problems: issuesToProblems(validated.error, label) };
}

export type StoredJson = { kind: 'missing' } | { kind: 'data'; data: unknown } | { kind: 'unreadable'; reason: string } | { kind: 'not-json'; reason: string };

/** Reads a store's own JSON file (settings, staff): missing, parsed, unreadable (a folder, a pipe) or not JSON. */
export async function readStoredJson(path: string): Promise<StoredJson> {
  const read = await readRegularTextFile(path, MAX_JSON_BYTES);
  if (!read.ok) return read.reason === 'file is missing' ? { kind: 'missing' } : { kind: 'unreadable', reason: read.reason };
  const parsed = parseJsonText(read.text);
  return parsed.ok ? { kind: 'data', data: parsed.data } : { kind: 'not-json', reason: parsed.reason };
}
