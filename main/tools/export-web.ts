/**
 * `npm run export:web -- --out DIR [--content DIR] [--assets DIR] [--public-url URL]`: the static website of every
 * station, exercise and muscle in every language, for members' phones; copy DIR to any static web host.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../common/result';
import type { WebPageRenderer } from '../../common/web-export';
import { publicUrlSetup } from '../services/config/public-url';
import { resolveKioskPaths } from '../services/kiosk-paths';
import { writeWebExport } from '../services/web-export/write-web-export';

// Bundled to build/main/export-web.cjs: the project root is two folders up, the page renderer beside it.
const root = resolve(__dirname, '..', '..');
const rendererDir = resolve(__dirname, '..', 'web-export');
const USAGE = 'Usage: npm run export:web -- --out DIR [--content DIR] [--assets DIR] [--public-url URL]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { out: { type: 'string' }, content: { type: 'string' }, assets: { type: 'string' }, 'public-url': { type: 'string' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    console.error(USAGE);
    return 2;
  }
  // The same rule as kiosk.json's publicUrl; KIOSK_PUBLIC_URL serves when --public-url is not given.
  const share = publicUrlSetup(undefined, { KIOSK_PUBLIC_URL: values['public-url'] ?? process.env.KIOSK_PUBLIC_URL });
  if (share.problems.length > 0) {
    for (const problem of share.problems) console.error(`error    ${formatProblem({ ...problem, file: values['public-url'] ? '--public-url' : problem.file, reason: problem.reason.replace('; no QR code is shown', '') })}`);
    return 2;
  }
  let renderer: WebPageRenderer;
  let siteAssets;
  try {
    renderer = (await import(pathToFileURL(join(rendererDir, 'render-web-page.mjs')).href)) as WebPageRenderer;
    siteAssets = { stylesheet: await readFile(join(rendererDir, 'site', 'site.css')), script: await readFile(join(rendererDir, 'site', 'site.js')) };
  } catch {
    console.error(`The page renderer is not built (${rendererDir}): run "npm run build:web-export" first, or use "npm run export:web", which builds it.`);
    return 2;
  }
  const defaults = resolveKioskPaths([], {}, root);
  const contentDir = values.content ? resolve(values.content) : defaults.contentDir;
  const assetsDir = values.assets ? resolve(values.assets) : defaults.assetsDir;
  const outDir = resolve(values.out);
  const started = Date.now();
  const outcome = await writeWebExport({ contentDir, assetsDir, outDir, renderer, siteAssets, publicUrl: share.publicUrl });
  if (!outcome.ok) {
    for (const problem of outcome.problems.filter((entry) => entry.severity === 'error')) console.error(`error    ${formatProblem(problem)}`);
    console.error(`\nNothing was exported.`);
    return 1;
  }
  console.log(`Exported ${outcome.pages} pages (${outcome.files} files, ${outcome.bytes} bytes) into ${outDir}${outcome.replaced ? ', replacing the previous export' : ''}, in ${Date.now() - started} ms.`);
  if (!share.publicUrl) console.log('sitemap.xml lists addresses from the site\'s root: give --public-url (or KIOSK_PUBLIC_URL) for the absolute addresses search engines want.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Nothing was exported: ${error.message}`);
    process.exit(2);
  },
);
