/** KioskBridge over HTTP, for the preview server: one POST per message to ./api/<channel>. */
import type { KioskBridge } from '../../main/contract';
import { createBridge, type Invoke } from '../../main/create-bridge';

export function createHttpBridge(baseUrl = './api/'): KioskBridge {
  const invoke: Invoke = async (channel, payload) => {
    try {
      const response = await fetch(`${baseUrl}${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: payload === undefined ? '' : JSON.stringify(payload),
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: `The preview server did not answer (${(error as Error).message})` } };
    }
  };
  // The preview has no system idle clock to watch, so main never pushes a reset here.
  return createBridge(invoke, () => () => undefined);
}
