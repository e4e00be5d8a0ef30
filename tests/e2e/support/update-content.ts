/** A content copy the content team edits before publishing. */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { editContentJson } from './content-files';
import { REPO_ROOT } from './kiosk-server';

export async function copyContentTo(target: string): Promise<string> {
  await cp(join(REPO_ROOT, 'content'), target, { recursive: true });
  return target;
}

export async function renameStation(contentDir: string, name: string): Promise<void> {
  await editContentJson<Record<string, { name: string }>>(contentDir, 'locales/en/stations.json', (stations) => {
    stations['seated-leg-curl'] = { name };
  });
}
