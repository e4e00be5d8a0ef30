/** Reads one JSON file and validates it, turning every failure into staff-readable problems. */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Problem } from '../contract';

export type ReadOutcome<T> = { ok: true; value: T; raw: string } | { ok: false; problems: Problem[] };

/** Formats a zod issue path as `video.file` or `courseOfMotion[2]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Rewrites zod's wording where a content author would otherwise have to guess. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `is required (${issue.expected})`;
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')} (a typo?)`;
  return issue.message;
}

/** `label` is the path shown to staff (relative to the content folder). */
export async function readJsonFile<T>(absolutePath: string, label: string, schema: z.ZodType<T>): Promise<ReadOutcome<T>> {
  let raw: string;
  try {
    raw = await readFile(absolutePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `cannot be read (${(error as Error).message})`;
    return { ok: false, problems: [{ severity: 'error', file: label, field: '(whole file)', reason }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problems: [{ severity: 'error', file: label, field: '(whole file)', reason: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data, raw };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      severity: 'error',
      file: label,
      field: formatFieldPath(issue.path),
      reason: describeIssue(issue),
    })),
  };
}
