/**
 * Publishes a content folder and its media as a signed bundle into a folder any static web server can serve:
 * objects/<sha256> for every file, and per channel a manifest with its detached signature. Refuses content
 * that does not pass the kiosk's own checks.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../../../common/result';
import { loadContentFolder } from '../content/content-loader';
import { writeFileAtomic } from '../files/atomic-file';
import { readStoredJson } from '../files/json-file';
import { MANIFEST_FORMAT, manifestSchema, ORIGIN_PATHS, type BundleFile, type BundleManifest } from './bundle-manifest';
import { signBytes } from './signing-keys';

/** What a web server on the same machine must be able to read. */
const PUBLIC_FILE_MODE = 0o644;

export interface PublishOptions {
  contentDir: string;
  assetsDir: string;
  outDir: string;
  privateKey: KeyObject;
  channel: string;
  now?: () => Date;
}

export type PublishOutcome =
  | { ok: true; manifest: BundleManifest; newObjects: number; newBytes: number; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** Every regular file below `root`, as posix paths relative to it; hidden files and links are left out. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

async function sha256Of(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}

export async function publishBundle(options: PublishOptions): Promise<PublishOutcome> {
  const checked = await loadContentFolder({ contentDir: options.contentDir, assetsDir: options.assetsDir });
  if (!checked.ok) return { ok: false, problems: checked.problems };

  const objects = join(options.outDir, 'objects');
  await mkdir(objects, { recursive: true });
  const files: BundleFile[] = [];
  let newObjects = 0;
  let newBytes = 0;
  for (const [folder, root] of [['content', options.contentDir], ['assets', options.assetsDir]] as const) {
    for (const path of await listFiles(root)) {
      const source = join(root, path);
      const sha256 = await sha256Of(source);
      const { size } = await stat(source);
      files.push({ path: `${folder}/${path}`, size, sha256 });
      const target = join(objects, sha256);
      const present = await stat(target).then((info) => info.size === size, () => false);
      if (present) continue;
      // Copied under a temporary name first: a server never hands out half an object.
      const temp = `${target}.${process.pid}.partial`;
      await copyFile(source, temp);
      await chmod(temp, PUBLIC_FILE_MODE);
      await rename(temp, target);
      newObjects += 1;
      newBytes += size;
    }
  }

  // The version only ever rises, so a kiosk can refuse an older bundle served to it.
  const previous = await readStoredJson(join(options.outDir, ORIGIN_PATHS.manifest(options.channel)));
  const parsedPrevious = previous.kind === 'data' ? manifestSchema.safeParse(previous.data) : null;
  const version = (parsedPrevious?.success ? parsedPrevious.data.version : 0) + 1;
  const manifest: BundleManifest = { format: MANIFEST_FORMAT, channel: options.channel, version, publishedAt: (options.now ?? (() => new Date()))().toISOString(), files };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  // The signature first: a kiosk that reads between the two writes finds a mismatch, refuses, and takes the bundle at its next check.
  await writeFileAtomic(join(options.outDir, ORIGIN_PATHS.signature(options.channel)), `${signBytes(bytes, options.privateKey)}\n`, PUBLIC_FILE_MODE);
  await writeFileAtomic(join(options.outDir, ORIGIN_PATHS.manifest(options.channel)), bytes.toString('utf8'), PUBLIC_FILE_MODE);
  return { ok: true, manifest, newObjects, newBytes, warnings: checked.warnings };
}
