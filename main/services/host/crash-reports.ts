/** Counts the crash reports (minidumps) Electron keeps on this machine; they are never uploaded. */
import { readdir } from 'node:fs/promises';

export async function countCrashReports(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.dmp')).length;
}
