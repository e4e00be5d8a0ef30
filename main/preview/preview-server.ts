/** The preview server: the same services as the Electron main process, over HTTP on loopback. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { fail, type Result } from '../../common/result';
import type { Dispatch } from '../services/channels/channel-dispatch';
import type { PushEvents } from '../services/push-events';
import { answerStaticRequest, SECURITY_HEADERS, type StaticPages, type StaticRoots } from '../services/serving/static-files';
import { allowedHostNames, checkRequest, isJsonRequest, isWildcard } from './request-guard';
import { serveEventStream } from './server-sent-events';

const MAX_BODY_BYTES = 64 * 1024;
/** The page's own event stream; every other /api/ path is a channel's wire name. */
export const EVENTS_PATH = '/api/events';

export interface PreviewServerOptions extends StaticRoots {
  dispatch: Dispatch;
  events: PushEvents;
  /** index.html with the page's start in it (services.startPage); absent: served as built. */
  pages?: StaticPages;
  host?: string;
  port?: number;
}

export interface RunningPreview {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function sendText(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveChannel(request: IncomingMessage, response: ServerResponse, dispatch: Dispatch, wire: string): Promise<void> {
  if (request.method !== 'POST') return sendResult(response, 405, fail('bad-request', 'Channels take POST only.'));
  if (!isJsonRequest(request)) return sendResult(response, 415, fail('bad-request', 'A channel message must be sent as application/json.'));
  const body = await readBody(request);
  if (body === null) return sendResult(response, 413, fail('bad-request', `A message may have at most ${MAX_BODY_BYTES} bytes.`));
  let payload: unknown;
  try {
    payload = body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    return sendResult(response, 400, fail('bad-request', 'The message is not valid JSON.'));
  }
  sendResult(response, 200, await dispatch(wire, payload));
}

async function route(request: IncomingMessage, response: ServerResponse, options: PreviewServerOptions, allowedHosts: ReadonlySet<string>): Promise<void> {
  const refusal = checkRequest(request, allowedHosts, isWildcard(options.host ?? ''));
  if (refusal) return sendText(response, refusal.status, refusal.reason);
  const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
  if (!path.startsWith('/')) return sendText(response, 400, 'Bad request path.');
  if (path === EVENTS_PATH) return request.method === 'GET' ? serveEventStream(request, response, options.events) : sendText(response, 405, 'GET only.');
  if (path.startsWith('/api/')) {
    let wire: string;
    try {
      wire = decodeURIComponent(path.slice('/api/'.length));
    } catch {
      return sendResult(response, 400, fail('bad-request', 'The channel name is not valid percent-encoding.'));
    }
    return serveChannel(request, response, options.dispatch, wire);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'GET or HEAD only.');
  const answer = await answerStaticRequest(path, request.method, request.headers.range, options, options.pages);
  response.writeHead(answer.status, { ...answer.headers, 'Cache-Control': 'no-cache' });
  if (!answer.body) return void response.end(answer.status === 404 ? 'Not found' : undefined);
  // pipeline, not pipe: when the page drops the request halfway (a <video> seeking does it all the time), the file
  // stream is destroyed and its handle closed; pipe() would leave it paused and open for good.
  pipeline(answer.body, response, () => undefined);
}

/** Starts the server; port 0 picks a free port. Resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const host = options.host ?? '127.0.0.1';
  const allowedHosts = allowedHostNames(host);
  const server = createServer((request, response) => {
    route(request, response, options, allowedHosts).catch(() => {
      // The reason stays in the server; the page gets no stack and no path.
      if (!response.headersSent) sendText(response, 500, 'The preview could not answer this request.');
      else response.destroy();
    });
  });
  // A client that never finishes its request must not hold a connection for long.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A streaming video or an event stream keeps its connection open, and close() would wait for it forever.
        server.closeAllConnections();
      }),
  };
}
