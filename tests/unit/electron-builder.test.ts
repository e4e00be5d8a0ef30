import Ajv from 'ajv';
import { readFile } from 'node:fs/promises';
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
};

async function builderConfig(): Promise<BuilderConfig> {
  return load(await readFile('electron-builder.yml', 'utf8')) as BuilderConfig;
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

  it('`files` takes the built main (with its preload), the built renderer and package.json, and nothing of the sources', async () => {
    const { files } = await builderConfig();
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    // What `npm run build` writes for the app (main/vite.config.ts, renderer/vite.config.ts) and the entry package.json names.
    expect(manifest.main).toBe('build/main/index.cjs');
    for (const built of [manifest.main, 'build/main/preload.cjs', 'build/main/chunks/settings-abc123.cjs', 'build/renderer/index.html', 'build/renderer/assets/index-abc123.js', 'package.json']) {
      expect(packedByFiles(files, built), built).toBe(true);
    }
    // Sources, the web export (a tool for the content team, not the kiosk), the type checker's caches, the tests.
    for (const left of ['main/index.ts', 'renderer/app.tsx', 'common/settings.ts', 'build/web-export/render-web-page.mjs', 'build/tsbuildinfo/renderer.tsbuildinfo', 'tests/unit/packaging.test.ts', 'electron-builder.yml']) {
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
    expect((await builderConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships no source maps, which the build writes beside every bundle: they would hand out the sources and the build machine\'s paths', async () => {
    const { files } = await builderConfig();
    for (const map of ['build/main/index.cjs.map', 'build/main/preload.cjs.map', 'build/main/chunks/settings-abc123.cjs.map', 'build/renderer/assets/index-abc123.js.map']) {
      expect(packedByFiles(files, map), map).toBe(false);
    }
    // The exclusion is what keeps them out: the include globs alone would take them.
    expect(packedByFiles(files.filter((glob) => glob !== '!**/*.map'), 'build/main/index.cjs.map')).toBe(true);
    // Both vite configs write the maps, so without the exclusion they would ship.
    for (const viteConfig of ['main/vite.config.ts', 'renderer/vite.config.ts']) expect(await readFile(viteConfig, 'utf8'), viteConfig).toMatch(/sourcemap: true/);
  });
});
