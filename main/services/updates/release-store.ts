/**
 * Content releases on the kiosk, in its data folder: objects/<sha256> (each file once, whatever release needs it),
 * releases/<version>/{content,assets} (built beside as <version>.staging, then renamed whole) and current.json, the
 * one pointer naming the release in use and the one before. A power cut at any moment leaves the old release or
 * the new one in use, never a mix; an interrupted download resumes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { ContentFolders } from '../content/content-loader';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import type { BundleFile, BundleManifest } from './bundle-manifest';

const pointerSchema = z.strictObject({ current: z.number().int().min(1), previous: z.number().int().min(1).nullable() });
export type ReleasePointer = z.infer<typeof pointerSchema>;

/** Fetches one object into `partial` (appending to what is there) and resolves when the whole object is in it. */
export type FetchObject = (file: BundleFile, partial: string) => Promise<void>;

export interface ReleaseStore {
  /** The pointer, or null before the first release (then the embedded or configured content is used). */
  pointer(): Promise<ReleasePointer | null>;
  folders(version: number): ContentFolders;
  /** Makes sure every file of the manifest is on disk, verified, and builds the release folder. */
  stage(manifest: BundleManifest, fetchObject: FetchObject): Promise<ContentFolders>;
  /** One atomic step: `version` is in use, the release it replaces is kept as the previous one. */
  activate(version: number): Promise<void>;
  /** Back to the previous release (a release that does not load); false when there is none. */
  rollback(): Promise<boolean>;
  /** Removes every release but the current and previous ones, and every object neither of them uses. */
  prune(): Promise<void>;
}

export class HashMismatchError extends Error {}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function sizeOf(path: string): Promise<number | null> {
  return stat(path).then((info) => (info.isFile() ? info.size : null), () => null);
}

export function createReleaseStore(root: string): ReleaseStore {
  const objects = join(root, 'objects');
  const releases = join(root, 'releases');
  const pointerFile = join(root, 'current.json');
  const releaseDir = (version: number) => join(releases, String(version));
  const folders = (version: number): ContentFolders => ({ contentDir: join(releaseDir(version), 'content'), assetsDir: join(releaseDir(version), 'assets') });

  async function pointer(): Promise<ReleasePointer | null> {
    const stored = await readStoredJson(pointerFile);
    if (stored.kind !== 'data') return null;
    const parsed = pointerSchema.safeParse(stored.data);
    return parsed.success ? parsed.data : null;
  }

  /** The object for `file`, on disk and verified: kept when there, resumed when partial, fetched otherwise. */
  async function ensureObject(file: BundleFile, fetchObject: FetchObject): Promise<string> {
    const target = join(objects, file.sha256);
    if ((await sizeOf(target)) === file.size) return target;
    const partial = `${target}.partial`;
    if (((await sizeOf(partial)) ?? 0) > file.size) await rm(partial, { force: true });
    await fetchObject(file, partial);
    if ((await sizeOf(partial)) !== file.size || (await sha256OfFile(partial)) !== file.sha256) {
      await rm(partial, { force: true });
      throw new HashMismatchError(`${file.path} does not match its SHA-256 in the manifest`);
    }
    await rename(partial, target);
    return target;
  }

  return {
    pointer,
    folders,
    async stage(manifest, fetchObject) {
      await mkdir(objects, { recursive: true });
      const finished = releaseDir(manifest.version);
      if (await stat(finished).then(() => true, () => false)) return folders(manifest.version);
      const staging = `${finished}.staging`;
      await rm(staging, { recursive: true, force: true });
      for (const file of manifest.files) {
        const object = await ensureObject(file, fetchObject);
        const target = join(staging, file.path);
        await mkdir(dirname(target), { recursive: true });
        // A hard link costs no space; where the file system has none, a copy does the same job.
        await link(object, target).catch(() => copyFile(object, target));
      }
      // The release appears whole, or not at all.
      await rename(staging, finished);
      return folders(manifest.version);
    },
    async activate(version) {
      const before = await pointer();
      const previous = before && before.current !== version ? before.current : (before?.previous ?? null);
      await writeFileAtomic(pointerFile, `${JSON.stringify({ current: version, previous })}\n`);
    },
    async rollback() {
      const before = await pointer();
      if (!before?.previous) return false;
      await writeFileAtomic(pointerFile, `${JSON.stringify({ current: before.previous, previous: null })}\n`);
      return true;
    },
    async prune() {
      const now = await pointer();
      const keep = new Set([now?.current, now?.previous].filter((version): version is number => typeof version === 'number').map(String));
      for (const name of await readdir(releases).catch(() => [] as string[])) {
        if (!keep.has(name)) await rm(join(releases, name), { recursive: true, force: true });
      }
      // Objects no kept release links to: with hard links, a link count of 1 means only objects/ holds it.
      for (const name of await readdir(objects).catch(() => [] as string[])) {
        if (name.endsWith('.partial')) continue;
        const info = await stat(join(objects, name)).catch(() => null);
        if (info && info.nlink <= 1 && keep.size > 0) await rm(join(objects, name), { force: true });
      }
    },
  };
}
