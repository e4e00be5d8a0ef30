/**
 * Writes files so that a power cut leaves either the old or the new content, never half of one, and so
 * that writes to one file never race: each file has one queue, and each write its own temp file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

const queues = new Map<string, Promise<void>>();
/** Files whose leftover temp files (from a power cut mid-write) this process has already cleared. */
const swept = new Set<string>();

/** Removes temp files an interrupted write of `path` left behind: `<name>.<pid>[.<random>].tmp`. */
async function sweepLeftovers(path: string): Promise<void> {
  if (swept.has(path)) return;
  swept.add(path);
  const name = basename(path);
  const leftover = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+(\\.[0-9a-f]+)?\\.tmp$`);
  const siblings = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(siblings.filter((sibling) => leftover.test(sibling)).map((sibling) => rm(join(dirname(path), sibling), { force: true })));
}

async function writeNow(path: string, data: string, mode: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await sweepLeftovers(path);
  // Unique per write, so two processes (or a leftover from a crash) never share a temp file.
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data, 'utf8');
      // Flush to disk before the rename, or the rename can land before the data does.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  try {
    const folder = await open(dirname(path), 'r');
    await folder.sync().finally(() => folder.close());
  } catch {
    // Some platforms (Windows) cannot fsync a folder; the rename is still atomic there.
  }
}

/**
 * Queues an atomic write of `data` to `path` behind every earlier write to the same file. Private to its owner
 * (0600) unless `mode` says otherwise, as a file a web server hands out must.
 */
export function writeFileAtomic(path: string, data: string, mode = 0o600): Promise<void> {
  const key = resolve(path);
  const previous = queues.get(key) ?? Promise.resolve();
  const done = previous.then(() => writeNow(key, data, mode));
  // The queue goes on after a failed write; the caller still sees its own failure.
  const tail = done.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return done;
}
