/**
 * GPU process crashes, kept across restarts: after three, the kiosk starts without hardware acceleration,
 * since a screen that renders slowly is better than one that keeps going black.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-file';

export const GPU_CRASH_LIMIT = 3;

const gpuRecordSchema = z.strictObject({ crashes: z.number().int().min(0), hardwareAcceleration: z.boolean() });
export type GpuRecord = z.infer<typeof gpuRecordSchema>;

export interface GpuFallback {
  /** What this start runs with (read once, before the app is ready, as Electron needs). */
  readonly startedWith: GpuRecord;
  /** Counts one GPU crash; true when this one turned acceleration off for the next start. */
  recordCrash(): Promise<boolean>;
  /** For the staff diagnostics, empty when all is well. */
  notes(): string[];
}

export function readGpuRecord(file: string): GpuRecord {
  try {
    const parsed = gpuRecordSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No file yet, or an unreadable one: start with acceleration, as a new kiosk does.
  }
  return { crashes: 0, hardwareAcceleration: true };
}

export function createGpuFallback(file: string): GpuFallback {
  const startedWith = readGpuRecord(file);
  let current = startedWith;
  return {
    startedWith,
    async recordCrash() {
      const crashes = current.crashes + 1;
      const turnOff = current.hardwareAcceleration && crashes >= GPU_CRASH_LIMIT;
      current = { crashes, hardwareAcceleration: current.hardwareAcceleration && !turnOff };
      await writeFileAtomic(file, `${JSON.stringify(current, null, 2)}\n`);
      return turnOff;
    },
    notes() {
      if (!startedWith.hardwareAcceleration) return [`Hardware acceleration is off after ${startedWith.crashes} GPU crashes. Delete ${file} and restart to try it again.`];
      if (!current.hardwareAcceleration) return [`The GPU crashed ${current.crashes} times: the next start runs without hardware acceleration.`];
      return current.crashes > 0 ? [`The GPU process crashed ${current.crashes} time${current.crashes === 1 ? '' : 's'}.`] : [];
    },
  };
}
