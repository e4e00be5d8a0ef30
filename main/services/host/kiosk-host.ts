/** What only the host can do or say: Electron restarts and quits the app; the preview refuses, and says why. */
import type { HostDiagnostics } from '../../../common/diagnostics';
import type { Result } from '../../../common/result';

export interface KioskHost {
  appVersion: string;
  /** Electron, Chromium and Node versions, or what the preview is. */
  versions: Record<string, string>;
  startedAt: number;
  restart(): Result<null>;
  quit(): Result<null>;
  diagnostics(): Promise<HostDiagnostics>;
}
