/** Starts a real preview server (real services, real files) on a content folder a test chooses. */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wireName, type ChannelName, type RequestInput, type ResponseOf } from '../../../common/channels';
import type { Result } from '../../../common/result';
import type { KioskSettings } from '../../../common/settings';
import { createPreviewHost } from '../../../main/preview/preview-host';
import { startPreviewServer } from '../../../main/preview/preview-server';
import { operatorWithoutConfig } from '../../../main/services/config/operator-setup';
import { readStartConfig } from '../../../main/services/config/start-config';
import { startKioskServices } from '../../../main/services/kiosk-services';
import { TEST_STAFF_PIN } from '../../playwright.config';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface TestKiosk {
  url: string;
  contentDir: string;
  assetsDir: string;
  /** The folder holding settings.json and staff.json. */
  dataDir: string;
  /** Cuts every open connection to the preview (the page's event stream among them), as a network blip would. */
  dropConnections(): void;
  close(): Promise<void>;
}

export interface TestKioskOptions {
  /** Breaks or changes the content copy before the kiosk starts. */
  edit?: (contentDir: string) => Promise<void>;
  /** Copies the media too, so the test may change them. */
  copyAssets?: boolean;
  /** An operator config (kiosk.json) the kiosk starts with, as an object or as raw text; read as `--config` names it. */
  config?: Record<string, unknown> | string;
  /** The kiosk's environment beyond the test PIN (KIOSK_UPDATES_* …). */
  env?: Record<string, string>;
}

/** Copies the embedded content to a temp folder (so the test may break it) and serves it. */
export async function startKioskOnCopy(edit?: TestKioskOptions['edit'], options: Omit<TestKioskOptions, 'edit'> = {}): Promise<TestKiosk> {
  const workDir = await mkdtemp(join(tmpdir(), 'kiosk-e2e-'));
  const contentDir = join(workDir, 'content');
  const dataDir = join(workDir, 'data');
  await cp(join(REPO_ROOT, 'content'), contentDir, { recursive: true });
  const assetsDir = options.copyAssets ? join(workDir, 'assets') : join(REPO_ROOT, 'assets');
  if (options.copyAssets) await cp(join(REPO_ROOT, 'assets'), assetsDir, { recursive: true });
  if (edit) await edit(contentDir);
  const env = { KIOSK_STAFF_PIN: TEST_STAFF_PIN, ...options.env };
  let operator = operatorWithoutConfig(env);
  if (options.config !== undefined) {
    const configFile = join(workDir, 'kiosk.json');
    await writeFile(configFile, typeof options.config === 'string' ? options.config : JSON.stringify(options.config));
    ({ operator } = await readStartConfig(['--config', configFile], env, dataDir));
  }
  const services = await startKioskServices({
    contentDir,
    assetsDir,
    settingsFile: join(dataDir, 'settings.json'),
    watchContent: true,
    operator,
    host: createPreviewHost(),
    firstScreenModule: join(REPO_ROOT, 'build', 'first-screen', 'render-first-screen.cjs'),
  });
  const preview = await startPreviewServer({
    dispatch: services.dispatch,
    events: services.events,
    pages: { index: services.startPage },
    rendererDir: join(REPO_ROOT, 'build', 'renderer'),
    assetsDir,
  });
  return {
    url: preview.url,
    contentDir,
    assetsDir,
    dataDir,
    dropConnections: () => preview.server.closeAllConnections(),
    close: async () => {
      services.stop();
      await preview.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

/** Sends one channel message the way the page does: a JSON POST to /api/<wire name>. */
export async function postChannel(baseUrl: string, wire: string, body?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } } & Record<string, unknown>> {
  const response = await fetch(`${baseUrl}api/${wire}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? '' : JSON.stringify(body) });
  return response.json();
}

/** One channel of the shared table by its name, typed by the table: `callChannel(url, 'getDiagnostics', { token })`. */
export async function callChannel<C extends ChannelName>(baseUrl: string, name: C, ...request: RequestInput<C> extends undefined ? [] : [RequestInput<C>]): Promise<Result<ResponseOf<C>>> {
  return (await postChannel(baseUrl, wireName(name), request[0])) as Result<ResponseOf<C>>;
}

/** Unlocks staff entry with the test PIN and returns the session token. */
export async function staffToken(baseUrl: string): Promise<string> {
  const unlocked = await postChannel(baseUrl, 'kiosk:staff-unlock', { pin: TEST_STAFF_PIN });
  if (!unlocked.ok) throw new Error(`staff unlock failed: ${unlocked.error?.message}`);
  return (unlocked.value as { token: string }).token;
}

/** Saves settings the way the staff panel does: unlock with the PIN, then save with the session. */
export async function saveSettingsAsStaff(baseUrl: string, patch: Partial<KioskSettings>): Promise<KioskSettings> {
  const saved = await postChannel(baseUrl, 'kiosk:save-settings', { token: await staffToken(baseUrl), patch });
  if (!saved.ok) throw new Error(`save failed: ${saved.error?.message}`);
  return saved.value as KioskSettings;
}
