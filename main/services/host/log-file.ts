/**
 * The kiosk's own log file in its data folder: main and page errors and lifecycle events, one line each,
 * size-capped and rotated (kiosk.log, kiosk.log.1 …), so weeks of running never fill the disk.
 */
import { appendFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface LogFile {
  /** Appends one line (newlines in the message are folded); writes go in order and never throw. */
  write(source: string, message: string): Promise<void>;
  /** The newest `count` lines, oldest first. */
  tail(count: number): Promise<string[]>;
}

export interface LogFileOptions {
  file: string;
  /** Rotate once the file is larger than this. */
  maxBytes?: number;
  /** Rotated files kept beside the current one. */
  keep?: number;
  now?: () => Date;
}

/** A single line may not be longer than this; a runaway message is cut. */
const MAX_LINE = 2_000;

export function createLogFile({ file, maxBytes = 1024 * 1024, keep = 3, now = () => new Date() }: LogFileOptions): LogFile {
  let queue: Promise<unknown> = Promise.resolve();

  async function rotateIfFull(): Promise<void> {
    const size = await stat(file).then((info) => info.size, () => 0);
    if (size < maxBytes) return;
    await rm(`${file}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) await rename(`${file}.${index}`, `${file}.${index + 1}`).catch(() => undefined);
    await rename(file, `${file}.1`);
  }

  async function append(line: string): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    await rotateIfFull();
    await appendFile(file, `${line}\n`, { encoding: 'utf8', mode: 0o600 });
  }

  return {
    write(source, message) {
      const line = `${now().toISOString()} [${source}] ${message.replace(/\s*[\r\n]+\s*/g, ' ⏎ ')}`.slice(0, MAX_LINE);
      const done = queue.then(() => append(line)).catch(() => undefined);
      queue = done;
      return done;
    },
    async tail(count) {
      await queue;
      const handle = await open(file, 'r').catch(() => null);
      if (!handle) return [];
      try {
        const { size } = await handle.stat();
        const length = Math.min(size, count * (MAX_LINE + 1));
        const buffer = Buffer.alloc(length);
        await handle.read(buffer, 0, length, size - length);
        const lines = buffer.toString('utf8').split('\n').filter(Boolean);
        // The first line of a partial read may be cut; drop it unless the read started at the top.
        return (length < size ? lines.slice(1) : lines).slice(-count);
      } finally {
        await handle.close();
      }
    },
  };
}
