/**
 * Packaging, checked as far as it can be without Electron's binary (it cannot be downloaded here): electron-builder
 * builds the unpacked Linux app (`--linux dir`) from the project's own electron-builder.yml against a stand-in
 * Electron distribution, then the layout is checked, and the packaged main runs in Node on a fake `electron`
 * (tests/support/packaged-main-harness.mjs) to show it takes its content and media from resources/.
 *
 * Needs the built app: `npm run build` first (`npm test` builds before the unit tests).
 */
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../main/services/content/content-loader';
import { editJson } from '../support/content-copy';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HARNESS = fileURLToPath(new URL('../support/packaged-main-harness.mjs', import.meta.url));
const ELECTRON_BUILDER_CLI = join(ROOT, 'node_modules', 'electron-builder', 'cli.js');

/** @electron/fuses finds the fuse wire after this marker in Electron's binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own fuse defaults, in wire order (FuseV1Options 0…7), '1' on and '0' off: what a fresh binary ships. */
const ELECTRON_DEFAULT_FUSES = '10110001';
const STAND_IN_MARK = 'stand-in for the Electron binary (tests/unit/packaging.test.ts)';

type Manifest = { name: string; productName: string; version: string; main: string };
type BuilderConfig = { electronFuses: Record<string, boolean>; linux: { executableName: string } };

let work = '';
let appOutDir = '';
let builderLog = '';

/** Files below `dir` (relative, with /), sorted. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function hashesBelow(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of await filesBelow(dir)) hashes[file] = sha256(await readFile(join(dir, file)));
  return hashes;
}

/**
 * What electron-builder's `electronDist` takes as an already unpacked Electron (a folder without the release zip in
 * it; app-builder-lib/out/electron/ElectronFramework.js `unpack`): it copies the folder as it is, renames `electron` to
 * linux.executableName, moves LICENSE to LICENSE.electron.txt and writes resources/app.asar. The stand-in `electron`
 * is a shell script holding a fuse wire at Electron's defaults, so @electron/fuses flips it as it would the real one.
 */
async function createStandInElectron(dist: string): Promise<void> {
  await mkdir(join(dist, 'resources'), { recursive: true });
  const script = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# ${STAND_IN_MARK}\n# fuse wire: `),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), // fuse wire version 1, then its length
    Buffer.from(ELECTRON_DEFAULT_FUSES),
    Buffer.from(`\necho "${STAND_IN_MARK}" >&2\nexit 1\n`),
  ]);
  await writeFile(join(dist, 'electron'), script);
  await chmod(join(dist, 'electron'), 0o755);
  await writeFile(join(dist, 'LICENSE'), 'Stand-in for Electron\'s MIT license.\n');
}

/** This process's environment without the variables whose names match. */
function withoutVariables(names: RegExp): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !names.test(name)));
}

