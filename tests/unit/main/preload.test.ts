import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contextBridge, ipcRenderer, resetElectronMock } from '../../mocks/electron';
import { Channels, PushChannels, type KioskBridge } from '../../../main/contract';

let exposedKeys: string[] = [];
let bridge: KioskBridge;

// The preload runs once per page, so it is imported once; the fake records what it exposed.
beforeAll(async () => {
  resetElectronMock();
  await import('../../../main/preload');
  exposedKeys = [...contextBridge.exposed.keys()];
  bridge = contextBridge.exposed.get('kiosk') as KioskBridge;
});

beforeEach(() => ipcRenderer.invoke.mockClear());

describe('preload', () => {
  it('exposes only window.kiosk, with one method per message', async () => {
    expect(exposedKeys).toEqual(['kiosk']);
    expect(Object.keys(bridge).sort()).toEqual(
      ['getContent', 'getDiagnostics', 'getSettings', 'heartbeat', 'onForceReset', 'quitKiosk', 'reloadContent', 'reportError', 'restartKiosk', 'saveSettings', 'staffLock', 'staffStatus', 'staffUnlock'],
    );
  });

  it('sends each method on its own channel with its payload', async () => {
    await bridge.getContent({ language: 'de', station: 'seated-leg-curl' });
    await bridge.getSettings();
    await bridge.saveSettings('session-token', { muted: true });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [Channels.getContent, { language: 'de', station: 'seated-leg-curl' }],
      [Channels.getSettings, undefined],
      [Channels.saveSettings, { token: 'session-token', patch: { muted: true } }],
    ]);
  });

  it('passes a force-reset push to the page and stops when unsubscribed', async () => {
    let resets = 0;
    const unsubscribe = bridge.onForceReset(() => (resets += 1));
    ipcRenderer.emit(PushChannels.forceReset, {});
    unsubscribe();
    ipcRenderer.emit(PushChannels.forceReset, {});
    expect(resets).toBe(1);
  });

  it('never hands ipcRenderer itself to the page', async () => {
    for (const value of Object.values(bridge)) expect(value).not.toBe(ipcRenderer.invoke);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });
});
