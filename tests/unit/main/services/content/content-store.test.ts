/**
 * The content store keeps the last good content: what it answers before a load, after a good one, after a broken
 * one, which folders it reads, and what it tells whoever listens (onLoaded) after each load.
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { createContentStore, type ContentStatus, type ReloadResult } from '../../../../../main/services/content/content-store';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-content-store');

const NOT_VALID = 'The content folder is not valid: staff find each problem in the diagnostics.';

/** A languages.json that lists no languages, and what the loader says of it: the only problem, since nothing else can be read without it. */
const BROKEN = JSON.stringify({ fallback: 'en' });
const BROKEN_LANGUAGES: Problem[] = [{ severity: 'error', file: 'languages.json', field: 'languages', reason: 'is required (array)' }];

function recordingStore(contentDir: string) {
  const loads: Array<{ result: ReloadResult; status: ContentStatus; versionChanged: boolean }> = [];
  const store = createContentStore({ contentDir, assetsDir: EMBEDDED_ASSETS }, { onLoaded: (result, status, versionChanged) => loads.push({ result, status, versionChanged }) });
  return { store, loads };
}

describe('content store before its first load', () => {
  it('has no version, no problems, no interface words, and answers a request with "not valid"', () => {
    const store = createContentStore({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
    expect(store.status()).toEqual({ version: null, problems: [] });
    expect(store.uiText('en')).toBeNull();
    expect(store.get({ station: 'seated-leg-curl', language: 'en' })).toEqual({ ok: false, error: { code: 'content-invalid', message: NOT_VALID, problems: [] } });
    expect(store.folders).toEqual({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
  });
});

describe('content store loads', () => {
  it('a good folder: the reload says which version went live, and status and requests follow it', async () => {
    const { store, loads } = recordingStore('content');
    const result = await store.reload();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result).toEqual({ ok: true, value: { version: expect.stringMatching(/^[0-9a-f]{12}$/), warnings: [] } });
    expect(store.status()).toEqual({ version: result.value.version, problems: [] });
    const content = store.get({ station: 'seated-leg-curl', language: 'de' });
    expect(content.ok && content.value.language).toBe('de');
    expect(loads).toEqual([{ result, status: { version: result.value.version, problems: [] }, versionChanged: true }]);
  });

  it('the same folder again: the listener hears that the version did not change', async () => {
    const { store, loads } = recordingStore('content');
    await store.reload();
    await store.reload();
    expect(loads.map((load) => load.versionChanged)).toEqual([true, false]);
  });

  it('a broken folder first: "not valid" with its problems, nothing live, and requests say so with the same problems', async () => {
    const contentDir = await copyContent(dir());
    await writeFile(join(contentDir, 'languages.json'), BROKEN);
    const { store, loads } = recordingStore(contentDir);
    const failed = { ok: false, error: { code: 'content-invalid', message: NOT_VALID, problems: BROKEN_LANGUAGES } };
    expect(await store.reload()).toEqual(failed);
    expect(store.status()).toEqual({ version: null, problems: BROKEN_LANGUAGES });
    expect(store.get({ station: 'seated-leg-curl', language: 'en' })).toEqual(failed);
    expect(store.uiText('en')).toBeNull();
    expect(loads).toEqual([{ result: failed, status: { version: null, problems: BROKEN_LANGUAGES }, versionChanged: false }]);
  });

  it('a folder broken after a good load keeps the good content on screen and reports the new problems', async () => {
    const contentDir = await copyContent(dir());
    const { store, loads } = recordingStore(contentDir);
    const good = await store.reload();
    if (!good.ok) throw new Error(JSON.stringify(good.error));
    await writeFile(join(contentDir, 'languages.json'), BROKEN);
    expect(await store.reload()).toMatchObject({ ok: false, error: { problems: BROKEN_LANGUAGES } });
    expect(store.status()).toEqual({ version: good.value.version, problems: BROKEN_LANGUAGES });
    expect(store.get({ station: 'seated-leg-curl', language: 'en' }).ok).toBe(true);
    expect(loads[1]).toMatchObject({ status: { version: good.value.version }, versionChanged: false });
    // Fixed, with other text: a new version goes live.
    await writeFile(join(contentDir, 'languages.json'), JSON.stringify({ fallback: 'en', languages: [{ code: 'en', name: 'English' }, { code: 'de', name: 'Deutsch' }, { code: 'fr', name: 'Français' }, { code: 'es', name: 'Español' }, { code: 'it', name: 'Italiano' }, { code: 'nl', name: 'Nederlands' }] }));
    await editJson(join(contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl'));
    const fixed = await store.reload();
    expect(fixed.ok && fixed.value.version).not.toBe(good.value.version);
    expect(loads[2]?.versionChanged).toBe(true);
  });

  it('several reloads at once run one after the other, each answering for itself', async () => {
    const { store } = recordingStore('content');
    const results = await Promise.all([store.reload(), store.reload(), store.reload()]);
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
  });
});

describe('content store, the interface words', () => {
  it('are those of the language asked for, else of the fallback language', async () => {
    const contentDir = await copyContent(dir());
    await rm(join(contentDir, 'locales/nl/ui.json'));
    const store = createContentStore({ contentDir, assetsDir: EMBEDDED_ASSETS });
    await store.reload();
    const german = store.uiText('de');
    const english = store.uiText('en');
    expect(german).not.toBeNull();
    expect(german).not.toEqual(english);
    // Dutch has no ui.json here, and Portuguese is not a language of this content: both show the English words.
    expect(store.uiText('nl')).toEqual(english);
    expect(store.uiText('pt')).toEqual(english);
  });
});

describe('content store, switching folders (a content release)', () => {
  it('uses valid other folders and reads them from then on', async () => {
    const first = await copyContent(join(dir()));
    const store = createContentStore({ contentDir: first, assetsDir: EMBEDDED_ASSETS });
    await store.reload();
    const next = { contentDir: await copyContent(join(dir(), 'release')), assetsDir: EMBEDDED_ASSETS };
    await editJson(join(next.contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl'));
    const result = await store.use(next);
    expect(result.ok).toBe(true);
    expect(store.folders).toBe(next);
    expect(store.status().version).toBe(result.ok && result.value.version);
    // A reload now reads the release, not the first folder.
    await editJson(join(next.contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curls'));
    const reloaded = await store.reload();
    expect(reloaded.ok && reloaded.value.version).not.toBe(result.ok && result.value.version);
    const content = store.get({ station: 'seated-leg-curl', language: 'en' });
    expect(content.ok && content.value.station.name).toBe('Leg curls');
  });

  it('keeps its folders and content when the other folders are not valid', async () => {
    const store = createContentStore({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
    const good = await store.reload();
    const broken = { contentDir: join(dir(), 'nothing-here'), assetsDir: EMBEDDED_ASSETS };
    const result = await store.use(broken);
    expect(result).toMatchObject({ ok: false, error: { code: 'content-invalid', message: NOT_VALID } });
    expect(store.folders).toEqual({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
    expect(store.status().version).toBe(good.ok && good.value.version);
  });
});
