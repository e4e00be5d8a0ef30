/**
 * The kiosk's settings: the defaults, under the operator's config, under what staff changed. The settings file
 * holds only what staff changed (so a later config edit still applies to everything else, until staff reset),
 * validated, written atomically through one queue; a bad file is kept aside.
 */
import { rename } from 'node:fs/promises';
import { basename } from 'node:path';
import * as z from 'zod/mini';
import type { Problem, Result } from '../../../common/result';
import { fail, ok } from '../../../common/result';
import { defaultSettings } from '../../../common/default-settings';
import { settingsSchema, type KioskSettings } from '../../../common/settings';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import { describeFirstIssue, issuesToProblems } from '../problems';

export interface SettingsStore {
  /** Reads the file; a missing file means no staff changes, an unreadable one is reported, a bad one moved aside. */
  load(): Promise<KioskSettings>;
  get(): KioskSettings;
  /** Applies a staff change at once and writes it; concurrent saves are written in order. */
  save(patch: Partial<KioskSettings>): Promise<Result<KioskSettings>>;
  /** Forgets every staff change: the operator's config (and the defaults) apply again. */
  reset(): Promise<Result<KioskSettings>>;
  /** What went wrong while loading, for diagnostics. */
  problems(): Problem[];
}

export interface SettingsStoreOptions {
  file: string;
  /** The operator's values (kiosk.json), under what staff change. */
  initial?: Partial<KioskSettings>;
  now?: () => Date;
  /** Told after every successful save or reset. */
  onSaved?: (settings: KioskSettings) => void;
}

// Partial, so a file saved before a new setting existed still loads, and so it holds only what staff changed.
const storedSettingsSchema = z.partial(settingsSchema);

export function createSettingsStore({ file, initial = {}, now = () => new Date(), onSaved }: SettingsStoreOptions): SettingsStore {
  const base: KioskSettings = { ...defaultSettings, ...initial };
  let changed: Partial<KioskSettings> = {};
  /** What the file holds: where memory goes back to when a write fails. */
  let written: Partial<KioskSettings> = {};
  let loadProblems: Problem[] = [];
  const label = basename(file);
  const current = (): KioskSettings => ({ ...base, ...changed });
  const problem = (reason: string): Problem[] => [{ severity: 'error', file: label, field: '(whole file)', reason }];

  /** Keeps the unreadable bytes beside the file for the operator; the kiosk starts without staff changes. */
  async function quarantine(reason: string): Promise<void> {
    const aside = `${file}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(file, aside);
      loadProblems = problem(`${reason}; kept as ${basename(aside)}, the kiosk started on defaults`);
    } catch (error) {
      loadProblems = problem(`${reason}; it could not be moved aside (${(error as NodeJS.ErrnoException).code}), the kiosk started on defaults`);
    }
  }

  /**
   * Writes `next` as what staff changed. A failed write puts back what the file holds (not the change before, which
   * may itself have failed), unless a later change is already on its way.
   */
  async function write(next: Partial<KioskSettings>): Promise<Result<KioskSettings>> {
    changed = next;
    try {
      await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    } catch (error) {
      if (changed === next) changed = written;
      return fail('internal', `Settings could not be written to ${label} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    written = next;
    const saved = { ...base, ...next };
    onSaved?.(saved);
    return ok(saved);
  }

  return {
    async load() {
      loadProblems = [];
      changed = {};
      written = {};
      const stored = await readStoredJson(file);
      if (stored.kind === 'missing') return current();
      if (stored.kind === 'unreadable') {
        loadProblems = problem(`${stored.reason}; the kiosk started on defaults and cannot save settings until it is fixed`);
        return current();
      }
      if (stored.kind === 'not-json') {
        await quarantine(stored.reason);
        return current();
      }
      const parsed = storedSettingsSchema.safeParse(stored.data);
      if (!parsed.success) {
        await quarantine(`field ${describeFirstIssue(parsed.error)}`);
        return current();
      }
      changed = parsed.data;
      written = parsed.data;
      return current();
    },
    get: current,
    async save(patch) {
      const parsed = settingsSchema.safeParse({ ...current(), ...patch });
      if (!parsed.success) return fail('settings-invalid', 'Settings were not saved', { problems: issuesToProblems(parsed.error, label) });
      const picked = Object.fromEntries(Object.keys(patch).map((key) => [key, parsed.data[key as keyof KioskSettings]]));
      return write({ ...changed, ...picked });
    },
    reset: () => write({}),
    problems: () => loadProblems,
  };
}
