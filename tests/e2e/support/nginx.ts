/**
 * Debian's nginx for the tests: one process as the current user on a free loopback port, with a config and temp
 * folders of its own below the test's folder (no service, no port 80). Callers say what the host serves.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  port: number;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

/** Starts nginx with `http` directives (MIME types, gzip) and the `server` block's body (root or locations). */
export async function startNginx(workDir: string, { http, server }: { http: string; server: string }): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: install Debian's nginx (apt-get install -y nginx; .ci/run does).`);
  const port = await freePort();
  const prefix = join(workDir, 'nginx');
  await mkdir(join(prefix, 'temp'), { recursive: true });
  const config = join(prefix, 'nginx.conf');
  await writeFile(
    config,
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  ${http}
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    ${server}
  }
}
`,
  );
  const nginx = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(port)) return { port, stop: () => void nginx.kill('SIGTERM') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  nginx.kill('SIGTERM');
  throw new Error(`nginx did not answer on port ${port}`);
}
