import { FuseV1Options } from '@electron/fuses';
import Ajv from 'ajv';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';

// The packages cannot be built here (no Electron binary), so the config is checked against electron-builder's own
// schema, and each choice in it against the reason it was made; tests/unit/packaging.test.ts builds the unpacked app.
type BuilderConfig = Record<string, unknown> & {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  extraResources: Array<{ from: string; to: string }>;
  linux: { target: string[]; executableName: string };
  win: { target: string[] };
  nsis: { oneClick: boolean; perMachine: boolean };
  deb: { depends: string[] };
  publish: Array<{ provider: string; url: string; channel: string }>;
};

async function builderConfig(): Promise<BuilderConfig> {
  return load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
}

/** Every file below `dir` (a folder `npm run build` writes), relative to the project, with /. */
async function builtFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npm run build\` before this test (npm test does)`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative('.', join(entry.parentPath, entry.name)).split(sep).join('/')).sort();
}

async function validator() {
  const schema = JSON.parse(await readFile('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

/**
 * Whether `files` puts `path` (relative to the project) in app.asar, matched as electron-builder matches it
 * (app-builder-lib/out/util/filter.js: minimatch with dot files, patterns in order, a later `!` taking a match back).
 */
function packedByFiles(files: string[], path: string): boolean {
  let packed = false;
  for (const pattern of files.map((glob) => new Minimatch(glob, { dot: true }))) {
    if (packed !== pattern.negate) continue;
    packed = pattern.match(path);
  }
  return packed;
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder\'s configuration schema', async () => {
    const validate = await validator();
    const valid = validate(await builderConfig());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check does catch a wrong option', async () => {
    const validate = await validator();
    expect(validate({ ...(await builderConfig()), asar: 'sometimes' })).toBe(false);
    expect(validate({ ...(await builderConfig()), linux: { target: 'AppImage', kioskMode: true } })).toBe(false);
  });

  it('names the app as the Windows setup script and the deb installer expect it', async () => {
    const config = await builderConfig();
    expect(config).toMatchObject({ appId: 'fit.gymfloor.kiosk', productName: 'Gym Floor Kiosk' });
    // setup-kiosk.ps1 finds the installed exe under the product name; setup.sh installs gym-floor-kiosk_<version>_amd64.deb.
    expect(await readFile('deploy/windows/setup-kiosk.ps1', 'utf8')).toContain(`$ProductName = '${config.productName as string}'`);
    expect(config.linux.executableName).toBe('gym-floor-kiosk');
    expect(await readFile('deploy/linux/setup.sh', 'utf8')).toContain(`${config.linux.executableName}_<version>_amd64.deb`);
  });

  it('builds a deb for the Debian appliance, an AppImage for any other Linux, and an NSIS installer for Windows', async () => {
    const config = await builderConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('the deb depends on every package electron-builder\'s own list names, since its list replaces that one', async () => {
    const { deb } = await builderConfig();
    // app-builder-lib's defaults for a deb (FpmTarget getDefaultDepends), read from the installed version.
    const fpm = await readFile('node_modules/app-builder-lib/out/targets/FpmTarget.js', 'utf8');
    const defaults = /case "deb":\s*return (\[[^\]]*\])/.exec(fpm)?.[1];
    expect(defaults, 'electron-builder\'s default deb depends').toMatch(/^\["/);
    const builtIn = JSON.parse(defaults as string) as string[];
    expect(builtIn).toContain('libnss3');
    expect(builtIn.filter((name) => !deb.depends.includes(name))).toEqual([]);
    // What Electron needs beyond that list on a bare Debian: ALSA for sound (the breathing cues), GBM for its GPU buffers.
    expect(deb.depends).toEqual(expect.arrayContaining(['libasound2', 'libgbm1']));
  });

  it('writes the update feed electron-updater reads: generic, channel stable, under <updates.url>/app/ as main sets it', async () => {
    const { publish } = await builderConfig();
    expect(publish).toEqual([{ provider: 'generic', url: expect.stringMatching(/\/app\/$/), channel: 'stable' }]);
    // The address here is a placeholder: main sets the real one from kiosk.json, at the same /app/ below it.
    expect(new URL(publish[0]?.url ?? '').hostname).toMatch(/\.invalid$/);
    const updates = await readFile('main/app-updates.ts', 'utf8');
    expect(updates).toContain("provider: 'generic'");
    expect(updates).toContain("new URL('app/'");
    expect(await readFile('main/services/updates/updates-setup.ts', 'utf8')).toContain("channel: config?.channel ?? 'stable'");
  });

  it('installs per user on Windows, so an app update needs no administrator; the assisted installer can still choose', async () => {
    // setup-kiosk.ps1 looks for the exe in the kiosk user's AppData\Local\Programs, where a per-user install puts it.
    expect((await builderConfig()).nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(await readFile('deploy/windows/setup-kiosk.ps1', 'utf8')).toContain('AppData\\Local\\Programs\\$ProductName');
  });
});

describe('electron-builder.yml, what goes into the archive', () => {
  it('packs the app into one asar archive, none of it unpacked beside it, which the asar fuses then guard', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    // An unpacked file would sit outside the archive's integrity check, free to be edited on the kiosk.
    expect(config).not.toHaveProperty('asarUnpack');
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('`files` takes every file `npm run build` writes for the app (main with its preload and chunks, the renderer) and package.json', async () => {
    const { files } = await builderConfig();
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    // The real output of the build, not names made up for the test: a new folder or file name the globs miss fails here.
    const app = [...(await builtFiles('build/main')), ...(await builtFiles('build/renderer')), ...(await builtFiles('build/first-screen'))].filter((file) => !file.endsWith('.map'));
    expect(app).toEqual(expect.arrayContaining([manifest.main, 'build/main/preload.cjs', 'build/renderer/index.html', 'build/first-screen/render-first-screen.cjs']));
    expect(app.some((file) => file.startsWith('build/main/chunks/')), 'main is split into chunks').toBe(true);
    expect(app.some((file) => file.startsWith('build/renderer/assets/')), 'the renderer has its assets').toBe(true);
    expect(app.filter((file) => !packedByFiles(files, file))).toEqual([]);
    expect(packedByFiles(files, 'package.json')).toBe(true);
  });

  it('`files` leaves out what the build writes beside the app (the web export, the type checker\'s caches) and every source', async () => {
    const { files } = await builderConfig();
    // The web export is the content team's tool, not the kiosk's; tsbuildinfo is tsc's cache.
    const besides = [...(await builtFiles('build/web-export')), ...(await builtFiles('build/tsbuildinfo'))];
    expect(besides.length).toBeGreaterThan(0);
    expect(besides.filter((file) => packedByFiles(files, file))).toEqual([]);
    for (const left of ['main/index.ts', 'renderer/app.tsx', 'common/settings.ts', 'tests/unit/packaging.test.ts', 'electron-builder.yml', 'scripts/test-all.mjs']) {
      expect(packedByFiles(files, left), left).toBe(false);
    }
  });

  it('keeps media and content out of the archive, as extra resources operators can read, video can stream and updates replace', async () => {
    const config = await builderConfig();
    expect(config.extraResources).toEqual([{ from: 'assets', to: 'assets' }, { from: 'content', to: 'content' }]);
    for (const resource of ['assets/video/seated-leg-curl.webm', 'assets/images/body-map-back.svg', 'content/languages.json', 'content/exercises/seated-leg-curl.json']) {
      expect(packedByFiles(config.files, resource), resource).toBe(false);
    }
  });

  it('keeps node_modules out: vite bundles the dependencies into build/main, and electron-builder would add them unasked', async () => {
    const { files } = await builderConfig();
    for (const dependency of ['node_modules', 'node_modules/react/index.js', 'node_modules/zod/package.json']) {
      expect(packedByFiles(files, dependency), dependency).toBe(false);
    }
    // Without the exclusion the same files would go in (the check above is not true of any path by accident).
    expect(packedByFiles(['node_modules/**/*'], 'node_modules/react/index.js')).toBe(true);
  });
});

describe('electron-builder.yml, the kiosk\'s own hardening', () => {
  it('flips every Electron fuse that would let the kiosk be used as something else', async () => {
    const { electronFuses } = await builderConfig();
    // Each switch and why: the kiosk binary runs no other code than its own checked archive.
    const wanted: Record<string, boolean> = {
      runAsNode: false, // ELECTRON_RUN_AS_NODE would make the binary a plain Node that runs any script
      enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS could load code into main
      enableNodeCliInspectArguments: false, // --inspect would open a debugger on main
      enableEmbeddedAsarIntegrityValidation: true, // an edited app.asar is refused
      onlyLoadAppFromAsar: true, // an app folder put beside the archive is not loaded instead
      enableCookieEncryption: true, // what the page stores is encrypted at rest
      grantFileProtocolExtraPrivileges: false, // the kiosk serves itself over kiosk://, file:// gets nothing extra
    };
    expect(electronFuses).toEqual(wanted);
    // "Every": each fuse this Electron knows is decided, but the V8 snapshot one, which widens nothing.
    const known = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name))).map((name) => `${name[0]?.toLowerCase()}${name.slice(1)}`);
    expect(known.filter((name) => !(name in electronFuses))).toEqual(['loadBrowserProcessSpecificV8Snapshot']);
  });

  it('ships no source maps, which the build writes beside every bundle: they would hand out the sources and the build machine\'s paths', async () => {
    const { files } = await builderConfig();
    const maps = [...(await builtFiles('build/main')), ...(await builtFiles('build/renderer')), ...(await builtFiles('build/first-screen'))].filter((file) => file.endsWith('.map'));
    // Both vite configs write them, so "none packed" is the exclusion at work, not an absence.
    for (const viteConfig of ['main/vite.config.ts', 'renderer/vite.config.ts']) expect(await readFile(viteConfig, 'utf8'), viteConfig).toMatch(/sourcemap: true/);
    expect(maps).toEqual(expect.arrayContaining(['build/main/index.cjs.map', 'build/main/preload.cjs.map']));
    expect(maps.filter((map) => packedByFiles(files, map))).toEqual([]);
    // Without the `!**/*.map` exclusion the include globs would take every one of them.
    expect(maps.filter((map) => !packedByFiles(files.filter((glob) => glob !== '!**/*.map'), map))).toEqual([]);
  });
});
