/**
 * The kiosk's systemd unit (deploy/linux/gym-floor-kiosk.service): systemd's own checker accepts it, it says what
 * an appliance needs (cage on tty1 as the kiosk user, supervised, restarted always) and keeps the hardening that
 * Electron and cage survive. cage and the kiosk are not installed here, so systemd-analyze verifies a copy whose
 * cage path points at a stand-in executable; nothing else in the copy differs.
 */
import { spawnSync } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';
import { builderConfig, parseUnit, readText, requireTool, UNIT_FILE, value, values, type UnitFile } from './deploy-files';

const CAGE = '/usr/bin/cage';
const tempDir = useTempDir('deploy-unit');

/** The unit with cage replaced by an executable stand-in, written where systemd-analyze can load it by name. */
async function standInCopy(text: string): Promise<string> {
  const cage = join(tempDir(), 'cage');
  await writeFile(cage, '#!/bin/sh\nexit 0\n');
  await chmod(cage, 0o755);
  expect(text.split(`ExecStart=${CAGE} `)).toHaveLength(2);
  const copy = join(tempDir(), 'gym-floor-kiosk.service');
  await writeFile(copy, text.replace(`ExecStart=${CAGE} `, `ExecStart=${cage} `));
  return copy;
}

/** systemd-analyze verify: its exit code, and every line it printed (it exits 0 on ignored bad lines). */
function verify(unitPath: string): { status: number | null; lines: string[] } {
  // --man=no: cage's man page, named in Documentation=, comes with cage, which is not installed here.
  const result = spawnSync('systemd-analyze', ['verify', '--man=no', unitPath], { encoding: 'utf8' });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) };
}

/** Whether systemd's offline exposure score (0 to 10, lower is safer) stays at or under the threshold. */
function exposureWithin(unitPath: string, threshold: number): boolean {
  const result = spawnSync('systemd-analyze', ['security', '--offline=true', `--threshold=${threshold * 10}`, unitPath], { encoding: 'utf8' });
  return result.status === 0;
}

/** What the kiosk's unit must say; each broken promise is one line. */
function appliance(unit: UnitFile, binary: string): string[] {
  const problems: string[] = [];
  const expectValue = (section: string, key: string, wanted: string) => {
    const actual = value(unit, section, key);
    if (actual !== wanted) problems.push(`${section}.${key} is ${actual ?? 'missing'}, not ${wanted}`);
  };
  expectValue('Service', 'User', 'gym-kiosk');
  expectValue('Service', 'PAMName', 'gym-floor-kiosk');
  expectValue('Service', 'TTYPath', '/dev/tty1');
  expectValue('Service', 'StandardInput', 'tty-fail');
  expectValue('Service', 'Restart', 'always');
  expectValue('Unit', 'StartLimitIntervalSec', '0');
  expectValue('Unit', 'Conflicts', 'getty@tty1.service');
  expectValue('Install', 'WantedBy', 'multi-user.target');
  if (!values(unit, 'Service', 'Environment').includes('KIOSK_SUPERVISED=1')) problems.push('KIOSK_SUPERVISED=1 is not in the environment');
  const exec = value(unit, 'Service', 'ExecStart') ?? '';
  const cage = `${CAGE} -d -- "${binary}" `;
  if (!exec.startsWith(cage)) problems.push(`ExecStart does not start with ${cage}`);
  for (const flag of ['--ozone-platform=wayland', '--config /etc/gym-floor-kiosk/kiosk.json']) {
    if (!exec.includes(` ${flag}`)) problems.push(`ExecStart lacks ${flag}`);
  }
  return problems;
}

const HARDENING = {
  NoNewPrivileges: 'yes',
  CapabilityBoundingSet: '',
  ProtectSystem: 'full',
  PrivateTmp: 'yes',
  ProtectKernelTunables: 'yes',
  ProtectKernelModules: 'yes',
  ProtectKernelLogs: 'yes',
  ProtectControlGroups: 'yes',
  RestrictSUIDSGID: 'yes',
  LockPersonality: 'yes',
} as const;

/** Options that would stop Electron or cage: devices closed, the JIT refused, the sandbox's namespaces denied. */
const BREAKERS = ['PrivateDevices', 'DeviceAllow', 'DevicePolicy', 'ProtectClock', 'MemoryDenyWriteExecute', 'RestrictNamespaces', 'PrivateUsers', 'SystemCallFilter', 'ProtectHome', 'DynamicUser'];

