import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogFile } from '../../../../../main/services/host/log-file';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-log');

describe('log file', () => {
  it('writes one line per entry, in order, with time and source, folding newlines', async () => {
    const log = createLogFile({ file: join(dir(), 'logs', 'kiosk.log'), now: () => new Date('2026-11-25T10:00:00Z') });
    await Promise.all([log.write('main', 'starting'), log.write('renderer', 'Error: boom\n    at x.js:1')]);
    expect(await readFile(join(dir(), 'logs', 'kiosk.log'), 'utf8')).toBe('2026-11-25T10:00:00.000Z [main] starting\n2026-11-25T10:00:00.000Z [renderer] Error: boom ⏎ at x.js:1\n');
    expect(await log.tail(1)).toEqual(['2026-11-25T10:00:00.000Z [renderer] Error: boom ⏎ at x.js:1']);
  });

  it('rotates at its size limit and keeps only the given number of old files', async () => {
    const file = join(dir(), 'kiosk.log');
    const log = createLogFile({ file, maxBytes: 200, keep: 2 });
    for (let index = 0; index < 40; index += 1) await log.write('main', `entry ${index} ${'x'.repeat(40)}`);
    expect((await readdir(dir())).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    for (const name of ['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']) expect((await readFile(join(dir(), name))).length).toBeLessThan(200 + 120);
    expect((await log.tail(1))[0]).toContain('entry 39');
  });

  it('cuts a runaway line and answers an empty tail when there is no file yet', async () => {
    const log = createLogFile({ file: join(dir(), 'kiosk.log') });
    expect(await log.tail(5)).toEqual([]);
    await log.write('main', 'y'.repeat(10_000));
    expect((await log.tail(1))[0]?.length).toBe(2_000);
  });
});
