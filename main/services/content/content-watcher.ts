/** Watches a content folder and reloads the store when it settles; invalid content keeps the last good. */
import { watch, type FSWatcher } from 'node:fs';
import type { ContentStore } from './content-store';

/** Editors and copy tools write in bursts; wait this long after the last change before reloading. */
export const CONTENT_SETTLE_MS = 750;

export interface ContentWatcher {
  close(): void;
}

/** The store reports each outcome itself (and never rejects), so the watcher only decides when. */
export function watchContentFolder(store: ContentStore, log: (message: string) => void = () => undefined): ContentWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watcher: FSWatcher | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void store.reload().catch((error: Error) => log(`content reload failed: ${error.message}`)), CONTENT_SETTLE_MS);
  };
  try {
    watcher = watch(store.folders.contentDir, { recursive: true }, schedule);
    watcher.on('error', (error) => log(`the content folder can no longer be watched (${(error as NodeJS.ErrnoException).code ?? error.message})`));
  } catch {
    // A folder that does not exist (yet) cannot be watched; the kiosk keeps what it has.
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
