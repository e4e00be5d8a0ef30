import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCrashReports } from '../../../../../main/services/host/crash-reports';
import { createGpuFallback, GPU_CRASH_LIMIT } from '../../../../../main/services/host/gpu-record';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-gpu');

describe('GPU fallback', () => {
  it('turns hardware acceleration off for the next start after three GPU crashes, across restarts', async () => {
    const file = join(dir(), 'gpu.json');
    const first = createGpuFallback(file);
    expect(first.startedWith.hardwareAcceleration).toBe(true);
    expect(await first.recordCrash()).toBe(false);
    const second = createGpuFallback(file);
    expect(await second.recordCrash()).toBe(false);
    expect(await second.recordCrash()).toBe(true);
    expect(second.notes()[0]).toContain(`crashed ${GPU_CRASH_LIMIT} times`);
    const third = createGpuFallback(file);
    expect(third.startedWith).toEqual({ crashes: GPU_CRASH_LIMIT, hardwareAcceleration: false });
    expect(third.notes()[0]).toMatch(/^Hardware acceleration is off after 3 GPU crashes/);
  });

  it('starts with acceleration on a broken record, and says nothing while all is well', async () => {
    const file = join(dir(), 'gpu.json');
    await writeFile(file, '{"crashes": "many"');
    const gpu = createGpuFallback(file);
    expect(gpu.startedWith).toEqual({ crashes: 0, hardwareAcceleration: true });
    expect(gpu.notes()).toEqual([]);
  });
});

describe('crash reports', () => {
  it('counts the minidumps in the crash folder and its subfolders, and 0 without a folder', async () => {
    await mkdir(join(dir(), 'completed'), { recursive: true });
    await writeFile(join(dir(), 'completed', 'a.dmp'), 'x');
    await writeFile(join(dir(), 'b.dmp'), 'x');
    await writeFile(join(dir(), 'settings.dat'), 'x');
    expect(await countCrashReports(dir())).toBe(2);
    expect(await countCrashReports(join(dir(), 'missing'))).toBe(0);
  });
});
