import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { createContentStore, type ContentStore } from '../../../../../main/services/content/content-store';
import { createContentUpdater } from '../../../../../main/services/updates/content-updater';
import { createOriginClient } from '../../../../../main/services/updates/origin-client';
import { publishBundle } from '../../../../../main/services/updates/publish-bundle';
import { createReleaseStore } from '../../../../../main/services/updates/release-store';
import { generateSigningKeys, privateKeyFromPem, publicKeyFromLine, signBytes } from '../../../../../main/services/updates/signing-keys';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { startStaticOrigin, type StaticOrigin } from '../../../../support/static-origin';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-updater');
const keys = generateSigningKeys();
const privateKey = privateKeyFromPem(keys.privateKeyPem);
const publicKey = publicKeyFromLine(keys.publicKey);
if (!publicKey) throw new Error('test key');

let origin: StaticOrigin;
let site: string;
let content: string;
let resting: boolean;
let store: ContentStore;
const log: string[] = [];

beforeEach(async () => {
  site = join(dir(), 'site');
  content = await copyContent(dir());
  origin = await startStaticOrigin(site);
  resting = false;
  log.length = 0;
  store = createContentStore({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
  await store.reload();
});
afterEach(() => origin.close());

async function publish(edit?: (contentDir: string) => Promise<void>) {
  if (edit) await edit(content);
  const outcome = await publishBundle({ contentDir: content, assetsDir: EMBEDDED_ASSETS, outDir: site, privateKey, channel: 'stable' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.manifest;
}

function updater(runningVersion: number | null = null, trusted = publicKey) {
  return createContentUpdater({
    origin: createOriginClient(origin.url, 'stable'),
    publicKey: trusted ?? publicKey!,
    channel: 'stable',
    store: createReleaseStore(join(dir(), 'data', 'content-updates')),
    runningVersion,
    intervalMs: 60_000,
    check: loadContentFolder,
    apply: async (folders) => (await store.use(folders)).ok,
    isResting: () => resting,
    log: (message) => log.push(message),
  });
}

const stationName = () => {
  const shown = store.get({ language: 'en', station: 'seated-leg-curl' });
  return shown.ok ? shown.value.station.name : null;
};
const renamed = (name: string) => (contentDir: string) => editJson(join(contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = name));

describe('content updates', () => {
  it('take a new signed version, and show it only when the kiosk rests', async () => {
    await publish(renamed('Leg curl, published'));
    const kiosk = updater();
    await kiosk.checkNow();
    expect(kiosk.status()).toMatchObject({ pending: 1, runningVersion: null, lastError: null, rejected: null });
    expect(stationName()).not.toBe('Leg curl, published');
    resting = true;
    await kiosk.applyIfResting();
    expect(stationName()).toBe('Leg curl, published');
    expect(kiosk.status()).toMatchObject({ pending: null, runningVersion: 1 });
  });

  it('fetch only what changed, and nothing at all for an unchanged manifest', async () => {
    resting = true;
    await publish();
    const kiosk = updater();
    await kiosk.checkNow();
    const firstObjects = origin.requests.filter((request) => request.path.startsWith('/objects/')).length;
    expect(firstObjects).toBeGreaterThan(40);
    await publish(renamed('Leg curl, text only'));
    origin.requests.length = 0;
    await kiosk.checkNow();
    expect(origin.requests.filter((request) => request.path.startsWith('/objects/'))).toHaveLength(1);
    expect(stationName()).toBe('Leg curl, text only');
    origin.requests.length = 0;
    await kiosk.checkNow();
    expect(origin.requests).toEqual([{ path: '/channels/stable/manifest.json', range: undefined, status: 304 }]);
  });

  it('refuse a manifest changed after signing, or signed by another key, and keep what is on screen', async () => {
    resting = true;
    await publish(renamed('Leg curl, tampered'));
    const manifestFile = join(site, 'channels/stable/manifest.json');
    const original = await readFile(manifestFile);
    const tampered = Buffer.from(original);
    const at = tampered.indexOf('"version": 1');
    tampered[at + 11] = '7'.charCodeAt(0);
    await writeFile(manifestFile, tampered);
    const kiosk = updater();
    await kiosk.checkNow();
    expect(kiosk.status().rejected?.reason).toMatch(/^bad signature/);
    await writeFile(manifestFile, original);
    const stranger = publicKeyFromLine(generateSigningKeys().publicKey);
    const other = updater(null, stranger);
    await other.checkNow();
    expect(other.status().rejected?.reason).toMatch(/^bad signature/);
    expect(stationName()).not.toBe('Leg curl, tampered');
  });

  it('refuse an older version than the one running (no rollback attack), and take the same one as up to date', async () => {
    await publish();
    const kiosk = updater(5);
    await kiosk.checkNow();
    expect(kiosk.status().rejected).toEqual({ version: 1, reason: 'version 1 is older than the running 5' });
    const same = updater(1);
    await same.checkNow();
    expect(same.status()).toMatchObject({ rejected: null, pending: null, lastError: null });
  });

  it('refuse a file whose bytes do not match its hash', async () => {
    const manifest = await publish(renamed('Leg curl, corrupted'));
    const text = manifest.files.find((file) => file.path === 'content/locales/en/stations.json');
    await writeFile(join(site, 'objects', text?.sha256 ?? ''), '{"seated-leg-curl":{"name":"Leg curl, swapped"}}'.padEnd(text?.size ?? 0));
    const kiosk = updater();
    await kiosk.checkNow();
    expect(kiosk.status().rejected).toMatchObject({ version: 1, reason: expect.stringMatching(/^hash mismatch: content\/locales\/en\/stations\.json/) });
    expect(stationName()).not.toBe('Leg curl, swapped');
  });

  it('refuse a version that is signed and whole but whose content has errors', async () => {
    resting = true;
    const manifest = await publish();
    // What a careless publisher could sign by hand: a station that names an exercise nobody wrote.
    const station = manifest.files.find((file) => file.path === 'content/stations/seated-leg-curl.json');
    const broken = Buffer.from(JSON.stringify({ id: 'seated-leg-curl', exercises: ['lying-leg-curl'], targetMuscles: ['semimembranosus'] }));
    const sha256 = createHash('sha256').update(broken).digest('hex');
    await writeFile(join(site, 'objects', sha256), broken);
    Object.assign(station ?? {}, { sha256, size: broken.length });
    const bytes = Buffer.from(JSON.stringify({ ...manifest, version: 2 }));
    await writeFile(join(site, 'channels/stable/manifest.json'), bytes);
    await writeFile(join(site, 'channels/stable/manifest.json.sig'), signBytes(bytes, privateKey));
    const kiosk = updater(1);
    await kiosk.checkNow();
    expect(kiosk.status().rejected).toMatchObject({ version: 2, reason: expect.stringMatching(/^content problem: stations\/seated-leg-curl\.json › exercises\[0\]/) });
    expect(kiosk.status().runningVersion).toBe(1);
  });

  it('resume a download that broke off halfway, and tell staff in the meantime', async () => {
    resting = true;
    const manifest = await publish(renamed('Leg curl, resumed'));
    const video = manifest.files.find((file) => file.path === 'assets/video/seated-leg-curl.webm');
    origin.breakNext(video?.sha256 ?? '', 20_000);
    const kiosk = updater();
    await kiosk.checkNow();
    expect(kiosk.status()).toMatchObject({ runningVersion: null, lastError: expect.stringMatching(/broke off/) });
    const partial = await stat(join(dir(), 'data', 'content-updates', 'objects', `${video?.sha256}.partial`));
    expect(partial.size).toBe(20_000);
    await kiosk.checkNow();
    const resumed = origin.requests.filter((request) => request.path.endsWith(video?.sha256 ?? '-'));
    expect(resumed.at(-1)).toMatchObject({ range: 'bytes=20000-', status: 206 });
    expect(stationName()).toBe('Leg curl, resumed');
  });
});
