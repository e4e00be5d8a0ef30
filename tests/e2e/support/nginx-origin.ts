/**
 * Debian's nginx as the static origin of a published bundle, started on a free loopback port with a config of
 * its own (no service, no port 80), and a proxy in front of it that can cut one download halfway.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startNginx } from './nginx';

export interface NginxOrigin {
  /** Through the proxy, which can break downloads. */
  url: string;
  /** Cuts the next answer whose path contains `part` after `bytes` bytes. */
  breakNext(part: string, bytes: number): void;
  /** Every path asked of the origin, with its Range header and status. */
  requests: Array<{ path: string; range: string | undefined; status: number }>;
  close(): Promise<void>;
}

export async function startNginxOrigin(siteDir: string, workDir: string): Promise<NginxOrigin> {
  const { port, stop } = await startNginx(workDir, {
    http: 'default_type application/octet-stream;\n  types { application/json json; }',
    server: `root ${siteDir};\n    etag on;`,
  });

  const requests: NginxOrigin['requests'] = [];
  const breaks: Array<{ part: string; bytes: number }> = [];
  const proxy: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    const upstream = httpRequest({ host: '127.0.0.1', port, path, method: incoming.method, headers: incoming.headers }, (answer) => {
      requests.push({ path, range: incoming.headers.range, status: answer.statusCode ?? 0 });
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      const cut = breaks.findIndex((entry) => path.includes(entry.part));
      if (cut < 0) return void answer.pipe(outgoing);
      const [{ bytes }] = breaks.splice(cut, 1) as [{ part: string; bytes: number }];
      let sent = 0;
      answer.on('data', (chunk: Buffer) => {
        if (sent >= bytes) return;
        const piece = chunk.subarray(0, bytes - sent);
        sent += piece.length;
        if (sent < bytes) return void outgoing.write(piece);
        answer.destroy();
        // Once the last piece is on its way, the connection drops, as a broken line would.
        outgoing.write(piece, () => outgoing.destroy());
      });
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${proxyPort}/`,
    breakNext: (part, bytes) => breaks.push({ part, bytes }),
    requests,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      stop();
    },
  };
}
