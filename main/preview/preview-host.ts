/** The preview's host: it says what it is, and refuses restart and quit with a reason, since it cannot do them for a browser. */
import { fail } from '../../common/result';
import type { KioskHost } from '../services/host/kiosk-host';

export function createPreviewHost(): KioskHost {
  return {
    appVersion: 'preview',
    versions: { host: 'preview server (no Electron)', node: process.versions.node },
    startedAt: Date.now(),
    restart: () => fail('unsupported', 'The preview cannot restart a browser: reload the page, or stop the preview (Ctrl+C) and run "npm run preview" again.'),
    quit: () => fail('unsupported', 'The preview does not quit from the page: stop it with Ctrl+C where it runs.'),
    // The preview logs to its terminal and keeps no crash reports.
    diagnostics: async () => ({ notes: [], logTail: [], crashReports: null }),
  };
}
