import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMediaFile, parseWebmDurationSeconds, parseWebmTag, readWebmDurationSeconds, readWebmTag } from '../../../../../main/services/content/media-files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-media-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('media type check', () => {
  it('accepts the embedded WebM video and JPEG poster', async () => {
    expect(await checkMediaFile('assets', 'video/seated-leg-curl.webm', 'video')).toBeNull();
    expect(await checkMediaFile('assets', 'video/seated-leg-curl.jpg', 'image')).toBeNull();
  });

  it('refuses a text file renamed to .webm, an empty file and a missing one', async () => {
    await writeFile(join(dir, 'fake.webm'), 'this is not a video, just text in a file');
    expect(await checkMediaFile(dir, 'fake.webm', 'video')).toBe('is not a video the kiosk can play (expected WebM, MP4)');
    expect(await checkMediaFile(dir, 'fake.webm', 'image')).toBe('is not an image the kiosk can play (expected JPEG, PNG, WebP, SVG)');
    await writeFile(join(dir, 'empty.jpg'), '');
    expect(await checkMediaFile(dir, 'empty.jpg', 'image')).toBe('is empty or too short to be a media file');
    expect(await checkMediaFile(dir, 'nothing.jpg', 'image')).toBe('is not in the assets folder');
  });

  it('refuses a link that leads out of the assets folder', async () => {
    await symlink(resolve('assets/video/seated-leg-curl.webm'), join(dir, 'borrowed.webm'));
    expect(await checkMediaFile(dir, 'borrowed.webm', 'video')).toBe('is a link that leads outside its folder');
    expect(await checkMediaFile(dir, '../escape.webm', 'video')).toBe('is a link that leads outside its folder');
  });

  it('accepts an SVG image', async () => {
    await writeFile(join(dir, 'map.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>');
    expect(await checkMediaFile(dir, 'map.svg', 'image')).toBeNull();
  });
});

describe('WebM duration', () => {
  it('reads the duration ffmpeg wrote, for lengths other than the kiosk loops', async () => {
    // Fixtures made with: ffmpeg -f lavfi -i color=c=black:s=64x64:d=<s>:r=10 -c:v libvpx-vp9 -b:v 20k
    expect(await readWebmDurationSeconds('tests/fixtures/media', 'loop-2s.webm')).toBeCloseTo(2, 1);
    expect(await readWebmDurationSeconds('tests/fixtures/media', 'loop-3.5s.webm')).toBeCloseTo(3.5, 1);
  });

  it('returns null for a file with no WebM header', async () => {
    await writeFile(join(dir, 'not.webm'), Buffer.alloc(64, 1));
    expect(await readWebmDurationSeconds(dir, 'not.webm')).toBeNull();
  });

  it('returns null, never throws, for a WebM cut off at every length up to its duration', async () => {
    const whole = await readFile('tests/fixtures/media/loop-2s.webm');
    const lengths = Array.from({ length: 400 }, (_, index) => index);
    const results = lengths.map((length) => parseWebmDurationSeconds(whole.subarray(0, length)));
    expect(results.every((result) => result === null || Math.abs(result - 2) < 0.1)).toBe(true);
    expect(results.filter((result) => result === null).length).toBeGreaterThan(0);
  });
});

describe('WebM tags', () => {
  const demos = ['seated-leg-curl', 'cable-deadlift', 'kickback'];

  it('reads the phase list the generator wrote into each demo video: the phases of its exercise', async () => {
    for (const id of demos) {
      const exercise = JSON.parse(await readFile(`content/exercises/${id}.json`, 'utf8'));
      const tag = await readWebmTag('assets', `video/${id}.webm`, 'KIOSK_PHASES');
      expect(tag, id).not.toBeNull();
      expect(JSON.parse(tag ?? 'null'), id).toEqual(exercise.video.phases);
    }
  });

  it('reads a track tag too, and returns null for a tag the file does not have', async () => {
    // ffmpeg writes each track's length as a tag DURATION (padded with zero bytes, which are not part of it).
    expect(await readWebmTag('tests/fixtures/media', 'loop-2s.webm', 'DURATION')).toBe('00:00:02.000000000');
    expect(await readWebmTag('tests/fixtures/media', 'loop-2s.webm', 'KIOSK_PHASES')).toBeNull();
    expect(await readWebmTag('assets', 'video/kickback.webm', 'KIOSK')).toBeNull();
  });

  it('returns null, never throws, for a demo video cut off at every length up to past its tags', async () => {
    const whole = await readFile('assets/video/kickback.webm');
    const full = parseWebmTag(whole, 'KIOSK_PHASES');
    const tagEnd = whole.indexOf(Buffer.from(full ?? '')) + Buffer.byteLength(full ?? '');
    const results = Array.from({ length: tagEnd + 64 }, (_, length) => parseWebmTag(whole.subarray(0, length), 'KIOSK_PHASES'));
    expect(results.every((result) => result === null || result === full)).toBe(true);
    expect(results.slice(0, tagEnd).every((result) => result === null)).toBe(true);
    expect(results.slice(tagEnd)).toEqual(results.slice(tagEnd).map(() => full));
  });

  it('reads no tag whose size runs past its SimpleTag, and none after the first Cluster', async () => {
    const whole = await readFile('assets/video/kickback.webm');
    const value = Buffer.from(parseWebmTag(whole, 'KIOSK_PHASES') ?? '');
    const broken = Buffer.from(whole);
    // The TagString's one-byte size sits just before its text: claim 100 bytes more than the SimpleTag holds.
    const sizeAt = broken.indexOf(value) - 1;
    expect(broken[sizeAt]).toBe(0x80 | value.length);
    broken[sizeAt] = 0x80 | Math.min(0x7e, value.length + 100);
    expect(parseWebmTag(broken, 'KIOSK_PHASES')).toBeNull();
    // Tags are looked for only before the media data (where ffmpeg writes them): moved behind it, they are not read.
    const clusterAt = whole.indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75]));
    const tagsAt = whole.indexOf(Buffer.from([0x12, 0x54, 0xc3, 0x67]));
    expect(tagsAt).toBeGreaterThan(0);
    expect(clusterAt).toBeGreaterThan(tagsAt);
    const moved = Buffer.concat([whole.subarray(0, tagsAt), whole.subarray(clusterAt), whole.subarray(tagsAt, clusterAt)]);
    expect(moved.includes(value)).toBe(true);
    expect(parseWebmTag(moved, 'KIOSK_PHASES')).toBeNull();
  });
});
