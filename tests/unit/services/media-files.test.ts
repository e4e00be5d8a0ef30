import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMediaType, readWebmDurationSeconds } from '../../../main/services/media-files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-media-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('media type check', () => {
  it('accepts the embedded WebM video and JPEG poster', async () => {
    expect(await checkMediaType('assets/video/seated-leg-curl.webm', 'video')).toBeNull();
    expect(await checkMediaType('assets/video/seated-leg-curl.jpg', 'image')).toBeNull();
  });

  it('refuses a text file renamed to .webm, and an empty file', async () => {
    const fake = join(dir, 'fake.webm');
    await writeFile(fake, 'this is not a video, just text in a file');
    expect(await checkMediaType(fake, 'video')).toBe('is not a video the kiosk can play (expected WebM, MP4)');
    const empty = join(dir, 'empty.jpg');
    await writeFile(empty, '');
    expect(await checkMediaType(empty, 'image')).toBe('is empty or too short to be a media file');
  });

  it('accepts an SVG image', async () => {
    const svg = join(dir, 'map.svg');
    await writeFile(svg, '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>');
    expect(await checkMediaType(svg, 'image')).toBeNull();
  });
});

describe('WebM duration', () => {
  it('reads the duration ffmpeg wrote, for lengths other than the kiosk loops', async () => {
    // Fixtures made with: ffmpeg -f lavfi -i color=c=black:s=64x64:d=<s>:r=10 -c:v libvpx-vp9 -b:v 20k
    expect(await readWebmDurationSeconds('tests/fixtures/media/loop-2s.webm')).toBeCloseTo(2, 1);
    expect(await readWebmDurationSeconds('tests/fixtures/media/loop-3.5s.webm')).toBeCloseTo(3.5, 1);
  });

  it('returns null for a file with no WebM header', async () => {
    const file = join(dir, 'not.webm');
    await writeFile(file, Buffer.alloc(64, 1));
    expect(await readWebmDurationSeconds(file)).toBeNull();
  });
});
