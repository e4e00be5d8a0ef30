/**
 * deploy/linux/setup.sh, run for real with stand-ins for the commands that change the machine (apt-get, systemctl,
 * useradd, usermod, chgrp, id): it writes every file under a stand-in root (KIOSK_SETUP_ROOT), reads a real .deb made
 * here with dpkg-deb, and the stand-ins record what it asked of the system. Its config output is checked against the
 * kiosk's own schema, with a hash made by the same code as `npm run staff:hash-pin`.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operatorConfigSchema, PIN_HASH_PATTERN } from '../../../main/services/config/operator-config-schema';
import { formatPinHash, hashPin } from '../../../main/services/staff/pin-hash';
import { useTempDir } from '../../support/temp-dir';
import { readText, requireTool, ROOT, SETUP_SH } from './deploy-files';

const tempDir = useTempDir('deploy-setup');
const STUBBED = ['apt-get', 'systemctl', 'useradd', 'usermod', 'chgrp'];
let realHash = '';

/** Runs bash code with setup.sh sourced (functions only). */
function withSetup(code: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', `source "${join(ROOT, SETUP_SH)}"\n${code}`], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A minimal .deb with the given package name, made with dpkg-deb. */
async function makeDeb(dir: string, name: string): Promise<string> {
  const tree = join(dir, `${name}-tree`);
  await mkdir(join(tree, 'DEBIAN'), { recursive: true });
  await writeFile(join(tree, 'DEBIAN', 'control'), `Package: ${name}\nVersion: 0.1.0\nArchitecture: all\nMaintainer: Tests <tests@example.invalid>\nDescription: stand-in package\n`);
  const deb = join(dir, `${name}_0.1.0_all.deb`);
  const built = spawnSync('dpkg-deb', ['--root-owner-group', '--build', tree, deb], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  return deb;
}

/** Stand-ins that log their arguments; `id` says this is root and the kiosk user does not exist yet. */
async function stubs(dir: string): Promise<{ bin: string; log: string }> {
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  await mkdir(bin, { recursive: true });
  await writeFile(log, '');
  for (const command of STUBBED) {
    await writeFile(join(bin, command), `#!/bin/sh\necho "${command} $*" >> "${log}"\n`);
    await chmod(join(bin, command), 0o755);
  }
  await writeFile(join(bin, 'id'), `#!/bin/sh\nif [ "$*" = "-u" ]; then echo 0; else exit 1; fi\n`);
  await chmod(join(bin, 'id'), 0o755);
  return { bin, log };
}

async function runSetup(args: string[]): Promise<{ status: number | null; output: string; calls: string[]; root: string }> {
  const dir = tempDir();
  const { bin, log } = await stubs(dir);
  const root = join(dir, 'root');
  const result = spawnSync(join(ROOT, SETUP_SH), args, {
    cwd: dir,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, KIOSK_SETUP_ROOT: root },
  });
  // stubs() created the log, so a read that fails is a broken run, not an empty one.
  const calls = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  return { status: result.status, output: `${result.stdout}${result.stderr}`, calls, root };
}

beforeAll(async () => {
  requireTool('dpkg-deb', 'dpkg');
  realHash = formatPinHash(await hashPin('2468'));
});

describe('setup.sh, the config it writes', () => {
  it('renders the sample as valid kiosk config, with the hash from staff:hash-pin as its first key', () => {
    const rendered = withSetup(`render_config "${ROOT}deploy/kiosk.json" '${realHash}'`);
    expect(rendered.status).toBe(0);
    const config = JSON.parse(rendered.stdout) as Record<string, unknown>;
    expect(Object.keys(config)[0]).toBe('staffPinHash');
    expect(config.staffPinHash).toBe(realHash);
    expect(operatorConfigSchema.safeParse(config).error).toBeUndefined();
  });

  it('renders the sample unchanged without a hash', async () => {
    const rendered = withSetup(`render_config "${ROOT}deploy/kiosk.json" ''`);
    expect(rendered.stdout).toBe(await readText('deploy/kiosk.json'));
  });

  it('accepts exactly the hash lines the kiosk accepts, so nothing else lands in the JSON', () => {
    // The real hash is one the kiosk takes, so "both refuse everything" cannot pass.
    expect(PIN_HASH_PATTERN.test(realHash)).toBe(true);
    const candidates = [realHash, `${realHash}"`, `${realHash}\\`, realHash.replace('scrypt', 'bcrypt'), realHash.split('$').slice(0, 5).join('$'), `${realHash}\nx`, '', 'scrypt$1$1$1$a b$c'];
    for (const candidate of candidates) {
      const ok = withSetup('valid_hash "$HASH"', { HASH: candidate }).status === 0;
      expect({ candidate, ok }).toEqual({ candidate, ok: PIN_HASH_PATTERN.test(candidate) });
    }
  });
});

describe('setup.sh, run with stand-ins for the system', () => {
  it('installs cage and the .deb, creates the user, writes the config, takes tty1 and enables the unit', async () => {
    const deb = await makeDeb(tempDir(), 'gym-floor-kiosk');
    const { status, output, calls, root } = await runSetup(['--staff-pin-hash', realHash, deb]);
    expect(status, output).toBe(0);
    expect(calls).toEqual([
      'apt-get update',
      `apt-get install -y cage libpam-systemd dbus ${deb}`,
      'useradd --create-home --user-group --shell /usr/sbin/nologin --comment Gym Floor Kiosk -K HOME_MODE=0750 gym-kiosk',
      'usermod -a -G video gym-kiosk',
      'usermod -a -G render gym-kiosk',
      'usermod -a -G audio gym-kiosk',
      `chgrp gym-kiosk ${root}/etc/gym-floor-kiosk`,
      expect.stringMatching(new RegExp(`^chgrp gym-kiosk ${root}/etc/gym-floor-kiosk/\\.kiosk\\.json\\.`)),
      'systemctl disable getty@tty1.service',
      'systemctl mask getty@tty1.service',
      'systemctl daemon-reload',
      'systemctl enable gym-floor-kiosk.service',
      'systemctl stop getty@tty1.service',
      'systemctl restart gym-floor-kiosk.service',
    ]);
    expect(await readFile(join(root, 'etc/systemd/system/gym-floor-kiosk.service'), 'utf8')).toBe(await readText('deploy/linux/gym-floor-kiosk.service'));
    expect(await readFile(join(root, 'etc/pam.d/gym-floor-kiosk'), 'utf8')).toBe(await readText('deploy/linux/gym-floor-kiosk.pam'));
    const config = join(root, 'etc/gym-floor-kiosk/kiosk.json');
    expect((await stat(config)).mode & 0o777).toBe(0o640);
    expect((await stat(join(root, 'etc/gym-floor-kiosk'))).mode & 0o777).toBe(0o750);
    const written = JSON.parse(await readFile(config, 'utf8')) as Record<string, unknown>;
    expect(written.staffPinHash).toBe(realHash);
    expect(operatorConfigSchema.safeParse(written).success).toBe(true);
  });

  it('keeps a config that is already there, and --no-start leaves the start to the next boot', async () => {
    const deb = await makeDeb(tempDir(), 'gym-floor-kiosk');
    const existing = join(tempDir(), 'root/etc/gym-floor-kiosk/kiosk.json');
    await mkdir(join(existing, '..'), { recursive: true });
    await writeFile(existing, '{ "station": "cable-station" }\n');
    const { status, output, calls } = await runSetup(['--no-start', deb]);
    expect(status, output).toBe(0);
    expect(await readFile(existing, 'utf8')).toBe('{ "station": "cable-station" }\n');
    expect(output).toContain('Keeping the existing');
    expect(calls).toContain('systemctl enable gym-floor-kiosk.service');
    expect(calls.filter((call) => call.includes('restart'))).toEqual([]);
  });

  it('refuses a wrong package, a bad hash and a missing file before it changes anything', async () => {
    const other = await makeDeb(tempDir(), 'some-other-app');
    const wrong = await runSetup([other]);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain("is the package 'some-other-app', not gym-floor-kiosk");
    expect(wrong.calls).toEqual([]);

    const deb = await makeDeb(tempDir(), 'gym-floor-kiosk');
    const badHash = await runSetup(['--staff-pin-hash', '2468', deb]);
    expect(badHash.status).toBe(1);
    expect(badHash.output).toContain("does not look like a hash from 'npm run staff:hash-pin'");
    expect(badHash.calls).toEqual([]);

    const missing = await runSetup([join(tempDir(), 'nothing.deb')]);
    expect(missing.status).toBe(1);
    expect(missing.calls).toEqual([]);

    const none = await runSetup([]);
    expect(none.status).toBe(2);
    expect(none.output).toContain('Usage:');
  });
});
