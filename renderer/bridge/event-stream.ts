/**
 * One server-sent event stream for every push listener of the page, opened with the first listener and
 * closed with the last. The browser reconnects by itself; if it gives up, this opens a new stream after a
 * pause. On every (re)connect the server sends the latest state again, so nothing missed stays missed.
 */

/** Pause before a new stream when the browser has given up on the old one. */
const REOPEN_MS = 2_000;

export interface EventStream {
  listen(event: string, listener: (payload: unknown) => void): () => void;
}

export function createEventStream(url: string): EventStream {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;

  const deliver = (event: MessageEvent<string>) => {
    let payload: unknown;
    try {
      payload = JSON.parse(event.data);
    } catch {
      return;
    }
    for (const listener of listeners.get(event.type) ?? []) listener(payload);
  };

  const open = () => {
    source = new EventSource(url);
    for (const event of listeners.keys()) source.addEventListener(event, deliver);
    source.addEventListener('error', () => {
      if (source?.readyState !== EventSource.CLOSED) return;
      source = null;
      reopenTimer = setTimeout(() => {
        reopenTimer = undefined;
        if (listeners.size > 0) open();
      }, REOPEN_MS);
    });
  };

  return {
    listen(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        source?.addEventListener(event, deliver);
      }
      set.add(listener);
      if (!source && reopenTimer === undefined) open();
      return () => {
        set.delete(listener);
        if (set.size === 0) {
          listeners.delete(event);
          source?.removeEventListener(event, deliver);
        }
        if (listeners.size === 0) {
          source?.close();
          source = null;
          clearTimeout(reopenTimer);
          reopenTimer = undefined;
        }
      };
    },
  };
}
