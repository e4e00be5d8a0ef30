/** `npm start`: make sure Electron's binary is there, build everything, then open the kiosk. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const MISSING_ELECTRON =
  'The Electron binary is missing and could not be downloaded on this machine: run "npx install-electron" (or "npm start" again) where the internet is reachable to get it, or run "npm run preview" to see the same kiosk in a browser.';

/** The binary's path, or null; reads electron's own path.txt so nothing is downloaded by asking. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** Electron 45 fetches its binary on first use; do it here, quietly, so a failure is one clear sentence. */
function downloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return;
  }
  console.log('Getting the Electron binary (first start only)…');
  spawnSync(process.execPath, [installer], { stdio: 'ignore' });
}

let binary = electronBinary();
if (!binary) {
  downloadElectron();
  binary = electronBinary();
}
if (!binary) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}

const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const kiosk = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
kiosk.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => kiosk.kill(signal));
