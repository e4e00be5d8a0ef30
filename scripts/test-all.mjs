/**
 * `npm test`: the one test command. Installs dependencies (without Electron's binary) when needed,
 * finds Chromium, then type-checks, lints, builds, runs vitest (unit, then components in Chromium) and runs Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit code ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

/** Installed when node_modules is missing or older than the lock file. */
function dependenciesAreCurrent() {
  const marker = `${root}node_modules/.package-lock.json`;
  return existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${root}package-lock.json`).mtimeMs;
}

if (!dependenciesAreCurrent()) run('install', npm, ['ci', '--no-audit', '--no-fund']);

const { findChromium, NO_CHROMIUM_MESSAGE } = await import('./find-chromium.mjs');
const chromium = findChromium(env);
if (!chromium) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
env.CHROMIUM_PATH = chromium;
console.log(`Chromium for the browser tests: ${chromium}`);

run('type-check', npm, ['run', 'typecheck']);
run('lint', npm, ['run', 'lint']);
run('build', npm, ['run', 'build']);
run('unit tests', npm, ['run', 'test:unit']);
run('component tests', npm, ['run', 'test:components']);
run('browser tests', npm, ['run', 'test:e2e']);
console.log('\n✔ All checks passed.');
