import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { createContentStore } from '../../../../../main/services/content/content-store';
import type { BundleFile, BundleManifest } from '../../../../../main/services/updates/bundle-manifest';
import { publishBundle } from '../../../../../main/services/updates/publish-bundle';
import { createReleaseStore, type FetchObject } from '../../../../../main/services/updates/release-store';
import { generateSigningKeys, privateKeyFromPem, publicKeyFromLine } from '../../../../../main/services/updates/signing-keys';
import { startContentUpdates } from '../../../../../main/services/updates/start-content-updates';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-releases');
const keys = generateSigningKeys();
const privateKey = privateKeyFromPem(keys.privateKeyPem);

/** Publishes into a local folder and fetches objects straight from it, counting each fetch. */
async function published(contentDir = 'content') {
  const site = join(dir(), 'site');
  const outcome = await publishBundle({ contentDir, assetsDir: EMBEDDED_ASSETS, outDir: site, privateKey, channel: 'stable' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const fetched: string[] = [];
  const fetchObject: FetchObject = async (file: BundleFile, partial: string) => {
    fetched.push(file.path);
    await writeFile(partial, await readFile(join(site, 'objects', file.sha256)));
  };
  return { manifest: outcome.manifest, fetchObject, fetched };
}

/** A fetch that "loses power" at its n-th call: nothing after it happens. */
function crashingAt(n: number, fetchObject: FetchObject): FetchObject {
  let calls = 0;
  return async (file, partial) => {
    calls += 1;
    if (calls === n) throw new Error('power cut');
    return fetchObject(file, partial);
  };
}

describe('content releases on the kiosk', () => {
  it('a crash at any step of staging leaves the release in use untouched, and the next try finishes with what was fetched', async () => {
    const store = createReleaseStore(join(dir(), 'updates'));
    const first = await published();
    await store.stage(first.manifest, first.fetchObject);
    await store.activate(1);
    const content = await copyContent(dir());
    await editJson(join(content, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl, second'));
    await editJson(join(content, 'locales/de/stations.json'), (data) => (data['seated-leg-curl'].name = 'Beinbeuger, zweite'));
    const second = await published(content);
    const changed = second.manifest.files.filter((file) => !first.manifest.files.some((old) => old.sha256 === file.sha256));
    expect(changed).toHaveLength(2);
    for (let step = 1; step <= changed.length; step += 1) {
      await expect(store.stage(second.manifest, crashingAt(step, second.fetchObject))).rejects.toThrow('power cut');
      expect(await store.pointer()).toEqual({ current: 1, previous: null });
      expect((await loadContentFolder(store.folders(1))).ok).toBe(true);
      expect(await readdir(join(dir(), 'updates', 'releases'))).toContain('2.staging');
    }
    second.fetched.length = 0;
    await store.stage(second.manifest, second.fetchObject);
    // Only what the crashed tries had not finished was fetched again.
    expect(second.fetched).toEqual([changed[1]?.path]);
    expect((await readdir(join(dir(), 'updates', 'releases'))).sort()).toEqual(['1', '2']);
    // Staged but not switched (a power cut before the pointer): release 1 is still the one in use.
    expect((await createReleaseStore(join(dir(), 'updates')).pointer())?.current).toBe(1);
    await store.activate(2);
    expect(await store.pointer()).toEqual({ current: 2, previous: 1 });
  });

  it('a pointer write cut short by a power failure leaves the old pointer in force', async () => {
    const store = createReleaseStore(join(dir(), 'updates'));
    const { manifest, fetchObject } = await published();
    await store.stage(manifest, fetchObject);
    await store.activate(1);
    // What a power cut during the atomic write leaves: the temp file beside an intact pointer.
    await writeFile(join(dir(), 'updates', `current.json.${process.pid}.deadbeef.tmp`), '{"current": 2, "prev');
    expect(await createReleaseStore(join(dir(), 'updates')).pointer()).toEqual({ current: 1, previous: null });
  });

  it('a release that does not load at start rolls back to the one before it', async () => {
    const updatesDir = join(dir(), 'data');
    const store = createReleaseStore(join(updatesDir, 'content-updates'));
    const first = await published();
    await store.stage(first.manifest, first.fetchObject);
    await store.activate(1);
    const content = await copyContent(dir());
    await editJson(join(content, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl, broken later'));
    const second = await published(content);
    await store.stage(second.manifest, second.fetchObject);
    await store.activate(2);
    // The disk loses a file of release 2 (a failing card, a hand): it no longer loads.
    await rm(join(store.folders(2).contentDir, 'languages.json'));
    const shown = createContentStore({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
    const log: string[] = [];
    const updater = await startContentUpdates({
      setup: { url: 'http://127.0.0.1:9/', publicKey: publicKeyFromLine(keys.publicKey) ?? privateKey, channel: 'stable', intervalMs: 3_600_000, installHour: 3 },
      dataDir: updatesDir,
      content: shown,
      isResting: () => false,
      log: (message) => log.push(message),
    });
    updater.stop();
    expect(log).toContain('content release 2 does not load; going back to the one before it');
    expect(await store.pointer()).toEqual({ current: 1, previous: null });
    expect(updater.status().runningVersion).toBe(1);
    expect(shown.folders).toEqual(store.folders(1));
  });

  it('keeps only the releases in use and before, and the objects they use', async () => {
    const store = createReleaseStore(join(dir(), 'updates'));
    const manifests: BundleManifest[] = [];
    for (const name of ['one', 'two', 'three']) {
      const content = await copyContent(join(dir(), name));
      await editJson(join(content, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = `Leg curl ${name}`));
      const { manifest, fetchObject } = await published(content);
      await store.stage(manifest, fetchObject);
      await store.activate(manifest.version);
      manifests.push(manifest);
    }
    await store.prune();
    expect((await readdir(join(dir(), 'updates', 'releases'))).sort()).toEqual(['2', '3']);
    const needed = new Set([...(manifests[1]?.files ?? []), ...(manifests[2]?.files ?? [])].map((file) => file.sha256));
    expect(new Set(await readdir(join(dir(), 'updates', 'objects')))).toEqual(needed);
  });
});
