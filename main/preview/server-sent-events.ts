/** Pushes main's events to a preview page as server-sent events; the browser reconnects by itself and is sent the latest state again. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { wireName } from '../../common/channels';
import type { PushEvents } from '../services/push-events';
import { SECURITY_HEADERS } from '../services/serving/static-files';

/** A comment line this often keeps proxies and the browser from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;
/** How long the browser waits before it reconnects after the stream broke. */
const RETRY_MS = 1_000;

export function serveEventStream(request: IncomingMessage, response: ServerResponse, events: PushEvents): void {
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  response.write(`retry: ${RETRY_MS}\n\n`);
  const unsubscribe = events.subscribe(
    (event, payload) => void response.write(`event: ${wireName(event)}\ndata: ${JSON.stringify(payload)}\n\n`),
    { replayLatest: true },
  );
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
