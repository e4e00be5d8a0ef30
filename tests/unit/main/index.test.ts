import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindowMock, crashReporter, ipcMain, protocol, resetElectronMock } from '../../mocks/electron';
import { channelNames, wireName } from '../../../common/channels';

let userData: string;

beforeEach(async () => {
  resetElectronMock();
  userData = await mkdtemp(join(tmpdir(), 'kiosk-main-'));
  app.getPath.mockImplementation(() => userData);
  app.removeAllListeners();
});

afterEach(() => rm(userData, { recursive: true, force: true }));

let starts = 0;

/** Starts a fresh copy of the Electron entry (the query makes it a new module) on the fake electron module. */
async function startKiosk(): Promise<BrowserWindowMock> {
  starts += 1;
  await import(/* @vite-ignore */ `../../../main/index.ts?start=${starts}`);
  await vi.waitFor(() => expect(BrowserWindowMock.windows).toHaveLength(1), { timeout: 10_000 });
  return BrowserWindowMock.windows[0] as BrowserWindowMock;
}

describe('the Electron entry', { timeout: 30_000 }, () => {
  it('keeps crash reports local, opens one kiosk window on the app and answers every channel', async () => {
    const window = await startKiosk();
    expect(crashReporter.start).toHaveBeenCalledWith(expect.objectContaining({ uploadToServer: false }));
    expect(window.loadURL).toHaveBeenCalledWith('kiosk://app/index.html');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(channelNames.map(wireName).sort());
    expect(await readFile(join(userData, 'logs', 'kiosk.log'), 'utf8')).toMatch(/\[main\] starting 0\.0\.0-test/);
  });

  it('serves the out-of-order page in the default language staff saved', async () => {
    await writeFile(join(userData, 'settings.json'), JSON.stringify({ defaultLanguage: 'de' }));
    await startKiosk();
    const handler = protocol.handlers.get('kiosk');
    const page = await (await handler?.(new Request('kiosk://app/out-of-order.html')))?.text();
    const german = JSON.parse(await readFile('content/locales/de/ui.json', 'utf8'));
    expect(page).toContain(`<h1>${german.outOfOrder.title}</h1>`);
  });

  it('starts without hardware acceleration after three GPU crashes', async () => {
    await startKiosk();
    for (let crash = 0; crash < 3; crash += 1) app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    await vi.waitFor(async () => expect(JSON.parse(await readFile(join(userData, 'gpu.json'), 'utf8')).hardwareAcceleration).toBe(false));
    resetElectronMock();
    app.getPath.mockImplementation(() => userData);
    await startKiosk();
    expect(app.disableHardwareAcceleration).toHaveBeenCalledOnce();
  });
});
