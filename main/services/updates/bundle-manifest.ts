/**
 * A published bundle's manifest: its channel, its version (only ever rising) and every file of the content
 * and media folders with its size and SHA-256. Files are fetched by their hash, so a file that did not change
 * is never fetched twice.
 */
import { z } from 'zod';
import { ID_PATTERN } from '../../../common/identifiers';

export const MANIFEST_FORMAT = 1;
/** Far more than a station floor needs; a bigger manifest is refused, not read into memory. */
export const MAX_MANIFEST_BYTES = 2 * 1024 * 1024;

/** `content/…` or `assets/…`, plain names below them: no `..`, no absolute paths, no hidden files. */
const bundlePath = z.string().regex(/^(content|assets)(\/[\w][\w.-]*)+$/, 'must be a file below content/ or assets/').refine((path) => !path.split('/').includes('..'), 'must not climb out of its folder');

export const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  channel: z.string().regex(ID_PATTERN, 'must be a channel name like "stable"'),
  version: z.number().int().min(1),
  publishedAt: z.iso.datetime(),
  files: z
    .array(z.strictObject({ path: bundlePath, size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex') }))
    .min(1)
    .refine((files) => new Set(files.map((file) => file.path)).size === files.length, 'names a file twice'),
});

export type BundleManifest = z.infer<typeof manifestSchema>;
export type BundleFile = BundleManifest['files'][number];

/** Where things live on the static origin, relative to its base URL. */
export const ORIGIN_PATHS = {
  manifest: (channel: string) => `channels/${channel}/manifest.json`,
  signature: (channel: string) => `channels/${channel}/manifest.json.sig`,
  object: (sha256: string) => `objects/${sha256}`,
};
