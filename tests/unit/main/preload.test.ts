import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contextBridge, ipcRenderer, resetElectronMock } from '../../mocks/electron';
import { channelNames, type KioskBridge } from '../../../common/channels';

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
  it('exposes only window.kiosk: one method per channel of the table, and on() for pushes', () => {
    expect(exposedKeys).toEqual(['kiosk']);
    expect(Object.keys(bridge).sort()).toEqual([...channelNames, 'on'].sort());
  });

  it('sends each method on its own wire channel with its request', async () => {
    await bridge.getContent({ language: 'de', station: 'seated-leg-curl' });
    await bridge.getSettings();
    await bridge.saveSettings({ token: 'session-token', patch: { muted: true } });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['kiosk:get-content', { language: 'de', station: 'seated-leg-curl' }],
      ['kiosk:get-settings', undefined],
      ['kiosk:save-settings', { token: 'session-token', patch: { muted: true } }],
    ]);
  });

  it('passes a push to the page without the IPC event, and stops when unsubscribed', () => {
    const received: unknown[] = [];
    const stop = bridge.on('settingsChanged', (settings) => received.push(settings));
    ipcRenderer.emit('kiosk:settings-changed', { sender: 'main' }, { volume: 0.5 });
    stop();
    ipcRenderer.emit('kiosk:settings-changed', { sender: 'main' }, { volume: 0.1 });
    expect(received).toEqual([{ volume: 0.5 }]);
    expect(ipcRenderer.listenerCount('kiosk:settings-changed')).toBe(0);
  });

  it('never hands ipcRenderer itself to the page', () => {
    for (const value of Object.values(bridge)) expect(value).not.toBe(ipcRenderer.invoke);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });
});
