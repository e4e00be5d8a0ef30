/**
 * A KioskBridge for the page that must not load the channel table (its request schemas are zod, which only main
 * needs): a method for whichever channel the caller names, sent on that channel's wire name; KioskBridge types
 * which names and requests there are. The preload hands a plain object through contextBridge, so it keeps
 * createBridge (bridge.ts), which lists the table's channels.
 */
import type { Invoke, Subscribe } from './bridge';
import type { ChannelName, KioskBridge, PushEventName } from './channels';
import type { Result } from './result';
import { wireName } from './wire-name';

export function createBridgeByName(invoke: Invoke, subscribe: Subscribe): KioskBridge {
  const on = (event: PushEventName, listener: (payload: unknown) => void) => subscribe(wireName(event), listener);
  const methods = new Map<string, (request?: unknown) => Promise<Result<unknown>>>();
  const bridge = new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'on') return on;
        // Not a channel: symbols, and `then`, so that awaiting the bridge never mistakes it for a promise.
        if (typeof property !== 'string' || property === 'then' || property === 'toJSON') return undefined;
        let method = methods.get(property);
        if (!method) {
          method = (request?: unknown) => invoke(wireName(property as ChannelName), request);
          methods.set(property, method);
        }
        return method;
      },
    },
  );
  return bridge as KioskBridge;
}
