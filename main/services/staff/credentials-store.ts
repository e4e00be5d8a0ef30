/**
 * The staff credentials file (staff.json beside settings.json): the PIN's scrypt hash and the lockout after
 * wrong PINs. Apart from the settings, so a bad setting never costs the PIN; validated, so a tampered record
 * closes staff entry with a clear word instead of locking staff out for good.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../../../common/result';
import { LOCKOUT_MS } from '../../../common/staff';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import { describeFirstIssue } from '../problems';

export { LOCKOUT_MS };
/** scrypt may use at most this much memory per check (128 · N · r bytes). */
const MAX_SCRYPT_BYTES = 32 * 1024 * 1024;

const base64Bytes = (min: number, max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
    .refine((value) => {
      const bytes = Buffer.from(value, 'base64').length;
      return bytes >= min && bytes <= max;
    }, `must hold ${min === max ? min : `${min} to ${max}`} bytes`);

export const pinHashSchema = z
  .strictObject({
    algorithm: z.literal('scrypt'),
    salt: base64Bytes(16, 64),
    hash: base64Bytes(32, 32),
    N: z.number().int().min(1024).max(1_048_576).refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
  })
  .refine((cost) => 128 * cost.N * cost.r <= MAX_SCRYPT_BYTES, { message: `needs more than ${MAX_SCRYPT_BYTES / 1024 / 1024} MiB per check`, path: ['N'] });

export const staffRecordSchema = z.strictObject({
  pin: pinHashSchema.nullable(),
  failedAttempts: z.number().int().min(0).max(1000),
  /** Epoch milliseconds; null when not locked. */
  lockedUntil: z.number().int().min(0).nullable(),
});

export type StaffRecord = z.infer<typeof staffRecordSchema>;
export type PinHash = z.infer<typeof pinHashSchema>;

export const emptyStaffRecord: StaffRecord = { pin: null, failedAttempts: 0, lockedUntil: null };

export interface CredentialsStore {
  load(): Promise<void>;
  /** The record, with any lock cut to at most LOCKOUT_MS from now; null when the file is not valid. */
  get(): StaffRecord | null;
  /** Writes the record; the store holds it only once it is on disk. */
  save(record: StaffRecord): Promise<void>;
  /** Why staff entry is closed, for diagnostics and the log; empty when all is well. */
  problems(): Problem[];
}

export function createCredentialsStore({ file, now = Date.now }: { file: string; now?: () => number }): CredentialsStore {
  let record: StaffRecord | null = emptyStaffRecord;
  let loadProblems: Problem[] = [];
  const label = basename(file);
  const close = (reason: string) => {
    record = null;
    loadProblems = [
      { severity: 'error', file: label, field: '(whole file)', reason: `${reason}; staff entry is closed. To set a new PIN, delete ${label} and start the kiosk with KIOSK_STAFF_PIN` },
    ];
  };

  return {
    async load() {
      record = emptyStaffRecord;
      loadProblems = [];
      const stored = await readStoredJson(file);
      if (stored.kind === 'missing') return;
      if (stored.kind !== 'data') return close(stored.reason);
      const parsed = staffRecordSchema.safeParse(stored.data);
      if (!parsed.success) return close(`field ${describeFirstIssue(parsed.error)}`);
      record = parsed.data;
    },
    get() {
      if (!record || record.lockedUntil === null) return record;
      // A clock set back, or a hand-edited file, must not lock staff out for longer than one lockout.
      return { ...record, lockedUntil: Math.min(record.lockedUntil, now() + LOCKOUT_MS) };
    },
    async save(next) {
      // Only what is on disk counts: a record that could not be written leaves staff entry as it was.
      await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      record = next;
      loadProblems = [];
    },
    problems: () => loadProblems,
  };
}
