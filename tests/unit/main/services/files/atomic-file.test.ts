import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../../main/services/files/atomic-file';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-atomic');

describe('atomic write', () => {
  it('writes the content and leaves no temp file behind', async () => {
    const file = join(dir(), 'nested', 'settings.json');
    await writeFileAtomic(file, '{"a":1}');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}');
    expect(await readdir(join(dir(), 'nested'))).toEqual(['settings.json']);
  });

  it('a crash between writing the temp file and the rename leaves the old file whole', async () => {
    const file = join(dir(), 'settings.json');
    await writeFile(file, 'old settings');
    // What a power cut after the temp write looks like: the temp file exists, the rename never happened.
    await writeFile(`${file}.${process.pid}.tmp`, 'new settings, half writ');
    expect(await readFile(file, 'utf8')).toBe('old settings');
    // The next save simply overwrites that temp file and completes.
    await writeFileAtomic(file, 'new settings');
    expect(await readFile(file, 'utf8')).toBe('new settings');
    expect(await readdir(dir())).toEqual(['settings.json']);
  });

  it('when the rename fails, the target is untouched and the temp file is removed', async () => {
    const target = join(dir(), 'settings.json');
    // A non-empty folder in the target's place makes the rename fail, as a locked file would.
    await mkdir(join(target, 'occupied'), { recursive: true });
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir())).toEqual(['settings.json']);
    expect(await readdir(target)).toEqual(['occupied']);
  });
});
