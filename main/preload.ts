/** Sandboxed preload: exposes one method per message as window.kiosk, never ipcRenderer itself. */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, PushChannels } from './contract';
import { createBridge, type Invoke } from './create-bridge';

const invoke: Invoke = (channel, payload) => {
  // VS Code's rule: the preload passes on nothing outside the kiosk's own channel prefix.
  if (!channel.startsWith(CHANNEL_PREFIX)) return Promise.resolve({ ok: false, error: { code: 'forbidden', message: `channel ${channel}` } });
  return ipcRenderer.invoke(channel, payload);
};

const bridge = createBridge(invoke, (callback) => {
  const listener = () => callback();
  ipcRenderer.on(PushChannels.forceReset, listener);
  return () => void ipcRenderer.removeListener(PushChannels.forceReset, listener);
});

contextBridge.exposeInMainWorld('kiosk', bridge);
