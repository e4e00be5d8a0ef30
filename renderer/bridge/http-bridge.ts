/** KioskBridge over HTTP, for the preview server: one JSON POST per message, push events as server-sent events. */
import type { Invoke, Subscribe } from '../../common/bridge';
import { createBridgeByName } from '../../common/bridge-by-name';
import type { KioskBridge } from '../../common/channels';
import { fail } from '../../common/result';
import { createEventStream } from './event-stream';

export function createHttpBridge(baseUrl = './api/'): KioskBridge {
  const invoke: Invoke = async (wire, request) => {
    try {
      const response = await fetch(`${baseUrl}${encodeURIComponent(wire)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: request === undefined ? '' : JSON.stringify(request),
      });
      return await response.json();
    } catch (error) {
      return fail('internal', `The preview server did not answer (${(error as Error).message})`);
    }
  };
  const stream = createEventStream(`${baseUrl}events`);
  const subscribe: Subscribe = (wire, listener) => stream.listen(wire, listener);
  return createBridgeByName(invoke, subscribe);
}
