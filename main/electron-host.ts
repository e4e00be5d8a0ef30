/** The Electron host: the app's versions, a restart or quit that really happens, and its log and crash reports. */
import { app } from 'electron';
import { ok } from '../common/result';
import { EXIT_CODES } from './exit-codes';
import type { KioskHost } from './services/host/kiosk-host';
import { countCrashReports } from './services/host/crash-reports';
import type { LogFile } from './services/host/log-file';

/** Lines of the log file the staff diagnostics show. */
const LOG_LINES_SHOWN = 30;

/** `supervised`: a supervisor restarts the kiosk, so it exits with a code instead of relaunching itself. */
export function createElectronHost({ logFile, notes, supervised }: { logFile: LogFile; notes: () => string[]; supervised: boolean }): KioskHost {
  return {
    appVersion: app.getVersion(),
    versions: { electron: process.versions.electron ?? '', chromium: process.versions.chrome ?? '', node: process.versions.node },
    startedAt: Date.now(),
    restart() {
      // Answer first, then go: the page gets its result before the process ends.
      setTimeout(() => {
        if (!supervised) app.relaunch();
        app.exit(supervised ? EXIT_CODES.restart : EXIT_CODES.quit);
      }, 100);
      return ok(null);
    },
    quit() {
      setTimeout(() => app.quit(), 100);
      return ok(null);
    },
    async diagnostics() {
      return { notes: notes(), logTail: await logFile.tail(LOG_LINES_SHOWN), crashReports: await countCrashReports(app.getPath('crashDumps')) };
    },
  };
}
