/**
 * Reads the operator's config file. A good file is also kept as the last good copy in the data folder; a bad
 * one is reported key by key, and the kiosk runs on the last good copy, or, at a first install, shows the
 * problems on the error screen (it is read once, at start).
 */
import { platform } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Problem } from '../../../common/result';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import { issuesToProblems } from '../problems';
import { operatorConfigSchema, type OperatorConfig } from './operator-config-schema';

export interface LoadedOperatorConfig {
  /** What the kiosk runs on: the file, the last good copy, or nothing (defaults). */
  config: OperatorConfig;
  /** The file it was read from (absolute), for diagnostics. */
  file: string;
  /** Which values are in use. */
  source: 'file' | 'last-good' | 'none';
  problems: Problem[];
  /** The file is broken and there is no good copy: staff must see the problems before members see the kiosk. */
  blocking: boolean;
}

/** The documented place of the config file when neither --config nor KIOSK_CONFIG names one. */
export function defaultConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return platform() === 'win32' ? join(env.ProgramData ?? 'C:\\ProgramData', 'Gym Floor Kiosk', 'kiosk.json') : '/etc/gym-floor-kiosk/kiosk.json';
}

/** Folder keys are taken from the config file's own folder when they are relative. */
function resolveFolders(config: OperatorConfig, file: string): OperatorConfig {
  const from = (folder: string | undefined) => (folder === undefined || isAbsolute(folder) ? folder : resolve(dirname(file), folder));
  return { ...config, contentDir: from(config.contentDir), assetsDir: from(config.assetsDir) };
}

export interface OperatorConfigOptions {
  /** The config file; `named` when the operator named it (--config, KIOSK_CONFIG), so a missing one is a problem. */
  file: string;
  named: boolean;
  /** Where the last good copy is kept (the kiosk's data folder). */
  lastGoodFile: string;
}

export async function loadOperatorConfig({ file, named, lastGoodFile }: OperatorConfigOptions): Promise<LoadedOperatorConfig> {
  const label = basename(file);
  const stored = await readStoredJson(file);
  if (stored.kind === 'missing' && !named) return { config: {}, file, source: 'none', problems: [], blocking: false };

  let problems: Problem[];
  if (stored.kind === 'data') {
    const parsed = operatorConfigSchema.safeParse(stored.data);
    if (parsed.success) {
      const config = resolveFolders(parsed.data, file);
      // Kept so that a later broken edit never leaves the kiosk without the operator's values.
      await writeFileAtomic(lastGoodFile, `${JSON.stringify(config, null, 2)}\n`).catch(() => undefined);
      const warnings: Problem[] = config.staffPin
        ? [{ severity: 'warning', file: label, field: 'staffPin', reason: 'holds the PIN in plain digits: replace it with staffPinHash (npm run staff:hash-pin prints it) and remove staffPin' }]
        : [];
      return { config, file, source: 'file', problems: warnings, blocking: false };
    }
    problems = issuesToProblems(parsed.error, label);
  } else {
    const reason = stored.kind === 'missing' ? 'file is missing' : stored.reason;
    problems = [{ severity: 'error', file: label, field: '(whole file)', reason }];
  }

  const lastGood = await readStoredJson(lastGoodFile);
  const fallback = lastGood.kind === 'data' ? operatorConfigSchema.safeParse(lastGood.data) : null;
  if (fallback?.success) {
    const note: Problem = { severity: 'warning', file: label, field: '(whole file)', reason: 'is not valid; the kiosk runs on the last good copy until it is fixed' };
    return { config: fallback.data, file, source: 'last-good', problems: [...problems, note], blocking: false };
  }
  return { config: {}, file, source: 'none', problems, blocking: true };
}
