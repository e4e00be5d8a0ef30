/** What staff read about the running kiosk, and the live state main pushes to the page. */
import type { Problem } from './result';

/** Which content is live and what went wrong loading the newest (errors mean the last good content is still shown). */
export interface KioskStatus {
  contentVersion: string | null;
  contentProblems: Problem[];
  settingsProblems: Problem[];
}

/** One entry of the diagnostics' recent errors. */
export interface LoggedError {
  at: string;
  source: 'content' | 'media' | 'renderer' | 'settings' | 'staff';
  message: string;
}

export interface Diagnostics {
  appVersion: string;
  /** Electron, Chromium and Node versions ("preview" outside Electron). */
  versions: Record<string, string>;
  contentVersion: string | null;
  contentDir: string;
  uptimeSeconds: number;
  problems: Problem[];
  recentErrors: LoggedError[];
}

/** A page's report of an error it met, for the diagnostics. */
export interface ErrorReport {
  source: 'media' | 'renderer';
  message: string;
}
