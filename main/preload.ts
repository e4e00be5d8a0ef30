/** Sandboxed preload: exposes the bridge derived from the channel table as window.kiosk, never ipcRenderer itself. */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createBridge } from '../common/bridge';
import type { Result } from '../common/result';

const bridge = createBridge(
  (wire, request) => ipcRenderer.invoke(wire, request) as Promise<Result<unknown>>,
  (wire, listener) => {
    // The page gets the payload only: the IPC event (and its sender) stays on this side.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(wire, forward);
    return () => void ipcRenderer.removeListener(wire, forward);
  },
);

contextBridge.exposeInMainWorld('kiosk', bridge);
