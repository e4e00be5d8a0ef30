/** Builds a KioskBridge from a transport, so the preload and the preview map methods to channels the same way. */
import { Channels, type ChannelName, type ChannelRequests, type ChannelResponses, type KioskBridge, type Result } from './contract';

/** Sends one request on one channel; the preload uses ipcRenderer.invoke, the preview uses HTTP. */
export type Invoke = <C extends ChannelName>(channel: C, payload: ChannelRequests[C]) => Promise<Result<ChannelResponses[C]>>;

/** Builds the bridge from a transport, so both implementations map methods to channels the same way. */
export function createBridge(invoke: Invoke, onForceReset: KioskBridge['onForceReset']): KioskBridge {
  return {
    getContent: (request) => invoke(Channels.getContent, request),
    getSettings: () => invoke(Channels.getSettings, undefined),
    saveSettings: (token, patch) => invoke(Channels.saveSettings, { token, patch }),
    heartbeat: (beat) => invoke(Channels.heartbeat, beat),
    reportError: (report) => invoke(Channels.reportError, report),
    staffStatus: () => invoke(Channels.staffStatus, undefined),
    staffUnlock: (pin) => invoke(Channels.staffUnlock, { pin }),
    staffLock: (token) => invoke(Channels.staffLock, { token }),
    getDiagnostics: (token) => invoke(Channels.getDiagnostics, { token }),
    reloadContent: (token) => invoke(Channels.reloadContent, { token }),
    restartKiosk: (token) => invoke(Channels.restartKiosk, { token }),
    quitKiosk: (token) => invoke(Channels.quitKiosk, { token }),
    onForceReset,
  };
}
