/** How outcomes cross the process wall: results as values, and problems named by file, field and reason. */

/** One problem in a content folder or a settings file, written for staff: file, field, reason. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  reason: string;
}

export type ErrorCode = 'content-invalid' | 'settings-invalid' | 'bad-request' | 'forbidden' | 'unsupported' | 'internal';

/** An error that crossed the process wall as a value, never as a thrown exception. */
export interface KioskError {
  code: ErrorCode;
  message: string;
  problems?: Problem[];
  /** Staff entry: epoch ms until which it is locked after too many wrong PINs. */
  lockedUntil?: number;
  /** Staff entry: wrong PINs left before the lock. */
  attemptsLeft?: number;
}

/** Handlers return values instead of throwing across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details: Omit<KioskError, 'code' | 'message'> = {}): Result<never> {
  return { ok: false, error: { code, message, ...details } };
}

/** One line per problem, the same wording in logs, the checker, diagnostics and the error screen. */
export function formatProblem(problem: Problem): string {
  return `${problem.file} › ${problem.field}: ${problem.reason}`;
}
