import { spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The walls between the processes, held by two tools at once: each folder's own tsconfig (composite, so a
 * file outside the project is refused, and no Node or DOM types where they do not belong) and the lint rules.
 * Each case puts a probe file into the real folder and runs the real project on it.
 */
async function compileWithProbe(folder: string, source: string): Promise<string> {
  const probe = resolve(folder, `wall-probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  await writeFile(probe, source);
  try {
    // The build info goes to a throwaway file, so the probe leaves nothing behind in the project's own.
    const buildInfo = join(tmpdir(), `wall-probe-${process.pid}-${basename(probe)}.tsbuildinfo`);
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', folder, '--tsBuildInfoFile', buildInfo], { encoding: 'utf8' });
    await rm(buildInfo, { force: true });
    return (tsc.stdout + tsc.stderr).split('\n').filter((line) => line.includes(basename(probe))).join('\n');
  } finally {
    await rm(probe, { force: true });
  }
}

async function lint(file: string, source: string): Promise<string[]> {
  const eslint = new ESLint({ overrideConfigFile: 'scripts/eslint.config.js' });
  const [result] = await eslint.lintText(source, { filePath: resolve(file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

// Each compile runs the TypeScript compiler on a whole project, which takes seconds on 2 cores.
describe('process walls: the compiler', { timeout: 120_000 }, () => {
  it('a renderer file cannot import main/', async () => {
    expect(await compileWithProbe('renderer', "import { resolveKioskPaths } from '../main/services/kiosk-paths';\nexport const x = resolveKioskPaths;\n")).toContain('TS6307');
  });

  it('a renderer file cannot import electron or node:fs, nor use Node globals', async () => {
    const out = await compileWithProbe('renderer', "import { ipcRenderer } from 'electron';\nimport { readFileSync } from 'node:fs';\nexport const x = [ipcRenderer, readFileSync, process.cwd()];\n");
    expect(out).toContain('electron-is-not-allowed-in-the-renderer');
    expect(out).toContain('node-is-not-allowed-in-the-renderer');
    expect(out).toContain("Cannot find name 'process'");
  });

  it('a common/ file cannot use Node, the DOM or Electron, nor import main/ or renderer/', async () => {
    expect(await compileWithProbe('common', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('node-is-not-allowed-in-common');
    expect(await compileWithProbe('common', 'export const x = document.title;\n')).toContain("Cannot find name 'document'");
    expect(await compileWithProbe('common', 'export const x = process.cwd();\n')).toContain("Cannot find name 'process'");
    expect(await compileWithProbe('common', "import { app } from 'electron';\nexport const x = app;\n")).toContain('electron-is-not-allowed-in-common');
    expect(await compileWithProbe('common', "import { mediaUrl } from '../renderer/media-url';\nexport const x = mediaUrl;\n")).toContain('TS6307');
  });

  it('a service cannot import electron', async () => {
    expect(await compileWithProbe('main/services', "import { app } from 'electron';\nexport const x = app;\n")).toContain('electron-is-not-allowed-in-services');
  });

  it('main/ cannot import renderer/, and may import electron and common/', async () => {
    expect(await compileWithProbe('main', "import { mediaUrl } from '../renderer/media-url';\nexport const x = mediaUrl;\n")).toContain('TS6307');
    expect(await compileWithProbe('main', "import { app } from 'electron';\nimport { channelNames } from '../common/channels';\nexport const x = [app.getName(), channelNames];\n")).toBe('');
  });
});

describe('process walls: the lint rules', { timeout: 60_000 }, () => {
  it('refuse a renderer import of main/, Node or electron', async () => {
    expect(await lint('renderer/screens/probe.ts', "import { x } from '../../main/ipc';\nexport const y = x;\n")).toEqual([expect.stringContaining('never imports main/')]);
    expect(await lint('renderer/probe.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n")).toEqual([expect.stringContaining('only through KioskBridge')]);
  });

  it('refuse a main/ import of renderer/', async () => {
    expect(await lint('main/services/probe.ts', "import { App } from '../../renderer/app';\nexport const y = App;\n")).toEqual([expect.stringContaining('never imports renderer/')]);
  });

  it('refuse Node, the DOM and the other sides in common/, and allow common/ itself', async () => {
    expect(await lint('common/probe.ts', "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n")).toEqual([expect.stringContaining('no Node')]);
    expect(await lint('common/probe.ts', 'export const y = document.title;\n')).toEqual([expect.stringContaining("'document'")]);
    expect(await lint('common/probe.ts', "import { x } from '../main/ipc';\nexport const y = x;\n")).toEqual([expect.stringContaining('imports nothing from main/')]);
    expect(await lint('renderer/probe.ts', "import { channelNames } from '../common/channels';\nexport const y = channelNames;\n")).toEqual([]);
  });
});

describe('process walls: the tree as it is', () => {
  it('no renderer file imports main/, no main/ file imports renderer/, no common/ file imports either', () => {
    const grep = spawnSync('git', ['grep', '--untracked', '-nE', "from '(\\.\\./)+(main|renderer)/", '--', 'renderer', 'main', 'common'], { encoding: 'utf8' });
    // git grep exits 0 with matches and 1 without; anything else (no git, a bad pattern) would read as "none found".
    expect([0, 1], grep.stderr).toContain(grep.status);
    const offenders = grep.stdout
      .split('\n')
      .filter(Boolean)
      .filter((line) => {
        const [file = ''] = line.split(':');
        const target = /from '(?:\.\.\/)+(main|renderer)\//.exec(line)?.[1];
        return !file.startsWith(`${target}/`);
      });
    expect(offenders).toEqual([]);
  });
});
