/** Reads and saves the kiosk's settings file: validated, written atomically through one queue, a bad file kept aside. */
import { rename } from 'node:fs/promises';
import { basename } from 'node:path';
import * as z from 'zod/mini';
import type { Problem, Result } from '../../../common/result';
import { fail, ok } from '../../../common/result';
import { defaultSettings, settingsSchema, type KioskSettings } from '../../../common/settings';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import { describeFirstIssue, issuesToProblems } from '../problems';

export interface SettingsStore {
  /** Reads the file; a missing file means defaults, an unreadable one is reported, a bad one moved aside. */
  load(): Promise<KioskSettings>;
  get(): KioskSettings;
  /** Applies a staff change at once and writes it; concurrent saves are written in order. */
  save(patch: Partial<KioskSettings>): Promise<Result<KioskSettings>>;
  /** What went wrong while loading, for diagnostics. */
  problems(): Problem[];
}

export interface SettingsStoreOptions {
  file: string;
  /** Settings an operator configured for first start (used where the file has no value). */
  initial?: Partial<KioskSettings>;
  now?: () => Date;
  /** Told after every successful save. */
  onSaved?: (settings: KioskSettings) => void;
}

// Partial, so a file saved before a new setting existed still loads.
const storedSettingsSchema = z.partial(settingsSchema);

export function createSettingsStore({ file, initial = {}, now = () => new Date(), onSaved }: SettingsStoreOptions): SettingsStore {
  const base: KioskSettings = { ...defaultSettings, ...initial };
  let current: KioskSettings = base;
  let loadProblems: Problem[] = [];
  const label = basename(file);
  const problem = (reason: string): Problem[] => [{ severity: 'error', file: label, field: '(whole file)', reason }];

  /** Keeps the unreadable bytes beside the file for the operator; the kiosk starts on defaults. */
  async function quarantine(reason: string): Promise<void> {
    const aside = `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(file, aside);
      loadProblems = problem(`${reason}; kept as ${basename(aside)}, the kiosk started on defaults`);
    } catch (error) {
      loadProblems = problem(`${reason}; it could not be moved aside (${(error as NodeJS.ErrnoException).code}), the kiosk started on defaults`);
    }
  }

  return {
    async load() {
      loadProblems = [];
      current = base;
      const stored = await readStoredJson(file);
      if (stored.kind === 'missing') return current;
      if (stored.kind === 'unreadable') {
        loadProblems = problem(`${stored.reason}; the kiosk started on defaults and cannot save settings until it is fixed`);
        return current;
      }
      if (stored.kind === 'not-json') {
        await quarantine(stored.reason);
        return current;
      }
      const parsed = storedSettingsSchema.safeParse(stored.data);
      if (!parsed.success) {
        await quarantine(`field ${describeFirstIssue(parsed.error)}`);
        return current;
      }
      current = { ...base, ...parsed.data };
      return current;
    },
    get: () => current,
    async save(patch) {
      const parsed = settingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) return fail('settings-invalid', 'Settings were not saved', { problems: issuesToProblems(parsed.error, label) });
      const previous = current;
      const next = parsed.data;
      current = next;
      try {
        await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      } catch (error) {
        // Put the old value back unless a later save has already moved on from this one.
        if (current === next) current = previous;
        return fail('internal', `Settings could not be written to ${label} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      onSaved?.(next);
      return ok(next);
    },
    problems: () => loadProblems,
  };
}
