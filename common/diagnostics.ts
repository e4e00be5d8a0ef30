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
  source: 'content' | 'media' | 'renderer' | 'settings' | 'staff' | 'config';
  message: string;
}

/** What the host itself reports: the Electron kiosk its log and crash reports, the preview little. */
export interface HostDiagnostics {
  /** What the operator should know about this machine (hardware acceleration turned off, …). */
  notes: string[];
  /** The newest lines of the kiosk's log file, oldest first. */
  logTail: string[];
  /** Crash reports kept on this machine (never uploaded); null where the host keeps none. */
  crashReports: number | null;
}

/** Content updates from the static origin, for staff: what runs, what came, what was refused and why. */
export interface ContentUpdateStatus {
  /** The release in use; null for the embedded or configured content. */
  runningVersion: number | null;
  /** ISO time of the last check. */
  lastCheck: string | null;
  lastError: string | null;
  /** The last version refused, and why (bad signature, hash mismatch, content problem, older version). */
  rejected: { version: number | null; reason: string } | null;
  /** A checked version waiting for the next rest to go on screen. */
  pending: number | null;
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
  host: HostDiagnostics;
  /** Null where no update origin is configured. */
  updates: ContentUpdateStatus | null;
}

/** A page's report of an error it met, for the diagnostics. */
export interface ErrorReport {
  source: 'media' | 'renderer';
  message: string;
}
