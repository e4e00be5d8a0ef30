import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_MARKER, prepareOutFolder } from '../../../../../main/services/web-export/out-folder';
import { createSiteWriter } from '../../../../../main/services/web-export/site-files';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-export-out');
const MARKER = JSON.stringify({ generator: 'gym-floor-kiosk export:web' });

describe('the export folder', () => {
  it('is made when missing, and used when empty', async () => {
    expect(await prepareOutFolder(join(dir(), 'new', 'site'))).toEqual({ ok: true, replaced: false });
    expect(await readdir(join(dir(), 'new', 'site'))).toEqual([]);
    expect(await prepareOutFolder(join(dir(), 'new', 'site'))).toEqual({ ok: true, replaced: false });
  });

  it('is refused when it is a file, and the file is kept', async () => {
    await writeFile(join(dir(), 'notes.txt'), 'mine');
    expect(await prepareOutFolder(join(dir(), 'notes.txt'))).toEqual({ ok: false, reason: expect.stringContaining('is not a folder') });
    expect(await readFile(join(dir(), 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('is refused when it is a link, even to an empty folder', async () => {
    await mkdir(join(dir(), 'real'));
    await symlink(join(dir(), 'real'), join(dir(), 'link'));
    expect(await prepareOutFolder(join(dir(), 'link'))).toEqual({ ok: false, reason: expect.stringContaining('is a symbolic link') });
  });

  it('is refused when it holds anything but a previous export, and nothing in it is touched', async () => {
    await mkdir(join(dir(), 'site'));
    await writeFile(join(dir(), 'site', 'index.html'), 'their home page');
    expect(await prepareOutFolder(join(dir(), 'site'))).toEqual({ ok: false, reason: expect.stringContaining(`holds no previous export (${EXPORT_MARKER})`) });
    // A marker from something else, or one that is a link, does not make it ours.
    await writeFile(join(dir(), 'site', EXPORT_MARKER), JSON.stringify({ generator: 'someone else' }));
    expect((await prepareOutFolder(join(dir(), 'site'))).ok).toBe(false);
    await writeFile(join(dir(), 'marker'), MARKER);
    await rm(join(dir(), 'site', EXPORT_MARKER));
    await symlink(join(dir(), 'marker'), join(dir(), 'site', EXPORT_MARKER));
    expect((await prepareOutFolder(join(dir(), 'site'))).ok).toBe(false);
    expect((await readdir(join(dir(), 'site'))).sort()).toEqual(['index.html', EXPORT_MARKER]);
    expect(await readFile(join(dir(), 'site', 'index.html'), 'utf8')).toBe('their home page');
  });

  it('replaces a previous export as a whole, removing links inside without following them', async () => {
    const site = join(dir(), 'site');
    await mkdir(join(site, 'de', 'exercises'), { recursive: true });
    await writeFile(join(site, EXPORT_MARKER), MARKER);
    await writeFile(join(site, 'de', 'exercises', 'old.html'), 'old');
    await mkdir(join(dir(), 'elsewhere'));
    await writeFile(join(dir(), 'elsewhere', 'keep.txt'), 'keep');
    await symlink(join(dir(), 'elsewhere'), join(site, 'media'));
    expect(await prepareOutFolder(site)).toEqual({ ok: true, replaced: true });
    expect(await readdir(site)).toEqual([]);
    expect(await readFile(join(dir(), 'elsewhere', 'keep.txt'), 'utf8')).toBe('keep');
  });
});

describe('writing the export\'s files', () => {
  it('writes below the folder, and refuses any path that leads out of it', async () => {
    const site = createSiteWriter(join(dir(), 'site'));
    await site.write('media/video/a.webm', new Uint8Array([1, 2, 3]));
    await site.write('de/index.html', '<p>ä</p>');
    expect(site.files).toBe(2);
    expect(site.bytes).toBe(3 + 9);
    await expect(site.write('../outside.html', 'x')).rejects.toThrow(/outside the export folder/);
    await expect(site.write(join(dir(), 'absolute.html'), 'x')).rejects.toThrow(/outside the export folder/);
    await expect(site.write('media/../../outside.html', 'x')).rejects.toThrow(/outside the export folder/);
    await expect(site.write('', 'x')).rejects.toThrow(/outside the export folder/);
    expect((await readdir(dir())).sort()).toEqual(['site']);
  });
});
