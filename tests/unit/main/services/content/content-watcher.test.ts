/**
 * The content watcher, with a real fs.watch on a copy of the content: an edit anywhere in the folder reloads the
 * store once things settle, and nothing does after close(). node:fs is only wrapped, to reach the watcher and
 * give it the error the system gives when it runs out of watches.
 */
import type * as NodeFs from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContentStore, type ContentStore } from '../../../../../main/services/content/content-store';
import { CONTENT_SETTLE_MS, watchContentFolder, type ContentWatcher } from '../../../../../main/services/content/content-watcher';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const watchers = vi.hoisted(() => [] as FSWatcher[]);

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const watch = (...args: Parameters<typeof fs.watch>) => {
    const watcher = fs.watch(...args);
    watchers.push(watcher);
    return watcher;
  };
  return { ...fs, default: { ...fs, watch }, watch };
});

const dir = useTempDir('kiosk-content-watcher');

/** Long enough for a reload the watcher should have started to be over: the settle time and a load. */
const QUIET_MS = CONTENT_SETTLE_MS + 700;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store on a fresh copy of the content, loaded once, counting its loads. */
async function watchedCopy(): Promise<{ contentDir: string; store: ContentStore; loads: () => number; version: string }> {
  const contentDir = await copyContent(dir());
  let count = 0;
  const store = createContentStore({ contentDir, assetsDir: EMBEDDED_ASSETS }, { onLoaded: () => (count += 1) });
  const first = await store.reload();
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  count = 0;
  return { contentDir, store, loads: () => count, version: first.value.version };
}

const rename = (contentDir: string, name: string) => editJson(join(contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = name));

let open: ContentWatcher[] = [];
// Every watcher a test opened is closed after it, passed or failed, so none fires into the next test.
afterEach(() => {
  for (const watcher of open) watcher.close();
  open = [];
});
function watching(store: ContentStore, log?: (message: string) => void): ContentWatcher {
  const watcher = watchContentFolder(store, log);
  open.push(watcher);
  return watcher;
}

describe('content watcher', () => {
  it('reloads the store after an edit in a subfolder, once the writing has settled', async () => {
    const { contentDir, store, loads, version } = await watchedCopy();
    watching(store);
    await rename(contentDir, 'Leg curl');
    await vi.waitFor(() => expect(store.status().version).not.toBe(version), { timeout: 5000, interval: 50 });
    expect(loads()).toBe(1);
    const content = store.get({ station: 'seated-leg-curl', language: 'en' });
    expect(content.ok && content.value.station.name).toBe('Leg curl');
  });

  it('waits for a burst of writes to end, then reloads once', async () => {
    const { contentDir, store, loads } = await watchedCopy();
    watching(store);
    for (const name of ['Leg curl 1', 'Leg curl 2', 'Leg curl 3']) {
      await rename(contentDir, name);
      await sleep(CONTENT_SETTLE_MS / 4);
    }
    expect(loads()).toBe(0);
    await vi.waitFor(() => expect(loads()).toBe(1), { timeout: 5000, interval: 50 });
    await sleep(QUIET_MS);
    expect(loads()).toBe(1);
  });

  it('after close, neither a pending reload nor a later edit reloads', async () => {
    const { contentDir, store, loads } = await watchedCopy();
    const watcher = watching(store);
    await rename(contentDir, 'Leg curl');
    await sleep(100);
    watcher.close();
    await rename(contentDir, 'Leg curls');
    await sleep(QUIET_MS);
    expect(loads()).toBe(0);
  });

  it('a folder that does not exist is not watched, and closing that watcher is fine', () => {
    const store = createContentStore({ contentDir: join(dir(), 'not-yet'), assetsDir: EMBEDDED_ASSETS });
    const watcher = watching(store);
    expect(() => watcher.close()).not.toThrow();
  });

  it('logs a reload that fails, and keeps watching', async () => {
    const contentDir = await copyContent(dir());
    let calls = 0;
    const store: ContentStore = {
      ...createContentStore({ contentDir, assetsDir: EMBEDDED_ASSETS }),
      folders: { contentDir, assetsDir: EMBEDDED_ASSETS },
      reload: () => {
        calls += 1;
        return Promise.reject(new Error('the disk went away'));
      },
    };
    const log = vi.fn();
    watching(store, log);
    await writeFile(join(contentDir, 'stations/README.md'), 'notes');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('content reload failed: the disk went away'), { timeout: 5000, interval: 50 });
    await writeFile(join(contentDir, 'stations/README.md'), 'more notes');
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 5000, interval: 50 });
  });

  it('logs when the system stops the watching (out of watches), by its code, else by its message', async () => {
    const { store } = await watchedCopy();
    const log = vi.fn();
    watchers.length = 0;
    watching(store, log);
    expect(watchers).toHaveLength(1);
    watchers[0]!.emit('error', Object.assign(new Error('inotify watch limit reached'), { code: 'ENOSPC' }));
    watchers[0]!.emit('error', new Error('watching stopped'));
    expect(log.mock.calls).toEqual([['the content folder can no longer be watched (ENOSPC)'], ['the content folder can no longer be watched (watching stopped)']]);
  });
});
