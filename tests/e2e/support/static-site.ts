/**
 * A real static web host for the web export: Debian's nginx with its own MIME types and gzip, as a plain host
 * would serve it, on a free loopback port, with the site under a sub-path so relative links are put to the test.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './kiosk-server';
import { startNginx } from './nginx';

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

export async function serveStaticSite(siteDir: string, workDir: string): Promise<StaticSite> {
  const { port, stop } = await startNginx(workDir, {
    http: 'include /etc/nginx/mime.types;\n  gzip on;\n  gzip_types text/css application/javascript text/javascript application/xml image/svg+xml;',
    server: `location ${SITE_PATH} { alias ${siteDir}/; }`,
  });
  return { url: `http://127.0.0.1:${port}${SITE_PATH}`, close: stop };
}