function hardening(unit: UnitFile): string[] {
  const problems = Object.entries(HARDENING)
    .filter(([key, wanted]) => value(unit, 'Service', key) !== wanted)
    .map(([key, wanted]) => `${key}=${wanted} is missing`);
  for (const key of BREAKERS) if (values(unit, 'Service', key).length > 0) problems.push(`${key}= would break Electron or cage`);
  if (value(unit, 'Service', 'ProtectSystem') === 'strict') problems.push('ProtectSystem=strict hides the Wayland socket in /run/user');
  return problems;
}

let text = '';
let binary = '';

beforeAll(async () => {
  requireTool('systemd-analyze', 'systemd');
  text = await readText(UNIT_FILE);
  const builder = await builderConfig();
  // electron-builder's deb puts the app under /opt/<productName>/<executableName>.
  binary = `/opt/${builder.productName}/${builder.linux.executableName}`;
});

describe('the kiosk unit, checked by systemd-analyze verify', () => {
  it('verifies without a single complaint', async () => {
    const copy = await standInCopy(text);
    expect(verify(copy)).toEqual({ status: 0, lines: [] });
  });

  it('the check does catch a bad line, an unknown key and a missing program', async () => {
    const typo = verify(await standInCopy(text.replace('Restart=always', 'Restart=alwayz')));
    expect(typo.lines.join('\n')).toMatch(/restart specifier.*alwayz/);
    const unknown = verify(await standInCopy(text.replace('[Service]', '[Service]\nRestartt=always')));
    expect(unknown.lines.join('\n')).toMatch(/Unknown key.*Restartt/);
    const missing = join(tempDir(), 'missing.service');
    // A program that no machine has: that alone is an error, whether or not this machine has cage.
    await writeFile(missing, text.replaceAll(CAGE, '/usr/bin/no-such-compositor'));
    expect(verify(missing).status).not.toBe(0);
  });
});

describe('the kiosk unit, line by line', () => {
  it('runs the packaged binary under cage on tty1 as gym-kiosk, supervised and always restarted', () => {
    expect(appliance(parseUnit(text), binary)).toEqual([]);
  });

  it('the line check notices each thing an appliance would miss', () => {
    const broken = (from: string, to: string) => appliance(parseUnit(text.replace(from, to)), binary);
    expect(broken('Environment=KIOSK_SUPERVISED=1\n', '')).toEqual(['KIOSK_SUPERVISED=1 is not in the environment']);
    expect(broken('Restart=always', 'Restart=on-failure')).toEqual(['Service.Restart is on-failure, not always']);
    expect(broken('TTYPath=/dev/tty1', 'TTYPath=/dev/tty7')).toEqual(['Service.TTYPath is /dev/tty7, not /dev/tty1']);
    expect(broken('User=gym-kiosk', 'User=root')).toEqual(['Service.User is root, not gym-kiosk']);
    expect(broken('/usr/bin/cage -d --', '/usr/bin/cage -d -s --')).toEqual([`ExecStart does not start with ${CAGE} -d -- "${binary}" `]);
    expect(broken(' --ozone-platform=wayland', '')).toEqual(['ExecStart lacks --ozone-platform=wayland']);
  });

  it('names the config file that setup.sh writes and the kiosk reads by default', async () => {
    const setup = await readText('deploy/linux/setup.sh');
    expect(setup).toContain('CONFIG_DIR="$ROOT/etc/gym-floor-kiosk"');
    expect(setup).toContain('KIOSK_USER=gym-kiosk');
    expect(setup).toContain('PAM_SERVICE=gym-floor-kiosk');
  });
});

describe('the kiosk unit, hardening', () => {
  it('keeps the sandboxing Electron survives and none of the options that break it', () => {
    expect(hardening(parseUnit(text))).toEqual([]);
    expect(hardening(parseUnit(`${text.replace('NoNewPrivileges=yes\n', '')}\n[Service]\nPrivateDevices=yes\n`))).toEqual([
      'NoNewPrivileges=yes is missing',
      'PrivateDevices= would break Electron or cage',
    ]);
  });

  it('scores at most 5.0 in systemd-analyze security, where the same unit without hardening scores worse', async () => {
    expect(exposureWithin(await standInCopy(text), 5)).toBe(true);
    const bare = text
      .split('\n')
      .filter((line) => !Object.keys(HARDENING).some((key) => line.startsWith(`${key}=`)))
      .join('\n');
    expect(exposureWithin(await standInCopy(bare), 5)).toBe(false);
  });
});
