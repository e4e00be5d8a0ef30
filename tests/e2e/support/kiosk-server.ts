/** Starts a real preview server (real services, real files) on a content folder a test chooses. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKioskServices } from '../../../main/services/kiosk-services';
import { startPreviewServer } from '../../../main/preview/preview-server';
import type { KioskSettings } from '../../../main/contract';
import { TEST_STAFF_PIN } from '../../playwright.config';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface TestKiosk {
  url: string;
  contentDir: string;
  assetsDir: string;
  close(): Promise<void>;
}

/** Copies the embedded content to a temp folder (so the test may break it) and serves it. */
export async function startKioskOnCopy(edit?: (contentDir: string) => Promise<void>, options: { copyAssets?: boolean } = {}): Promise<TestKiosk> {
  const workDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-'));
  const contentDir = join(workDir, 'content');
  await cp(join(REPO_ROOT, 'content'), contentDir, { recursive: true });
  const assetsDir = options.copyAssets ? join(workDir, 'assets') : join(REPO_ROOT, 'assets');
  if (options.copyAssets) await cp(join(REPO_ROOT, 'assets'), assetsDir, { recursive: true });
  if (edit) await edit(contentDir);
  const services = await startKioskServices({ contentDir, assetsDir, settingsFile: join(workDir, 'settings.json'), watchContent: true, initialStaffPin: TEST_STAFF_PIN });
  const preview = await startPreviewServer({ handlers: services.handlers, rendererDir: join(REPO_ROOT, 'build', 'renderer'), assetsDir });
  return {
    url: preview.url,
    contentDir,
    assetsDir,
    close: async () => {
      services.stop();
      await preview.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** Saves settings the way the staff panel does: unlock with the PIN, then save with the session. */
export async function saveSettingsAsStaff(baseUrl: string, patch: Partial<KioskSettings>): Promise<KioskSettings> {
  const post = async (channel: string, body: unknown) => (await fetch(`${baseUrl}api/${channel}`, { method: 'POST', body: JSON.stringify(body) })).json();
  const unlocked = await post('kiosk:staff-unlock', { pin: TEST_STAFF_PIN });
  if (!unlocked.ok) throw new Error(`staff unlock failed: ${unlocked.error.message}`);
  const saved = await post('kiosk:save-settings', { token: unlocked.value.token, patch });
  if (!saved.ok) throw new Error(`save failed: ${saved.error.message}`);
  return saved.value as KioskSettings;
}
