/** Reads and saves the kiosk's settings file: validated, written atomically, a bad file kept aside. */
import { readFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import type { KioskSettings, Problem, Result } from '../contract';
import { writeFileAtomic } from './atomic-write';
import { formatFieldPath } from './read-json-file';
import { defaultSettings, emptyStaffRecord, settingsSchema, staffRecordSchema, type StaffRecord } from './settings-schema';

export interface SettingsStore {
  /** Reads the file; a missing file means defaults, an unreadable one is moved aside. */
  load(): Promise<KioskSettings>;
  /** The settings staff may see and change (never the PIN hash). */
  get(): KioskSettings;
  save(patch: Partial<KioskSettings>): Promise<Result<KioskSettings>>;
  /** The staff PIN hash and lockout state, kept in the same file. */
  getStaff(): StaffRecord;
  saveStaff(record: StaffRecord): Promise<void>;
  /** What went wrong while loading, for diagnostics. */
  problems(): Problem[];
}

export interface SettingsStoreOptions {
  file: string;
  /** Settings an operator configured for first start (used where the file has no value). */
  initial?: Partial<KioskSettings>;
  now?: () => Date;
}

export function createSettingsStore({ file, initial = {}, now = () => new Date() }: SettingsStoreOptions): SettingsStore {
  const base: KioskSettings = { ...defaultSettings, ...initial };
  let current: KioskSettings = base;
  let staff: StaffRecord = emptyStaffRecord;
  let loadProblems: Problem[] = [];
  const write = () => writeFileAtomic(file, `${JSON.stringify({ ...current, staff }, null, 2)}\n`);
  const label = basename(file);

  async function quarantine(reason: string): Promise<void> {
    const aside = `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside);
    loadProblems = [{ severity: 'error', file: label, field: '(whole file)', reason: `${reason}; kept as ${basename(aside)}, the kiosk started on defaults` }];
  }

  return {
    async load() {
      loadProblems = [];
      let raw: string;
      try {
        raw = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        current = base;
        return current;
      }
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (error) {
        await quarantine(`is not valid JSON (${(error as Error).message})`);
        current = base;
        return current;
      }
      // Partial, so a file saved before a new setting existed still loads.
      const parsed = settingsSchema.partial().extend({ staff: staffRecordSchema.optional() }).safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        await quarantine(`field ${formatFieldPath(issue?.path ?? [])} ${issue?.message ?? 'is invalid'}`);
        current = base;
        staff = emptyStaffRecord;
        return current;
      }
      const { staff: storedStaff, ...settings } = parsed.data;
      current = { ...base, ...settings };
      staff = storedStaff ?? emptyStaffRecord;
      return current;
    },
    get: () => current,
    async save(patch) {
      const parsed = settingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) {
        return {
          ok: false,
          error: {
            code: 'settings-invalid',
            message: 'Settings were not saved',
            problems: parsed.error.issues.map((issue) => ({ severity: 'error', file: label, field: formatFieldPath(issue.path), reason: issue.message })),
          },
        };
      }
      const previous = current;
      current = parsed.data;
      try {
        await write();
      } catch (error) {
        current = previous;
        throw error;
      }
      return { ok: true, value: current };
    },
    getStaff: () => staff,
    async saveStaff(record) {
      staff = record;
      await write();
    },
    problems: () => loadProblems,
  };
}
