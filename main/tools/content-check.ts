/**
 * `npm run content:check [DIR] [--assets DIR] [--strict]`: validates a content folder with the same
 * rules the kiosk applies when it loads content, and measures with ffmpeg what only an author's machine can:
 * that the breathing cues are about equally loud. Exit code 1 on errors (and on warnings with --strict).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../../common/result';
import { loadContentFolder } from '../services/content/content-loader';
import { checkCueLoudness, findFfmpeg } from '../services/content/cue-loudness';
import { resolveKioskPaths } from '../services/kiosk-paths';

// Bundled to build/main/content-check.cjs, so the project root is two folders up.
const root = resolve(__dirname, '..', '..');

export async function runContentCheck(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { assets: { type: 'string' }, strict: { type: 'boolean' } }, allowPositionals: true });
  const strict = values.strict ?? false;
  const defaults = resolveKioskPaths([], process.env, root);
  const contentDir = positionals[0] ? resolve(positionals[0]) : defaults.contentDir;
  const assetsDir = values.assets ? resolve(values.assets) : defaults.assetsDir;

  const outcome = await loadContentFolder({ contentDir, assetsDir });
  // Not a rule of the kiosk, which plays content without ffmpeg: without ffmpeg here, one warning says it was skipped.
  const loudness = await checkCueLoudness(await findFfmpeg(), { contentDir, assetsDir });
  const problems = [...(outcome.ok ? outcome.warnings : outcome.problems), ...loudness.problems];
  for (const problem of problems) console.log(`${problem.severity === 'error' ? 'error  ' : 'warning'}  ${formatProblem(problem)}`);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  console.log(`\nContent check of ${contentDir} (media in ${assetsDir}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${strict ? ' (strict: warnings fail)' : ''}.`);
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

runContentCheck(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`The content check could not run: ${error.message}`);
    process.exit(2);
  },
);
