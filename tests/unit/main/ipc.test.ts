import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindowMock, ipcMain, resetElectronMock, WebContentsMock } from '../../mocks/electron';
import { channelNames, wireName } from '../../../common/channels';
import type { Result } from '../../../common/result';
import { forwardPushEvents, setupIpc } from '../../../main/ipc';
import { startKioskServices, type KioskServices } from '../../../main/services/kiosk-services';
import { createPreviewHost } from '../../../main/preview/preview-host';

let dataDir: string;
let services: KioskServices;

beforeEach(async () => {
  resetElectronMock();
  dataDir = await mkdtemp(join(tmpdir(), 'kiosk-ipc-'));
  services = await startKioskServices({ contentDir: 'content', assetsDir: 'assets', settingsFile: join(dataDir, 'settings.json'), host: createPreviewHost() });
  setupIpc(services.dispatch);
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

function invoke(channel: string, sender: WebContentsMock, frameUrl: string, payload?: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender, senderFrame: { url: frameUrl } }, payload) as Promise<Result<unknown>>;
}

describe('ipc wiring', () => {
  it('registers exactly one handler per channel of the table, under its wire name', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channelNames.map(wireName).sort());
    expect(ipcMain.handlers.has('kiosk:save-settings')).toBe(true);
  });

  it('answers the kiosk window with a result value', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke('kiosk:get-settings', window.webContents, 'kiosk://app/index.html');
    expect(result).toMatchObject({ ok: true, value: { defaultLanguage: 'en' } });
  });

  it('rejects a sender that is not one of the app windows', async () => {
    new BrowserWindowMock();
    const stranger = new WebContentsMock();
    for (const channel of channelNames.map(wireName)) {
      const result = await invoke(channel, stranger, 'kiosk://app/index.html');
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('rejects the app window when it shows a page outside the app', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke('kiosk:get-settings', window.webContents, 'https://example.com/');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('returns bad input as an error value instead of throwing', async () => {
    const window = new BrowserWindowMock();
    const result = await invoke('kiosk:save-settings', window.webContents, 'kiosk://app/index.html', { token: 'x', patch: { volume: 'loud' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('patch.volume') } });
  });

  it('sends each push event to the kiosk page under its wire name, and stops when the page is gone', () => {
    const window = new BrowserWindowMock();
    forwardPushEvents(services.events, window.webContents as never);
    services.events.emit('forceReset', null);
    services.events.emit('contentChanged', { version: 'abc' });
    expect(window.webContents.send.mock.calls).toEqual([
      ['kiosk:force-reset', null],
      ['kiosk:content-changed', { version: 'abc' }],
    ]);
    window.webContents.destroyed = true;
    services.events.emit('forceReset', null);
    expect(window.webContents.send).toHaveBeenCalledTimes(2);
  });
});
