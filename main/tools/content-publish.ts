/**
 * `npm run content:publish -- --key FILE --out DIR [--content DIR] [--assets DIR] [--channel NAME]`: checks the
 * content as the kiosk does, then writes a signed bundle into DIR, ready to copy to any static web server.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../common/result';
import { resolveKioskPaths } from '../services/kiosk-paths';
import { publishBundle } from '../services/updates/publish-bundle';
import { privateKeyFromPem } from '../services/updates/signing-keys';

// Bundled to build/main/content-publish.cjs, so the project root is two folders up.
const root = resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { key: { type: 'string' }, out: { type: 'string' }, content: { type: 'string' }, assets: { type: 'string' }, channel: { type: 'string', default: 'stable' } },
  });
  if (!values.key || !values.out) {
    console.error('Usage: npm run content:publish -- --key FILE --out DIR [--content DIR] [--assets DIR] [--channel NAME]');
    return 2;
  }
  let privateKey;
  try {
    privateKey = privateKeyFromPem(await readFile(resolve(values.key), 'utf8'));
  } catch (error) {
    console.error(`The signing key ${values.key} cannot be used: ${(error as Error).message}`);
    return 2;
  }
  const defaults = resolveKioskPaths([], {}, root);
  const contentDir = values.content ? resolve(values.content) : defaults.contentDir;
  const assetsDir = values.assets ? resolve(values.assets) : defaults.assetsDir;
  const started = Date.now();
  const outcome = await publishBundle({ contentDir, assetsDir, outDir: resolve(values.out), privateKey, channel: values.channel });
  if (!outcome.ok) {
    for (const problem of outcome.problems.filter((entry) => entry.severity === 'error')) console.error(`error    ${formatProblem(problem)}`);
    console.error(`\nNothing was published: ${contentDir} has errors (npm run content:check shows them all).`);
    return 1;
  }
  const { manifest, newObjects, newBytes } = outcome;
  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  console.log(`Published version ${manifest.version} of channel "${manifest.channel}": ${manifest.files.length} files (${total} bytes), ${newObjects} new (${newBytes} bytes), in ${Date.now() - started} ms.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Nothing was published: ${error.message}`);
    process.exit(2);
  },
);
