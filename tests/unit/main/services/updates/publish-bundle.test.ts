import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishBundle } from '../../../../../main/services/updates/publish-bundle';
import { generateSigningKeys, privateKeyFromPem, publicKeyFromLine, verifyBytes } from '../../../../../main/services/updates/signing-keys';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-publish');
const keys = generateSigningKeys();
const privateKey = privateKeyFromPem(keys.privateKeyPem);

describe('publishing a bundle', () => {
  it('writes every file by its hash, a manifest with size and SHA-256 of each, and its signature', async () => {
    const out = join(dir(), 'site');
    const outcome = await publishBundle({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS, outDir: out, privateKey, channel: 'stable' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const bytes = await readFile(join(out, 'channels/stable/manifest.json'));
    const signature = await readFile(join(out, 'channels/stable/manifest.json.sig'), 'utf8');
    expect(verifyBytes(bytes, signature, publicKeyFromLine(keys.publicKey) ?? privateKey)).toBe(true);
    const manifest = JSON.parse(bytes.toString('utf8'));
    expect(manifest).toMatchObject({ format: 1, channel: 'stable', version: 1 });
    expect(manifest.files).toContainEqual(expect.objectContaining({ path: 'content/languages.json' }));
    expect(manifest.files).toContainEqual(expect.objectContaining({ path: 'assets/video/seated-leg-curl.webm' }));
    expect((await readdir(join(out, 'objects'))).sort()).toEqual([...new Set(manifest.files.map((file: { sha256: string }) => file.sha256))].sort());
    // A web server reading as another user must be able to serve everything.
    expect((await stat(join(out, 'channels/stable/manifest.json'))).mode & 0o777).toBe(0o644);
  });

  it('counts versions up per channel, and a text change adds only that file', async () => {
    const out = join(dir(), 'site');
    const content = await copyContent(dir());
    await publishBundle({ contentDir: content, assetsDir: EMBEDDED_ASSETS, outDir: out, privateKey, channel: 'stable' });
    await editJson(join(content, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl, renamed'));
    const second = await publishBundle({ contentDir: content, assetsDir: EMBEDDED_ASSETS, outDir: out, privateKey, channel: 'stable' });
    if (!second.ok) throw new Error('the second publish should work');
    expect(second.manifest.version).toBe(2);
    expect(second.newObjects).toBe(1);
    expect(second.newBytes).toBeLessThan(1_000);
    const beta = await publishBundle({ contentDir: content, assetsDir: EMBEDDED_ASSETS, outDir: out, privateKey, channel: 'beta' });
    expect(beta.ok && beta.manifest.version).toBe(1);
  });

  it('refuses content with errors and publishes nothing', async () => {
    const out = join(dir(), 'site');
    const content = await copyContent(dir());
    await writeFile(join(content, 'stations/cable-station.json'), '{ "id": ');
    const outcome = await publishBundle({ contentDir: content, assetsDir: EMBEDDED_ASSETS, outDir: out, privateKey, channel: 'stable' });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems).toContainEqual(expect.objectContaining({ file: 'stations/cable-station.json' }));
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
