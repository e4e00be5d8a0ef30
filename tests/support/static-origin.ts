/**
 * A small static web server for update tests: serves a published folder with ETag, If-None-Match and Range, as
 * object storage or nginx do, and can break a download halfway, as a bad connection does.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export interface StaticOrigin {
  url: string;
  /** Every request path, in order. */
  requests: Array<{ path: string; range: string | undefined; status: number }>;
  /** The next answer for a path whose name contains `part` stops after `bytes` bytes. */
  breakNext(part: string, bytes: number): void;
  close(): Promise<void>;
}

export async function startStaticOrigin(root: string): Promise<StaticOrigin> {
  const requests: StaticOrigin['requests'] = [];
  const breaks: Array<{ part: string; bytes: number }> = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
      const file = normalize(join(root, path));
      const record = (status: number) => requests.push({ path, range: request.headers.range, status });
      let body: Buffer;
      try {
        if (!file.startsWith(root)) throw new Error('outside');
        body = await readFile(file);
      } catch {
        record(404);
        response.writeHead(404).end();
        return;
      }
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (request.headers['if-none-match'] === etag) {
        record(304);
        response.writeHead(304, { ETag: etag }).end();
        return;
      }
      const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
      const start = range ? Number(range[1]) : 0;
      if (start > body.length) {
        record(416);
        response.writeHead(416).end();
        return;
      }
      const part = body.subarray(start);
      const status = range ? 206 : 200;
      record(status);
      response.writeHead(status, { ETag: etag, 'Content-Length': part.length, ...(range ? { 'Content-Range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}) });
      const cut = breaks.findIndex((entry) => path.includes(entry.part));
      if (cut >= 0) {
        const [{ bytes }] = breaks.splice(cut, 1) as [{ part: string; bytes: number }];
        response.write(part.subarray(0, bytes), () => response.destroy());
        return;
      }
      response.end(part);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    breakNext: (part, bytes) => breaks.push({ part, bytes }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
