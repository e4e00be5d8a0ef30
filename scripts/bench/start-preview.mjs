/** Starts the built preview server (`build/main/preview.cjs`) on a free port with its own settings file. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Resolves with { url, stop } once the server prints its address. */
export async function startPreview(root, settingsFile) {
  const child = spawn(process.execPath, [join(root, 'build', 'main', 'preview.cjs'), '--port', '0', '--settings', settingsFile], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Kiosk preview: (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`The preview server stopped (exit code ${code}); run "npm run build" first.`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}
