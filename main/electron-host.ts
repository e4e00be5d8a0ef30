/** The Electron host: the app's versions, and a restart or quit that really happens. */
import { app } from 'electron';
import { ok } from '../common/result';
import type { KioskHost } from './services/host';

export function createElectronHost(): KioskHost {
  return {
    appVersion: app.getVersion(),
    versions: { electron: process.versions.electron ?? '', chromium: process.versions.chrome ?? '', node: process.versions.node },
    startedAt: Date.now(),
    restart() {
      // Answer first, then go: the page gets its result before the process ends.
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 100);
      return ok(null);
    },
    quit() {
      setTimeout(() => app.quit(), 100);
      return ok(null);
    },
  };
}
