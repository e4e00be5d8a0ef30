/** The preview server: the same services as the Electron main process, over HTTP on loopback. */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rangeResponseHeaders, resolveByteRange } from '../services/byte-range';
import { invokeHandler, type KioskHandlers } from '../services/kiosk-handlers';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticFile, servableFileSize, type StaticRoots } from '../services/static-files';

const MAX_BODY_BYTES = 64 * 1024;

export interface PreviewServerOptions extends StaticRoots {
  handlers: KioskHandlers;
  host?: string;
  port?: number;
}

export interface RunningPreview {
  url: string;
  server: Server;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveApi(request: IncomingMessage, response: ServerResponse, handlers: KioskHandlers, channel: string): Promise<void> {
  if (request.method !== 'POST') return send(response, 405, 'POST only');
  let payload: unknown;
  try {
    const body = await readBody(request);
    payload = body ? JSON.parse(body) : undefined;
  } catch (error) {
    return send(response, 400, JSON.stringify({ ok: false, error: { code: 'bad-request', message: (error as Error).message } }), 'application/json');
  }
  const result = await invokeHandler(handlers, channel, payload);
  send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** Serves a file with single-range support, which <video> needs to loop and seek. */
async function serveFile(request: IncomingMessage, response: ServerResponse, file: string): Promise<void> {
  const size = await servableFileSize(file);
  if (size === null) return send(response, 404, 'Not found');
  const range = resolveByteRange(request.headers.range, size);
  const { status, headers } = rangeResponseHeaders(range, size);
  response.writeHead(status, { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache', ...headers });
  if (request.method === 'HEAD' || range.kind === 'unsatisfiable') return void response.end();
  createReadStream(file, range.kind === 'range' ? { start: range.start, end: range.end } : {}).pipe(response);
}

/** Starts the server; port 0 picks a free port. Resolves once it listens. */
export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const done = path.startsWith('/api/')
      ? serveApi(request, response, options.handlers, decodeURIComponent(path.slice('/api/'.length)))
      : (() => {
          const file = resolveStaticFile(path, options);
          return file ? serveFile(request, response, file) : Promise.resolve(send(response, 404, 'Not found'));
        })();
    done.catch((error: Error) => {
      if (!response.headersSent) send(response, 500, error.message);
      else response.destroy(error);
    });
  });
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
        // A streaming video keeps its connection open, and close() would wait for it forever.
        server.closeAllConnections();
      }),
  };
}
