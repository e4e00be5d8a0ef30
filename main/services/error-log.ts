/** The last errors for the staff diagnostics: content, media and renderer problems, newest first, bounded. */
import type { LoggedError } from '../../common/diagnostics';

export const ERROR_LOG_SIZE = 50;

export interface ErrorLog {
  add(source: LoggedError['source'], message: string): void;
  recent(): LoggedError[];
}

/** `sink` also gets every entry (the Electron kiosk writes them to its log file). */
export function createErrorLog(now: () => number = Date.now, sink: (entry: LoggedError) => void = () => undefined): ErrorLog {
  const entries: LoggedError[] = [];
  return {
    add(source, message) {
      const entry = { at: new Date(now()).toISOString(), source, message: message.slice(0, 500) };
      entries.unshift(entry);
      entries.length = Math.min(entries.length, ERROR_LOG_SIZE);
      sink(entry);
    },
    recent: () => [...entries],
  };
}
