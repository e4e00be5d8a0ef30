/** Main's side of the pushes: services emit typed events here; each host forwards them (IPC, server-sent events). */
import type { PushEventName, PushPayload } from '../../common/channels';

export type PushListener = <E extends PushEventName>(event: E, payload: PushPayload<E>) => void;

export interface PushEvents {
  emit<E extends PushEventName>(event: E, payload: PushPayload<E>): void;
  /**
   * Returns the function that stops listening. With replayLatest, the listener first gets the latest payload
   * of each state event, so a page that (re)connects late is up to date at once.
   */
  subscribe(listener: PushListener, options?: { replayLatest?: boolean }): () => void;
}

/** Events that say what is now, replayed in this order (settings first); a reset is a one-time order, never replayed. */
const STATE_EVENTS: readonly PushEventName[] = ['settingsChanged', 'contentChanged', 'statusChanged'];

export function createPushEvents(log: (message: string) => void = () => undefined): PushEvents {
  const listeners = new Set<PushListener>();
  const latest = new Map<PushEventName, unknown>();
  return {
    emit(event, payload) {
      if (STATE_EVENTS.includes(event)) latest.set(event, payload);
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch (error) {
          // One broken connection must not keep the event from the others.
          log(`push of ${event} failed: ${(error as Error).message}`);
        }
      }
    },
    subscribe(listener, options = {}) {
      if (options.replayLatest) for (const event of STATE_EVENTS) if (latest.has(event)) listener(event, latest.get(event) as never);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
