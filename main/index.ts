/** Electron entry: one locked-down full-screen window on the station's content, kept alive 24/7. */
import { app, crashReporter, Menu, powerMonitor, powerSaveBlocker } from 'electron';
import { join } from 'node:path';
import { isResting } from '../common/idle-policy';
import { formatProblem } from '../common/result';
import type { ScreenName } from '../common/screens';
import type { UiText } from '../common/content-view';
import builtInEnglish from '../content/locales/en/ui.json';
import { APP_ORIGIN, APP_URL, registerAppScheme, setupAppProtocol } from './app-protocol';
import { createCrashRecovery, watchWindow } from './crash-recovery';
import { startAppUpdates } from './app-updates';
import { createElectronHost } from './electron-host';
import { EXIT_CODES, isSupervised } from './exit-codes';
import { forwardPushEvents, setupIpc } from './ipc';
import { OUT_OF_ORDER_PATH, outOfOrderHtml, outOfOrderWords } from './out-of-order-page';
import { createRendererWatchdog, type RendererWatchdog } from './renderer-watchdog';
import { createGpuFallback } from './services/host/gpu-record';
import { createLogFile } from './services/host/log-file';
import { readStartConfig } from './services/config/start-config';
import { createDisplaySchedule, type DisplaySchedule } from './services/host/display-schedule';
import type { AppUpdatePolicy } from './services/updates/app-update-policy';
import { runCommand } from './services/host/run-command';
import { resolveKioskPaths } from './services/kiosk-paths';
import { startKioskServices, type KioskServices } from './services/kiosk-services';
import { createKioskWindow, denyAllPermissions, lockDownWebContents } from './window';

const OUT_OF_ORDER_URL = `${APP_ORIGIN}${OUT_OF_ORDER_PATH}`;
const supervised = isSupervised(process.env);
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
  log(`starting ${app.getVersion()}${gpu.startedWith.hardwareAcceleration ? '' : ' without hardware acceleration'}${supervised ? ', supervised' : ''}`);
  // Packaged builds keep media and content outside the asar archive, in resources/.
  const embeddedRoot = app.isPackaged ? process.resourcesPath : app.getAppPath();
  const userData = app.getPath('userData');
  const { loaded, operator } = await readStartConfig(process.argv, process.env, userData);
  log(loaded.source === 'none' ? `no operator config at ${loaded.file}: running on defaults` : `operator config: ${loaded.file}${loaded.source === 'last-good' ? ' (broken; running on its last good copy)' : ''}`);
  const paths = resolveKioskPaths(process.argv, process.env, embeddedRoot, loaded.config);
  const preload = join(__dirname, 'preload.cjs');
  let services: KioskServices | null = null;
  // Served before anything else can fail, so even a kiosk that cannot start shows a calm page, never a blank one.
  setupAppProtocol(
    { rendererDir: join(app.getAppPath(), 'build', 'renderer'), assetsDir: paths.assetsDir },
    { outOfOrder: () => outOfOrderPage(services), index: async (html) => (services ? services.startPage(html) : html) },
  );
  let watchdog: RendererWatchdog | null = null;
  let display: DisplaySchedule | null = null;
  let appUpdates: AppUpdatePolicy | null = null;
  let screen: ScreenName | null = null;
  try {
    services = await startKioskServices({
      ...paths,
      settingsFile: join(userData, 'settings.json'),
      watchContent: true,
      log,
      onHeartbeat: (beat) => {
        screen = beat.screen;
        watchdog?.beat(beat);
        display?.showing(beat.screen);
        appUpdates?.installIfGoodMoment();
      },
      operator,
      firstScreenModule: join(app.getAppPath(), 'build', 'first-screen', 'render-first-screen.cjs'),
      host: createElectronHost({ logFile, notes: () => [...gpu.notes(), ...appUpdateNotes(appUpdates)], supervised }),
    });
  } catch (error) {
    log(`the services could not start: ${(error as Error).stack ?? String(error)}`);
    // A supervisor starts the kiosk again; without one, a calm page is better than a dead screen.
    if (supervised) app.exit(EXIT_CODES.startFailed);
    else createKioskWindow(preload, !app.isPackaged, OUT_OF_ORDER_URL);
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
  // The display stays awake while the gym is open, and may sleep (with the operator's command) while it is closed.
  let blocker = powerSaveBlocker.start('prevent-display-sleep');
  display = createDisplaySchedule({
    now: () => new Date(),
    openingHours: () => running.settings.get().openingHours,
    displayOn: () => {
      log('opening: display on');
      if (!powerSaveBlocker.isStarted(blocker)) blocker = powerSaveBlocker.start('prevent-display-sleep');
      if (operator.displayOnCommand) void runCommand(operator.displayOnCommand, log);
    },
    displayOff: () => {
      log('closed: the display may sleep');
      powerSaveBlocker.stop(blocker);
      if (operator.displayOffCommand) void runCommand(operator.displayOffCommand, log);
    },
  });
  display.start();
  if (operator.updates) {
    const updates = operator.updates;
    appUpdates = await startAppUpdates(updates, { screen: () => screen, isResting: () => screen !== null && isResting(screen, running.settings.get()) }, log).catch((error: Error) => {
      log(`app updates could not start: ${error.message}`);
      return null;
    });
  }
  app.on('second-instance', () => window.focus());
}

/** An app update that waits for a quiet moment, for the staff diagnostics. */
function appUpdateNotes(appUpdates: AppUpdatePolicy | null): string[] {
  const waiting = appUpdates?.waiting();
  return waiting ? [`App update ${waiting} is downloaded; it installs while the kiosk sleeps, or at rest in the install hour.`] : [];
}

/** The out-of-order page in the default language, or in the built-in English before the services run. */
function outOfOrderPage(services: KioskServices | null): string {
  const settings = services?.settings.get();
  const language = settings?.defaultLanguage ?? 'en';
  return outOfOrderHtml(outOfOrderWords(language, services?.content.uiText(language) ?? null, builtInEnglish as UiText), settings?.rotation ?? 0);
}
