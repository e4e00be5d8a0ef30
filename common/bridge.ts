/** Builds a KioskBridge from a transport, so the preload and the HTTP client map methods to channels the same way. */
import { channelNames, wireName, type ChannelName, type KioskBridge, type PushEventName } from './channels';
import type { Result } from './result';

/** Sends one request on one wire channel: ipcRenderer.invoke in Electron, a POST in the preview. */
export type Invoke = (wire: string, request: unknown) => Promise<Result<unknown>>;
/** Listens to one wire event: ipcRenderer.on in Electron, server-sent events in the preview. */
export type Subscribe = (wire: string, listener: (payload: unknown) => void) => () => void;

export function createBridge(invoke: Invoke, subscribe: Subscribe): KioskBridge {
  const methods = Object.fromEntries(channelNames.map((name: ChannelName) => [name, (request?: unknown) => invoke(wireName(name), request)]));
  const on = (event: PushEventName, listener: (payload: unknown) => void) => subscribe(wireName(event), listener);
  // The table's types describe each method; this is the one place they meet the generic transport.
  return { ...methods, on } as unknown as KioskBridge;
}
