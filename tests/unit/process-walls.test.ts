import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Compiles probe files with each process's own tsconfig: the wall must be enforced by the compiler.
let dir: string;
beforeAll(async () => {
  // Inside the project (git-ignored), so the probes find node_modules' type packages as the real files do.
  await mkdir('test-results', { recursive: true });
  dir = await mkdtemp(resolve('test-results', 'walls-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function compile(project: string, source: string): Promise<string> {
  const probe = join(dir, `${project.replace(/\W/g, '-')}-${Math.random().toString(36).slice(2)}.ts`);
  await writeFile(probe, source);
  const config = `${probe}.tsconfig.json`;
  await writeFile(config, JSON.stringify({ extends: resolve(project, 'tsconfig.json'), include: [], files: [probe] }));
  const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', config], { encoding: 'utf8' });
  return tsc.stdout + tsc.stderr;
}

// Each case runs the TypeScript compiler, which takes seconds on 2 cores.
describe('process walls', { timeout: 60_000 }, () => {
  it('a renderer file cannot import electron', async () => {
    expect(await compile('renderer', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toContain('electron-is-not-allowed-in-the-renderer');
  });

  it('a renderer file cannot import node:fs or use Node globals', async () => {
    expect(await compile('renderer', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('node-is-not-allowed-in-the-renderer');
    expect(await compile('renderer', 'export const x = process.cwd();\n')).toContain("Cannot find name 'process'");
  });

  it('a service cannot import electron', async () => {
    expect(await compile('main/services', "import { app } from 'electron';\nexport const x = app;\n")).toContain('electron-is-not-allowed-in-services');
  });

  it('the main process may import electron', async () => {
    expect(await compile('main', "import { app } from 'electron';\nexport const x = app.getName();\n")).toBe('');
  });
});
