/**
 * A real static web host for the web export: Debian's nginx with its own MIME types and gzip, as a plain host
 * would serve it, on a free loopback port, with the site under a sub-path so relative links are put to the test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './kiosk-server';

const NGINX = '/usr/sbin/nginx';
/** Not at the host's root: a site that only worked at "/" would fail here. */
export const SITE_PATH = '/gym/exercises/';

export interface StaticSite {
  /** The site's address, ending in SITE_PATH. */
  url: string;
  close(): void;
}

/** Runs `npm run export:web`'s command (built by `npm run build`) and returns its exit code and output. */
export function exportWeb(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'build', 'main', 'export-web.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: run.status, output: run.stdout + run.stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: '127.0.0.1', port, path: '/', method: 'HEAD' }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
    probe.end();
  });
}

export async function serveStaticSite(siteDir: string, workDir: string): Promise<StaticSite> {
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
  include /etc/nginx/mime.types;
  access_log off;
  gzip on;
  gzip_types text/css application/javascript text/javascript application/xml image/svg+xml;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    location ${SITE_PATH} { alias ${siteDir}/; }
  }
}
`,
  );
  const nginx: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', config], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100 && !(await answers(port)); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return { url: `http://127.0.0.1:${port}${SITE_PATH}`, close: () => void nginx.kill('SIGTERM') };
}
