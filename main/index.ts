/** Electron entry: one locked-down full-screen window on the station's content, kept alive 24/7. */
import { app, crashReporter, Menu, powerMonitor, powerSaveBlocker } from 'electron';
import { join } from 'node:path';
import { formatProblem } from '../common/result';
import type { UiText } from '../common/content-view';
import builtInEnglish from '../content/locales/en/ui.json';
import { APP_ORIGIN, APP_URL, registerAppScheme, setupAppProtocol } from './app-protocol';
import { createCrashRecovery, watchWindow } from './crash-recovery';
import { createElectronHost } from './electron-host';
import { forwardPushEvents, setupIpc } from './ipc';
import { OUT_OF_ORDER_PATH, outOfOrderHtml, outOfOrderWords } from './out-of-order-page';
import { createRendererWatchdog, type RendererWatchdog } from './renderer-watchdog';
import { createGpuFallback } from './services/host/gpu-record';
import { createLogFile } from './services/host/log-file';
import { resolveKioskPaths } from './services/kiosk-paths';
import { startKioskServices, type KioskServices } from './services/kiosk-services';
import { createKioskWindow, denyAllPermissions, lockDownWebContents } from './window';

const OUT_OF_ORDER_URL = `${APP_ORIGIN}${OUT_OF_ORDER_PATH}`;
const logFile = createLogFile({ file: join(app.getPath('userData'), 'logs', 'kiosk.log') });
const log = (message: string) => {
  console.log(`[kiosk] ${message}`);
  void logFile.write('main', message);
};

// Nothing may end the kiosk or put up Electron's error dialog on the floor: log it and keep running.
process.on('uncaughtException', (error) => log(`uncaught exception: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

// Crash reports stay on this machine; staff diagnostics show how many there are.
crashReporter.start({ uploadToServer: false, compress: true });
// A GPU that keeps crashing leaves the screen black; after three crashes the next start renders without it.
const gpu = createGpuFallback(join(app.getPath('userData'), 'gpu.json'));
if (!gpu.startedWith.hardwareAcceleration) app.disableHardwareAcceleration();

registerAppScheme();

// A second start (autostart plus a manual launch) must not open a second kiosk.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('child-process-gone', (_event, details) => {
    if (details.type !== 'GPU') return;
    log(`GPU process gone (${details.reason}, exit code ${details.exitCode})`);
    void gpu.recordCrash().then((turnedOff) => turnedOff && log('hardware acceleration is off from the next start on'));
  });
  void app.whenReady().then(start).catch((error: Error) => log(`the kiosk could not start: ${error.stack ?? error.message}`));
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  denyAllPermissions();
  log(`starting ${app.getVersion()}${gpu.startedWith.hardwareAcceleration ? '' : ' without hardware acceleration'}`);
  // Packaged builds keep media and content outside the asar archive, in resources/.
  const embeddedRoot = app.isPackaged ? process.resourcesPath : app.getAppPath();
  const paths = resolveKioskPaths(process.argv, process.env, embeddedRoot);
  const preload = join(__dirname, 'preload.cjs');
  let services: KioskServices | null = null;
  // Served before anything else can fail, so even a kiosk that cannot start shows a calm page, never a blank one.
  setupAppProtocol({ rendererDir: join(app.getAppPath(), 'build', 'renderer'), assetsDir: paths.assetsDir }, { outOfOrder: () => outOfOrderPage(services) });
  let watchdog: RendererWatchdog | null = null;
  try {
    services = await startKioskServices({
      ...paths,
      settingsFile: join(app.getPath('userData'), 'settings.json'),
      watchContent: true,
      log,
      onHeartbeat: (beat) => watchdog?.beat(beat),
      initialStaffPin: process.env.KIOSK_STAFF_PIN,
      host: createElectronHost({ logFile, notes: () => gpu.notes() }),
    });
  } catch (error) {
    log(`the services could not start: ${(error as Error).stack ?? String(error)}`);
    createKioskWindow(preload, !app.isPackaged, OUT_OF_ORDER_URL);
    return;
  }
  const running = services;
  for (const problem of running.startupProblems) log(`${problem.severity}: ${formatProblem(problem)}`);

  setupIpc(running.dispatch);
  const window = createKioskWindow(preload, !app.isPackaged);
  forwardPushEvents(running.events, window.webContents);
  const recovery = createCrashRecovery({
    now: () => Date.now(),
    log: (message) => running.errors.add('renderer', message),
    reload: () => void window.loadURL(APP_URL),
    showOutOfOrder: () => void window.loadURL(OUT_OF_ORDER_URL),
  });
  watchWindow(window, recovery, log);
  watchdog = createRendererWatchdog({
    now: () => Date.now(),
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    settings: () => running.settings.get(),
    reload: () => recovery.recover('no heartbeat from the page'),
    forceReset: () => running.events.emit('forceReset', null),
    log,
  });
  watchdog.start();
  powerSaveBlocker.start('prevent-display-sleep');
  app.on('second-instance', () => window.focus());
}

/** The out-of-order page in the default language, or in the built-in English before the services run. */
function outOfOrderPage(services: KioskServices | null): string {
  const language = services?.settings.get().defaultLanguage ?? 'en';
  return outOfOrderHtml(outOfOrderWords(language, services?.content.uiText(language) ?? null, builtInEnglish as UiText));
}
