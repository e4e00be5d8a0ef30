import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePinHash, verifyPin } from '../../../../main/services/staff/pin-hash';

// The command operators run: `npm run staff:hash-pin`, i.e. the built tool.
const TOOL = 'build/main/hash-pin.cjs';

beforeAll(() => {
  if (!existsSync(TOOL)) throw new Error(`${TOOL} is missing: run "npm run build" first (npm test does).`);
});

describe('staff:hash-pin', () => {
  it('prints one staffPinHash line for a PIN given twice through a pipe, and the line is that PIN', async () => {
    const run = spawnSync(process.execPath, [TOOL], { input: '2468\n2468\n', encoding: 'utf8' });
    expect(run.status).toBe(0);
    const line = run.stdout.trim();
    expect(line).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(line).not.toContain('2468');
    const hash = parsePinHash(line);
    expect(hash && (await verifyPin('2468', hash))).toBe(true);
  });

  it('refuses two different PINs and a PIN that is not 4 to 8 digits, printing nothing', () => {
    for (const input of ['2468\n2469\n', '12\n12\n']) {
      const run = spawnSync(process.execPath, [TOOL], { input, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
    }
  });

  it('in a terminal, never shows the PIN as it is typed', () => {
    // `script` gives the tool a real terminal; what the terminal shows is all of its output (also kept in a file).
    // Each PIN is typed once its question shows, as a person would, however long the tool takes to start.
    const folder = mkdtempSync(join(tmpdir(), 'hash-pin-'));
    const shown = join(folder, 'terminal.txt');
    const typeAfter = (question: string) => `timeout 20 sh -c 'until grep -q "${question}" ${shown} 2>/dev/null; do sleep 0.05; done'; printf '2468\\r'`;
    const feeder = `${typeAfter('Staff PIN')}; ${typeAfter('same PIN')}; sleep 1`;
    const run = spawnSync('bash', ['-c', `(${feeder}) | script -qfec "${process.execPath} ${TOOL}" ${shown}`], { encoding: 'utf8' });
    rmSync(folder, { recursive: true, force: true });
    expect(run.stdout).toContain('Staff PIN (4 to 8 digits): ');
    expect(run.stdout).toMatch(/scrypt\$16384\$/);
    expect(run.stdout.replace(/scrypt\S+/, '')).not.toContain('2468');
  });
});
