/** Reading the deploy/ recipes for the tests: the systemd unit as sections of keys, the config keys, the tools. */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const UNIT_FILE = 'deploy/linux/gym-floor-kiosk.service';
export const SETUP_SH = 'deploy/linux/setup.sh';

/** Every key of the operator config the README documents; `staffPin` is the first-start alternative to `staffPinHash`. */
export const DOCUMENTED_KEYS = [
  'station',
  'defaultLanguage',
  'languages',
  'contentDir',
  'assetsDir',
  'staffPinHash',
  'openingHours',
  'rotation',
  'publicUrl',
  'updates',
  'displayOffCommand',
  'displayOnCommand',
] as const;
export const ALTERNATIVE_KEYS = { staffPin: 'staffPinHash' } as const;

export type UnitFile = Map<string, Array<[string, string]>>;

/** A unit file as its sections, each with its assignments in order (a key may repeat, like Environment=). */
export function parseUnit(text: string): UnitFile {
  const sections: UnitFile = new Map();
  let current: Array<[string, string]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      // A section may appear twice; systemd reads it as one.
      const name = section[1] ?? '';
      current = sections.get(name) ?? [];
      sections.set(name, current);
      continue;
    }
    const equals = line.indexOf('=');
    if (!current || equals < 0) throw new Error(`not a unit file line: ${raw}`);
    current.push([line.slice(0, equals), line.slice(equals + 1)]);
  }
  return sections;
}

export function values(unit: UnitFile, section: string, key: string): string[] {
  return (unit.get(section) ?? []).filter(([name]) => name === key).map(([, value]) => value);
}

/** The one value of a key, or undefined when it is missing or set more than once. */
export function value(unit: UnitFile, section: string, key: string): string | undefined {
  const all = values(unit, section, key);
  return all.length === 1 ? all[0] : undefined;
}

export async function readText(file: string): Promise<string> {
  return readFile(`${ROOT}${file}`, 'utf8');
}

export async function builderConfig(): Promise<{ productName: string; linux: { executableName: string }; nsis: Record<string, unknown> }> {
  return load(await readText('electron-builder.yml')) as { productName: string; linux: { executableName: string }; nsis: Record<string, unknown> };
}

/** A tool the deploy tests need; `.ci/run` installs it on a fresh Debian machine. */
export function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} is missing: apt-get install -y ${debianPackage} (bash .ci/run does this)`);
}
