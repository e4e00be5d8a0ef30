/** Electron entry: one locked-down full-screen window on the station's content, kept alive 24/7. */
import { app, Menu, powerMonitor, powerSaveBlocker } from 'electron';
import { join } from 'node:path';
import { formatProblem } from '../common/result';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { setupCrashRecovery } from './crash-recovery';
import { createElectronHost } from './electron-host';
import { forwardPushEvents, setupIpc } from './ipc';
import { createRendererWatchdog, type RendererWatchdog } from './renderer-watchdog';
import { resolveKioskPaths } from './services/kiosk-paths';
import { startKioskServices } from './services/kiosk-services';
import { createKioskWindow, denyAllPermissions, lockDownWebContents } from './window';

const log = (message: string) => console.log(`[kiosk] ${message}`);

registerAppScheme();

// A second start (autostart plus a manual launch) must not open a second kiosk.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  denyAllPermissions();
  // Packaged builds keep media and content outside the asar archive, in resources/.
  const embeddedRoot = app.isPackaged ? process.resourcesPath : app.getAppPath();
  const paths = resolveKioskPaths(process.argv, process.env, embeddedRoot);
  let watchdog: RendererWatchdog | null = null;
  const services = await startKioskServices({
    ...paths,
    settingsFile: join(app.getPath('userData'), 'settings.json'),
    watchContent: true,
    log,
    onHeartbeat: (beat) => watchdog?.beat(beat),
    initialStaffPin: process.env.KIOSK_STAFF_PIN,
    host: createElectronHost(),
  });
  for (const problem of services.startupProblems) log(`${problem.severity}: ${formatProblem(problem)}`);

  setupAppProtocol({ rendererDir: join(app.getAppPath(), 'build', 'renderer'), assetsDir: paths.assetsDir });
  setupIpc(services.dispatch);
  const window = createKioskWindow(join(__dirname, 'preload.cjs'), !app.isPackaged);
  forwardPushEvents(services.events, window.webContents);
  setupCrashRecovery(window, (message) => {
    log(message);
    services.errors.add('renderer', message);
  });
  watchdog = createRendererWatchdog({
    now: () => Date.now(),
    systemIdleSeconds: () => powerMonitor.getSystemIdleTime(),
    settings: () => services.settings.get(),
    reload: () => window.webContents.reload(),
    forceReset: () => services.events.emit('forceReset', null),
    log,
  });
  watchdog.start();
  powerSaveBlocker.start('prevent-display-sleep');
  app.on('second-instance', () => window.focus());
}
