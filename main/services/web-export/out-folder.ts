/**
 * The folder the web export writes into. It must be a real folder (never a link, never a file), and either
 * empty, missing, or a previous export (it holds the export's marker), which is then replaced as a whole:
 * anything else in it might be someone's files, so it is refused rather than mixed with or deleted.
 */
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The file by which a folder is known to be a previous export. */
export const EXPORT_MARKER = 'web-export.json';

export type OutFolderOutcome = { ok: true; replaced: boolean } | { ok: false; reason: string };

async function isPreviousExport(dir: string): Promise<boolean> {
  const info = await lstat(join(dir, EXPORT_MARKER)).catch(() => null);
  if (!info?.isFile()) return false;
  try {
    return (JSON.parse(await readFile(join(dir, EXPORT_MARKER), 'utf8')) as { generator?: unknown }).generator === 'gym-floor-kiosk export:web';
  } catch {
    return false;
  }
}

/** Makes `dir` ready for a fresh export, or says why it will not. */
export async function prepareOutFolder(dir: string): Promise<OutFolderOutcome> {
  const info = await lstat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : error));
  if (info instanceof Error) return { ok: false, reason: `${dir} cannot be read (${(info as NodeJS.ErrnoException).code ?? info.message})` };
  if (info === null) {
    await mkdir(dir, { recursive: true });
    return { ok: true, replaced: false };
  }
  if (info.isSymbolicLink()) return { ok: false, reason: `${dir} is a symbolic link: name the real folder, so the export cannot be led somewhere else` };
  if (!info.isDirectory()) return { ok: false, reason: `${dir} is not a folder` };
  const entries = await readdir(dir);
  if (entries.length === 0) return { ok: true, replaced: false };
  if (!(await isPreviousExport(dir))) {
    return { ok: false, reason: `${dir} is not empty and holds no previous export (${EXPORT_MARKER}): name an empty or new folder, so nobody's files are overwritten` };
  }
  // rm removes links inside as links: it never follows one out of the folder.
  for (const entry of entries) await rm(join(dir, entry), { recursive: true, force: true });
  return { ok: true, replaced: true };
}