async function builderConfig(): Promise<BuilderConfig> {
  return load(await readFile(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

const asarPath = () => join(appOutDir, 'resources', 'app.asar');

/** Files (not folders) in app.asar, relative, sorted. */
function filesInAsar(): string[] {
  return listPackage(asarPath(), { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((entry) => !('files' in statFile(asarPath(), entry)))
    .sort();
}

beforeAll(async () => {
  for (const built of ['build/main/index.cjs', 'build/main/preload.cjs', 'build/renderer/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` before this test (npm test does)`);
  }
  work = await mkdtemp(join(tmpdir(), 'kiosk-packaging-'));
  const dist = join(work, 'electron-dist');
  await createStandInElectron(dist);
  // The project's electron-builder.yml as it is; the only overrides: the stand-in instead of the download, and the
  // output in the temp folder instead of release/. The fuses are flipped for real, in the stand-in's wire.
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [ELECTRON_BUILDER_CLI, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${dist}`, `-c.directories.output=${join(work, 'release')}`],
    // electron-builder logs nothing but errors when it sees VITEST in its environment; its log is checked below.
    { cwd: ROOT, env: { ...withoutVariables(/^VITEST/), ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: Error & { stdout?: string; stderr?: string }) => {
    throw new Error(`electron-builder failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  });
  builderLog = stdout + stderr;
  const unpacked = (await readdir(join(work, 'release'))).filter((name) => /^linux-.*unpacked$/.test(name));
  if (unpacked.length !== 1) throw new Error(`expected one linux-*unpacked folder, found ${unpacked.join(', ') || 'none'}:\n${builderLog}`);
  appOutDir = join(work, 'release', unpacked[0] as string);
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('electron-builder --linux dir on a stand-in Electron', { timeout: 120_000 }, () => {
  it('names the executable gym-floor-kiosk, beside the license and resources/ only', async () => {
    expect((await builderConfig()).linux.executableName).toBe('gym-floor-kiosk');
    expect((await readdir(appOutDir)).sort()).toEqual(['LICENSE.electron.txt', 'gym-floor-kiosk', 'resources']);
    const executable = join(appOutDir, 'gym-floor-kiosk');
    expect((await stat(executable)).mode & 0o111).toBe(0o111);
    expect((await readFile(executable)).toString('latin1')).toContain(STAND_IN_MARK);
  });

  it('puts app.asar, content, assets and the update feed in resources/, and nothing else (no unpacked part, no default app)', async () => {
    expect((await readdir(join(appOutDir, 'resources'))).sort()).toEqual(['app-update.yml', 'app.asar', 'assets', 'content']);
    // electron-updater's feed from `publish`: generic, the channel's file name; kiosk.json sets the real address at run time.
    expect(await readFile(join(appOutDir, 'resources', 'app-update.yml'), 'utf8')).toMatch(/provider: generic[\s\S]*channel: stable/);
  });

  it('app.asar holds exactly the built app (build/main, build/renderer, build/first-screen) and package.json: no sources, node_modules or maps', async () => {
    const expected = [
      ...(await filesBelow(join(ROOT, 'build', 'main'))).map((file) => `build/main/${file}`),
      ...(await filesBelow(join(ROOT, 'build', 'renderer'))).map((file) => `build/renderer/${file}`),
      ...(await filesBelow(join(ROOT, 'build', 'first-screen'))).map((file) => `build/first-screen/${file}`),
    ].filter((file) => !file.endsWith('.map'));
    const packed = filesInAsar();
    expect(packed).toEqual([...expected, 'package.json'].sort());
    // The kiosk's entry, the preload main/index.ts loads beside it, and the page it opens.
    expect(packed).toEqual(expect.arrayContaining(['build/main/index.cjs', 'build/main/preload.cjs', 'build/renderer/index.html', 'build/first-screen/render-first-screen.cjs']));
    // The build did write maps, so "none packed" is the `!**/*.map` exclusion at work, not an absence.
    expect((await filesBelow(join(ROOT, 'build'))).filter((file) => file.endsWith('.map')).length).toBeGreaterThan(0);
    // What else `npm run build` writes stays out on purpose: the web export is the content team's tool, tsbuildinfo the type checker's cache.
    // A new output folder fails here until someone decides whether the kiosk needs it.
    expect((await readdir(join(ROOT, 'build'))).filter((folder) => !['main', 'renderer', 'first-screen', 'web-export', 'tsbuildinfo'].includes(folder))).toEqual([]);
    expect(packed.filter((file) => /node_modules|\.map$|\.tsx?$|^(main|renderer|common|content|assets|tests)\//.test(file))).toEqual([]);
    for (const file of expected) expect(sha256(extractFile(asarPath(), file)), file).toBe(sha256(await readFile(join(ROOT, file))));
  });

  it('the packaged package.json names the app and its built entry, which is in the archive', async () => {
    const repo = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const packaged = JSON.parse(extractFile(asarPath(), 'package.json').toString('utf8')) as Manifest & Record<string, unknown>;
    expect(packaged).toMatchObject({ name: repo.name, productName: repo.productName, version: repo.version, main: repo.main });
    expect(filesInAsar()).toContain(packaged.main);
    // electron-builder drops what only the build machine needs.
    expect(packaged).not.toHaveProperty('devDependencies');
    expect(packaged).not.toHaveProperty('scripts');
  });

  it('resources/content and resources/assets hold the same files as the repo\'s content/ and assets/', async () => {
    for (const folder of ['content', 'assets']) {
      const packaged = await hashesBelow(join(appOutDir, 'resources', folder));
      expect(Object.keys(packaged).length, folder).toBeGreaterThan(0);
      expect(packaged, folder).toEqual(await hashesBelow(join(ROOT, folder)));
    }
  });

  it('flips the fuses electron-builder.yml asks for, in the fuse wire the stand-in carries at Electron\'s defaults', async () => {
    const { electronFuses } = await builderConfig();
    expect(builderLog).toContain('executing @electron/fuses');
    const wanted = [...ELECTRON_DEFAULT_FUSES];
    for (const [name, on] of Object.entries(electronFuses)) {
      const index = FuseV1Options[`${name[0]?.toUpperCase()}${name.slice(1)}` as keyof typeof FuseV1Options];
      expect(index, `electronFuses.${name} is not a fuse @electron/fuses knows`).toBeTypeOf('number');
      wanted[index] = on ? '1' : '0';
    }
    const wire = await getCurrentFuseWire(join(appOutDir, 'gym-floor-kiosk'));
    const flipped = Array.from({ length: ELECTRON_DEFAULT_FUSES.length }, (_, index) => String.fromCharCode(wire[index as FuseV1Options] as number)).join('');
    expect(flipped).toBe(wanted.join(''));
    expect(flipped).not.toBe(ELECTRON_DEFAULT_FUSES);
  });
});

describe('the packaged main, run in Node on a fake electron', { timeout: 120_000 }, () => {
  it('loads its content from resources/content and serves media from resources/assets, the renderer from the archive', async () => {
    // A copy of the packaged app whose resources differ from the repo: a language name and one extra media file.
    const run = join(work, 'run');
    const resources = join(run, 'unpacked', 'resources');
    const appDir = join(run, 'app');
    const userData = join(run, 'user-data');
    await cp(appOutDir, join(run, 'unpacked'), { recursive: true });
    extractAll(join(resources, 'app.asar'), appDir);
    await mkdir(userData);
    await editJson(join(resources, 'content', 'languages.json'), (data) => {
      data.languages[0].name = `${data.languages[0].name} (packaged copy)`;
    });
    const probe = `only in the packaged resources ${Date.now()}`;
    await writeFile(join(resources, 'assets', 'packaging-probe.txt'), probe);

    const repoContent = await loadContentFolder({ contentDir: join(ROOT, 'content'), assetsDir: join(ROOT, 'assets') });
    const packagedContent = await loadContentFolder({ contentDir: join(resources, 'content'), assetsDir: join(resources, 'assets') });
    if (!repoContent.ok || !packagedContent.ok) throw new Error('the content does not load');
    expect(packagedContent.bundle.version).not.toBe(repoContent.bundle.version);

    // No KIOSK_* setting from this machine's environment may point the kiosk elsewhere; it runs outside the repo.
    const child = spawn(process.execPath, [HARNESS], {
      cwd: run,
      env: {
        ...withoutVariables(/^(KIOSK_|NODE_OPTIONS$|VITEST)/),
        HARNESS_APP_DIR: appDir,
        HARNESS_RESOURCES: resources,
        HARNESS_USER_DATA: userData,
        HARNESS_FETCH: ['kiosk://app/index.html', 'kiosk://app/media/packaging-probe.txt'].join('\n'),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const output = `exit code ${exitCode}\nstdout:\n${stdout}\nstderr:\n${stderr}`;
    const reportLine = stdout.split('\n').find((line) => line.startsWith('[harness] '));
    expect(reportLine, output).toMatch(/^\[harness\] \{/);
    const report = JSON.parse((reportLine as string).slice('[harness] '.length)) as {
      windows: string[];
      registeredSchemes: string[];
      fetched: { url: string; status: number | null; body: string | null }[];
      modulesOutsideApp: string[];
      notFaked: string[];
      harnessError?: string;
    };
    expect(report.harnessError, output).toBeUndefined();
    expect(exitCode, output).toBe(0);

    // The content the kiosk loaded is the one in resources/content, not the repo's.
    expect(stdout, output).toContain(`[kiosk] content loaded (version ${packagedContent.bundle.version})`);
    expect(stdout, output).not.toContain(repoContent.bundle.version);
    expect(stdout, output).not.toMatch(/content is not valid|could not start|uncaught exception|unhandled rejection/);
    const logFile = await readFile(join(userData, 'logs', 'kiosk.log'), 'utf8');
    expect(logFile).toContain(`content loaded (version ${packagedContent.bundle.version})`);

    // It opened the kiosk page (not the out-of-order page), served from the archive's renderer and resources/assets.
    expect(report.windows).toEqual(['kiosk://app/index.html']);
    expect(report.registeredSchemes).toEqual(['kiosk']);
    const [page, media] = report.fetched;
    // The built index.html, with the start drawn by the archive's first-screen bundle from resources/content.
    const built = await readFile(join(ROOT, 'build', 'renderer', 'index.html'), 'utf8');
    expect(page?.status).toBe(200);
    expect(page?.body?.slice(0, built.indexOf('<div id="root">'))).toBe(built.slice(0, built.indexOf('<div id="root">')));
    expect(page?.body).toContain('(packaged copy)');
    expect(page?.body).toMatch(/<div id="root"><div class="kiosk-frame"[^>]*>.*data-screen="attract"/s);
    expect(stdout, output).not.toContain('first screen:');
    expect(media).toMatchObject({ status: 200, body: probe });
    // The bundle needs nothing from outside the archive but Electron and Node's own modules.
    expect(report.modulesOutsideApp).toEqual([]);
  });
});
