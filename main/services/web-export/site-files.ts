/** Writes the export's files strictly below its folder: every path is checked before anything is written. */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isInside } from '../files/open-inside';

export interface SiteWriter {
  write(relativePath: string, data: string | Uint8Array): Promise<void>;
  /** Files and bytes written so far. */
  readonly files: number;
  readonly bytes: number;
}

export function createSiteWriter(outDir: string): SiteWriter {
  const root = resolve(outDir);
  let files = 0;
  let bytes = 0;
  return {
    async write(relativePath, data) {
      const target = resolve(root, relativePath);
      // Paths come from checked ids and media paths; this is the last line that keeps a file inside --out.
      if (target === root || !isInside(root, target)) throw new Error(`"${relativePath}" would be written outside the export folder`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data);
      files += 1;
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    },
    get files() {
      return files;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** `site/site.css` → `site/site-1a2b3c4d.css`: a new name for new bytes, so a host may cache it for ever. */
export function hashedName(path: string, data: Uint8Array): string {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 8);
  return path.replace(/(\.[a-z]+)$/, `-${hash}$1`);
}
