/** Starts content updates for a kiosk: the release in use at start (rolling back a broken one), then the checks. */
import { join } from 'node:path';
import { loadContentFolder } from '../content/content-loader';
import type { ContentStore } from '../content/content-store';
import { createContentUpdater, type ContentUpdater } from './content-updater';
import { createOriginClient } from './origin-client';
import { createReleaseStore, type ReleaseStore } from './release-store';
import type { UpdatesSetup } from './updates-setup';

/** Puts the release the pointer names on screen, else the one before it, else the configured content; returns its version. */
async function useLatestRelease(store: ReleaseStore, content: ContentStore, log: (message: string) => void): Promise<number | null> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const pointer = await store.pointer();
    if (!pointer) break;
    if ((await content.use(store.folders(pointer.current))).ok) return pointer.current;
    log(`content release ${pointer.current} does not load; going back to the one before it`);
    if (!(await store.rollback())) break;
  }
  await content.reload();
  return null;
}

export interface ContentUpdatesOptions {
  setup: UpdatesSetup;
  /** The kiosk's data folder; releases live in content-updates/ below it. */
  dataDir: string;
  content: ContentStore;
  isResting: () => boolean;
  log: (message: string) => void;
}

export async function startContentUpdates({ setup, dataDir, content, isResting, log }: ContentUpdatesOptions): Promise<ContentUpdater> {
  const store = createReleaseStore(join(dataDir, 'content-updates'));
  const runningVersion = await useLatestRelease(store, content, log);
  const updater = createContentUpdater({
    origin: createOriginClient(setup.url, setup.channel),
    publicKey: setup.publicKey,
    channel: setup.channel,
    store,
    runningVersion,
    intervalMs: setup.intervalMs,
    check: loadContentFolder,
    apply: async (folders) => (await content.use(folders)).ok,
    isResting,
    log,
  });
  updater.start();
  return updater;
}
