/** Every shell script under deploy/ (and CI's own) passes shellcheck, and the installer can be run as documented. */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';
import { requireTool, ROOT } from './deploy-files';

const tempDir = useTempDir('deploy-shellcheck');

/** Files under deploy/ that are shell scripts: a .sh name or a sh/bash shebang. */
async function shellScripts(): Promise<string[]> {
  const entries = await readdir(join(ROOT, 'deploy'), { recursive: true, withFileTypes: true });
  const scripts: string[] = [];
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = join(entry.parentPath, entry.name);
    const head = (await readFile(file, 'utf8')).slice(0, 80);
    if (entry.name.endsWith('.sh') || /^#!\s*\S*(\/env\s+)?\S*\b(ba)?sh\b/.test(head)) scripts.push(relative(ROOT, file));
  }
  return scripts.sort();
}

function shellcheck(file: string): { status: number | null; output: string } {
  const result = spawnSync('shellcheck', ['--external-sources', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => requireTool('shellcheck', 'shellcheck'));

describe('shell scripts', () => {
  it('finds the deploy scripts', async () => {
    expect(await shellScripts()).toContain('deploy/linux/setup.sh');
  });

  it('every one under deploy/, and .ci/run, passes shellcheck', async () => {
    for (const script of [...(await shellScripts()), '.ci/run']) {
      expect({ script, ...shellcheck(script) }).toEqual({ script, status: 0, output: '' });
    }
  });

  it('shellcheck does fail a script with an unquoted variable', async () => {
    const bad = join(tempDir(), 'bad.sh');
    await writeFile(bad, '#!/usr/bin/env bash\nset -euo pipefail\ndir="$1"\nrm -rf $dir/cache\n');
    const result = shellcheck(bad);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SC2086');
  });

  it('setup.sh is executable, as the README runs it (sudo ./setup.sh)', async () => {
    expect((await stat(join(ROOT, 'deploy/linux/setup.sh'))).mode & 0o111).toBe(0o111);
  });
});
