/** `npm run preview`: the kiosk in any browser, on the same services as Electron, on loopback. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatProblem } from '../../common/result';
import { operatorWithoutConfig } from '../services/config/operator-setup';
import { readStartConfig } from '../services/config/start-config';
import { readKioskFlags, resolveKioskPaths } from '../services/kiosk-paths';
import { startKioskServices } from '../services/kiosk-services';
import { createPreviewHost } from './preview-host';
import { startPreviewServer } from './preview-server';

// Bundled to build/main/preview.cjs, so the project root is two folders up.
const root = resolve(__dirname, '..', '..');
const argv = process.argv.slice(2);

async function main(): Promise<void> {
  const rendererDir = join(root, 'build', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The renderer is not built (${rendererDir} has no index.html): run "npm run build" first, or use "npm run preview", which builds it.`);
    process.exit(1);
  }
  const flags = readKioskFlags(argv);
  const settingsFile = resolve(flags.settings ?? process.env.KIOSK_SETTINGS_FILE ?? join(root, '.preview-data', 'settings.json'));
  // The preview reads a config only when it is named: an installed kiosk's /etc file is not the author's.
  const named = flags.config ?? process.env.KIOSK_CONFIG;
  const start = named ? await readStartConfig(argv, process.env, dirname(settingsFile)) : null;
  const paths = resolveKioskPaths(argv, process.env, root, start?.loaded.config);
  const host = flags.host ?? process.env.KIOSK_PREVIEW_HOST ?? '127.0.0.1';
  const port = Number(flags.port ?? process.env.KIOSK_PREVIEW_PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number (0–65535), not "${flags.port ?? process.env.KIOSK_PREVIEW_PORT}"`);
  const services = await startKioskServices({
    ...paths,
    settingsFile,
    watchContent: true,
    log: (message) => console.log(message),
    operator: start?.operator ?? operatorWithoutConfig(process.env),
    host: createPreviewHost(),
    firstScreenModule: join(root, 'build', 'first-screen', 'render-first-screen.cjs'),
  });
  for (const problem of services.startupProblems) console.warn(`${problem.severity}: ${formatProblem(problem)}`);

  const preview = await startPreviewServer({ dispatch: services.dispatch, events: services.events, pages: { index: services.startPage }, rendererDir, assetsDir: paths.assetsDir, host, port });
  console.log(`Kiosk preview: ${preview.url}`);
  console.log(`  content: ${paths.contentDir}\n  settings: ${settingsFile}${start ? `\n  config: ${start.loaded.file}` : ''}\n  Ctrl+C stops it.`);
  const stop = () => {
    services.stop();
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The preview could not start: ${error.message}`);
  process.exit(1);
});
