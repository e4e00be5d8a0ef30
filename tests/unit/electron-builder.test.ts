import Ajv from 'ajv';
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// The packages cannot be built here (no Electron binary), so the config is checked against electron-builder's own schema.
async function builderConfig(): Promise<Record<string, unknown>> {
  return load(await readFile('electron-builder.yml', 'utf8')) as Record<string, unknown>;
}

async function validator() {
  const schema = JSON.parse(await readFile('node_modules/app-builder-lib/scheme.json', 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
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

  it('names the app and builds AppImage, deb and NSIS with asar, media outside the archive', async () => {
    const config = await builderConfig();
    expect(config).toMatchObject({ appId: 'fit.gymfloor.kiosk', productName: 'Gym Floor Kiosk', asar: true });
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'assets', to: 'assets' }, { from: 'content', to: 'content' }]));
  });

  it('packages the built entry that package.json names', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { main: string };
    expect(manifest.main).toBe('build/main/index.cjs');
    expect((await builderConfig()).files).toContain('build/main/**/*');
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

  it('ships no source maps: they would hand out the build machine\'s paths', async () => {
    expect((await builderConfig()).files).toContain('!**/*.map');
  });
});
