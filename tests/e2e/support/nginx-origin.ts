/**
 * Debian's nginx as the static origin of a published bundle, started on a free loopback port with a config of
 * its own (no service, no port 80), and a proxy in front of it that can cut one download halfway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const NGINX = '/usr/sbin/nginx';

export interface NginxOrigin {
  /** Through the proxy, which can break downloads. */
  url: string;
  /** Cuts the next answer whose path contains `part` after `bytes` bytes. */
  breakNext(part: string, bytes: number): void;
  /** Every path asked of the origin, with its Range header and status. */
  requests: Array<{ path: string; range: string | undefined; status: number }>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = httpRequest({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (response) => {
        response.resume();
        resolve(true);
      });
      probe.on('error', () => resolve(false));
      probe.end();
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on port ${port}`);
}

export async function startNginxOrigin(siteDir: string, workDir: string): Promise<NginxOrigin> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx; .ci/run does).`);
  const port = await freePort();
  const prefix = join(workDir, 'nginx');
  await mkdir(join(prefix, 'temp'), { recursive: true });
  const config = join(prefix, 'nginx.conf');
  // One process as the current user, everything below the test's own folder: no service, no other port.
  await writeFile(
    config,
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  default_type application/octet-stream;
  types { application/json json; }
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${siteDir};
    etag on;
  }
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: 'ignore' });
  await waitForPort(port);

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
      nginx.kill('SIGTERM');
    },
  };
}
