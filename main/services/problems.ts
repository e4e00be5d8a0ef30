/** The one place a zod issue becomes a staff-readable problem: file, field and reason. */
import * as z from 'zod';
import type { Problem } from '../../common/result';

// Schemas built with zod/mini (the shared ones) carry no wording of their own until a locale is set.
z.config(z.locales.en());

/** Characters that would break a one-line problem: control characters (\r, \n, NEL …) and the Unicode line separators. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/gu;
const NAMED_ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** Text from a file (a key, a file name, a parser's quote of it) written as escapes where it would break the line. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, (character) => NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A key as staff read it: an empty or blank one is shown quoted, so a field is never blank. */
function showKey(key: string): string {
  return key.trim() === '' ? JSON.stringify(key) : oneLine(key);
}

/** Formats a zod issue path as `video.file` or `courseOfMotion[2]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${showKey(String(part))}`)).join('');
}

/** Rewrites zod's wording where a content author would otherwise have to guess. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is required (${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} (a typo?)`;
  return oneLine(issue.message);
}

/** Every issue of a failed parse as an error of `file`. */
export function issuesToProblems(error: z.core.$ZodError, file: string): Problem[] {
  return error.issues.map((issue) => ({ severity: 'error', file, field: formatFieldPath(issue.path), reason: describeIssue(issue) }));
}

/** One line for a request that failed validation: `kiosk:save-settings: patch.volume must be at most 1`. */
export function describeFirstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${formatFieldPath(issue.path)} ${describeIssue(issue)}` : 'is invalid';
}
