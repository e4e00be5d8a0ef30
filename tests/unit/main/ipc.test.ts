import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindowMock, ipcMain, resetElectronMock, WebContentsMock } from '../../mocks/electron';
import { Channels, type Result } from '../../../main/contract';
import { setupIpc } from '../../../main/ipc';
import { startKioskServices } from '../../../main/services/kiosk-services';

let dataDir: string;

beforeEach(async () => {
  resetElectronMock();
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-ipc-'));
  const services = await startKioskServices({ contentDir: 'content', assetsDir: 'assets', settingsFile: join(dataDir, 'settings.json') });
  setupIpc(services.handlers);
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

function invoke(channel: string, sender: WebContentsMock, frameUrl: string, payload?: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender, senderFrame: { url: frameUrl } }, payload) as Promise<Result<unknown>>;
}

describe('ipc wiring', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(Channels).sort());
  });

  it('answers the kiosk window with a result value', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke(Channels.getSettings, window.webContents, 'kiosk://app/index.html');
    expect(result).toMatchObject({ ok: true, value: { defaultLanguage: 'en' } });
  });

  it('rejects a sender that is not one of the app windows', async () => {
    new BrowserWindowMock();
    const stranger = new WebContentsMock();
    for (const channel of Object.values(Channels)) {
      const result = await invoke(channel, stranger, 'kiosk://app/index.html');
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('rejects the app window when it shows a page outside the app', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke(Channels.saveSettings, window.webContents, 'https://example.com/', { muted: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('returns bad input as an error value instead of throwing', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke(Channels.saveSettings, window.webContents, 'kiosk://app/index.html', { volume: 'loud' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
