/**
 * The WebM checks on heads built byte by byte (EBML: an element is its ID, its size as a variable-length integer,
 * its data), so each rule of the parsing is shown on the smallest file that needs it.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMediaFile, checkWebmLength, parseWebmDurationSeconds, parseWebmTag, readHead } from '../../../../../main/services/content/media-files';

// Matroska's element IDs, written out from its specification apart from media-files.ts: a wrong ID there fails here.
const ID = {
  EBML: 0x1a45dfa3,
  SEGMENT: 0x18538067,
  INFO: 0x1549a966,
  TIMECODE_SCALE: 0x2ad7b1,
  DURATION: 0x4489,
  CLUSTER: 0x1f43b675,
  TAGS: 0x1254c367,
  TAG: 0x7373,
  TARGETS: 0x63c0,
  SIMPLE_TAG: 0x67c8,
  TAG_NAME: 0x45a3,
  TAG_LANGUAGE: 0x447a,
  TAG_STRING: 0x4487,
} as const;

function idBytes(id: number): Buffer {
  const bytes: number[] = [];
  for (let value = id; value > 0; value = Math.floor(value / 256)) bytes.unshift(value % 256);
  return Buffer.from(bytes);
}

/** A size of `length` bytes: the length marker bit, then the value. */
function sizeBytes(value: number, length = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let rest = value;
  for (let index = length - 1; index >= 0; index -= 1) {
    bytes[index] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  bytes[0] = (bytes[0] ?? 0) | (0x80 >> (length - 1));
  return bytes;
}

/** "Unknown size" (every value bit set), as a live stream writes it. */
function unknownSize(length = 1): Buffer {
  const bytes = Buffer.alloc(length, 0xff);
  bytes[0] = 0xff >> (length - 1);
  return bytes;
}

const element = (id: number, ...data: Buffer[]) => {
  const body = Buffer.concat(data);
  return Buffer.concat([idBytes(id), sizeBytes(body.length), body]);
};
const unsized = (id: number, ...data: Buffer[]) => Buffer.concat([idBytes(id), unknownSize(), ...data]);
const text = (id: number, value: string) => element(id, Buffer.from(value, 'utf8'));
const uint = (value: number, length: number) => Buffer.from(Array.from({ length }, (_, index) => Math.floor(value / 256 ** (length - 1 - index)) % 256));
const float64 = (value: number) => {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  return bytes;
};
const float32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeFloatBE(value);
  return bytes;
};
const header = element(ID.EBML, Buffer.from([0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d])); // DocType "webm"
const simpleTag = (name: string, value: string, ...more: Buffer[]) => element(ID.SIMPLE_TAG, text(ID.TAG_NAME, name), text(ID.TAG_STRING, value), ...more);
const webm = (...segment: Buffer[]) => Buffer.concat([header, element(ID.SEGMENT, ...segment)]);

describe('a WebM cut short (checkWebmLength)', () => {
  const whole = webm(element(ID.INFO, element(ID.DURATION, float64(2000))), element(ID.CLUSTER, Buffer.alloc(40)));

  it('passes a whole file, and names both lengths of one cut short', () => {
    expect(checkWebmLength(whole, whole.length)).toBeNull();
    const cut = whole.subarray(0, whole.length - 5);
    expect(checkWebmLength(cut, cut.length)).toBe(`is cut short: it has ${cut.length} bytes, its header says ${whole.length}`);
    // The head read is shorter than the file: the file's size decides.
    expect(checkWebmLength(whole.subarray(0, 20), whole.length)).toBeNull();
    expect(checkWebmLength(whole.subarray(0, 20), whole.length - 1)).toBe(`is cut short: it has ${whole.length - 1} bytes, its header says ${whole.length}`);
  });

  it('a Segment that ends exactly where its file ends is whole, even when empty', () => {
    const empty = Buffer.concat([header, idBytes(ID.SEGMENT), sizeBytes(0)]);
    expect(checkWebmLength(empty, empty.length)).toBeNull();
  });

  it('a whole file too short to hold its header or its Segment says how many bytes it has', () => {
    for (const bytes of [Buffer.from([0x1a, 0x45, 0xdf]), Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.concat([header, idBytes(ID.SEGMENT).subarray(0, 2)]), Buffer.concat([header, idBytes(ID.SEGMENT), Buffer.from([0x40])])]) {
      expect(checkWebmLength(bytes, bytes.length), bytes.toString('hex')).toBe(`is cut short: it has only ${bytes.length} bytes`);
      // Only a head of a longer file: nothing can be said yet.
      expect(checkWebmLength(bytes, bytes.length + 100)).toBeNull();
    }
  });

  it('a file that starts with a zero byte (no valid ID) is cut short when whole, however long', () => {
    const zeros = Buffer.concat([Buffer.alloc(1), Buffer.alloc(30, 0x81)]);
    expect(checkWebmLength(zeros, zeros.length)).toBe(`is cut short: it has only ${zeros.length} bytes`);
  });

  it('a Segment of unknown size (one or eight bytes) cannot be cut short; one that only looks like it can', () => {
    const live = Buffer.concat([header, idBytes(ID.SEGMENT), unknownSize(1), Buffer.alloc(10)]);
    expect(checkWebmLength(live, live.length)).toBeNull();
    const live8 = Buffer.concat([header, idBytes(ID.SEGMENT), unknownSize(8), Buffer.alloc(10)]);
    expect(checkWebmLength(live8, live8.length)).toBeNull();
    // Two size bytes, all value bits set but followed by a zero byte: still unknown.
    const live2 = Buffer.concat([header, idBytes(ID.SEGMENT), unknownSize(2), Buffer.alloc(10)]);
    expect(checkWebmLength(live2, live2.length)).toBeNull();
    // 0x7f 0xfe is a real size (16382 bytes), not "unknown".
    const known = Buffer.concat([header, idBytes(ID.SEGMENT), Buffer.from([0x7f, 0xfe]), Buffer.alloc(10)]);
    expect(checkWebmLength(known, known.length)).toBe(`is cut short: it has ${known.length} bytes, its header says ${header.length + 4 + 2 + 16382}`);
  });

  it('a file whose second element is not a Segment is not judged by it', () => {
    const other = Buffer.concat([header, idBytes(ID.CLUSTER), sizeBytes(100), Buffer.alloc(10)]);
    expect(checkWebmLength(other, other.length)).toBeNull();
  });
});

describe('the duration in a WebM head (parseWebmDurationSeconds)', () => {
  const info = (...fields: Buffer[]) => webm(element(ID.INFO, ...fields));

  it('scales the duration by the timecode scale, whichever comes first, as a 4- or 8-byte float', () => {
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, float64(2500))))).toBe(2.5);
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, uint(500_000, 3)), element(ID.DURATION, float64(2500))))).toBe(1.25);
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, float32(3000)), element(ID.TIMECODE_SCALE, uint(500_000, 3))))).toBe(1.5);
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, uint(100, 1)), element(ID.DURATION, float64(1e7))))).toBe(1);
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, uint(1_000_000, 6)), element(ID.DURATION, float64(2000))))).toBe(2);
  });

  it('a timecode scale or a duration of a size the format does not allow is no duration', () => {
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, Buffer.alloc(0)), element(ID.DURATION, float64(2500))))).toBeNull();
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, uint(1_000_000, 7)), element(ID.DURATION, float64(2500))))).toBeNull();
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, Buffer.alloc(5))))).toBeNull();
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, Buffer.alloc(2))))).toBeNull();
  });

  it('a duration that fits exactly at the end of the head is read; one that runs past it is not', () => {
    const exact = info(element(ID.DURATION, float64(2000)));
    expect(parseWebmDurationSeconds(exact)).toBe(2);
    expect(parseWebmDurationSeconds(exact.subarray(0, exact.length - 1))).toBeNull();
  });

  it('stops at the first element after the duration: a later one is not taken', () => {
    const later = info(element(ID.DURATION, float64(2000)), text(0x7ba9, 'title'), element(ID.DURATION, float64(9000)));
    expect(parseWebmDurationSeconds(later)).toBe(2);
  });

  it('a head without a duration has none; of two durations around the scale, the later one counts', () => {
    expect(parseWebmDurationSeconds(info(element(ID.TIMECODE_SCALE, uint(1_000_000, 3))))).toBeNull();
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, float64(2000)), element(ID.TIMECODE_SCALE, uint(1_000_000, 3)), element(ID.DURATION, float64(9000))))).toBe(9);
  });

  it('an infinite or NaN duration is none', () => {
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, float64(Number.POSITIVE_INFINITY))))).toBeNull();
    expect(parseWebmDurationSeconds(info(element(ID.DURATION, float64(Number.NaN))))).toBeNull();
  });
});

describe('a tag in a WebM head (parseWebmTag)', () => {
  const tags = (...tagContents: Buffer[]) => element(ID.TAGS, element(ID.TAG, ...tagContents));

  it('reads a tag, an empty one, and one with NUL bytes inside (only trailing ones are padding)', () => {
    expect(parseWebmTag(webm(tags(simpleTag('A', 'x'))), 'A')).toBe('x');
    expect(parseWebmTag(webm(tags(simpleTag('A', ''))), 'A')).toBe('');
    expect(parseWebmTag(webm(tags(simpleTag('A', 'a\0b\0\0'))), 'A')).toBe('a\0b');
  });

  it('takes the TagString, not the other fields of the SimpleTag', () => {
    expect(parseWebmTag(webm(tags(simpleTag('A', 'x', text(ID.TAG_LANGUAGE, 'und')))), 'A')).toBe('x');
  });

  it('finds a SimpleTag nested in another, down to four levels, and no deeper', () => {
    const nested = (depth: number): Buffer => (depth === 0 ? simpleTag('DEEP', 'found') : simpleTag(`LEVEL${depth}`, 'no', nested(depth - 1)));
    expect(parseWebmTag(webm(tags(simpleTag('OUTER', 'o', simpleTag('INNER', 'i')))), 'INNER')).toBe('i');
    expect(parseWebmTag(webm(tags(simpleTag('OUTER', 'o', simpleTag('INNER', 'i')))), 'OUTER')).toBe('o');
    expect(parseWebmTag(webm(tags(nested(4))), 'DEEP')).toBe('found');
    expect(parseWebmTag(webm(tags(nested(5))), 'DEEP')).toBeNull();
  });

  it('looks only in Segment › Tags › Tag › SimpleTag, and only before the first Cluster', () => {
    const wrong = simpleTag('A', 'wrong');
    const right = simpleTag('A', 'right');
    expect(parseWebmTag(webm(element(ID.INFO, element(ID.TAG, wrong)), tags(right)), 'A')).toBe('right');
    expect(parseWebmTag(webm(element(ID.TAGS, element(ID.TARGETS, wrong), element(ID.TAG, right))), 'A')).toBe('right');
    expect(parseWebmTag(webm(tags(element(ID.TARGETS, text(ID.TAG_NAME, 'A'), text(ID.TAG_STRING, 'wrong')), right)), 'A')).toBe('right');
    expect(parseWebmTag(webm(element(ID.CLUSTER, Buffer.alloc(4)), tags(right)), 'A')).toBeNull();
    expect(parseWebmTag(Buffer.concat([header, tags(right)]), 'A')).toBeNull();
  });

  it('follows containers of unknown size to the end of the head', () => {
    expect(parseWebmTag(Buffer.concat([header, unsized(ID.SEGMENT, tags(simpleTag('A', 'x')))]), 'A')).toBe('x');
    expect(parseWebmTag(webm(unsized(ID.TAGS, element(ID.TAG, simpleTag('A', 'x')))), 'A')).toBe('x');
  });

  it('reads nothing that begins inside its container but runs past the container\'s end, or past the head', () => {
    // A Segment that says it holds 3 bytes, followed by Tags of unknown size: they are not the Segment's.
    const outside = Buffer.concat([header, idBytes(ID.SEGMENT), sizeBytes(3), idBytes(ID.TAGS), unknownSize(), element(ID.TAG, simpleTag('A', 'x'))]);
    expect(parseWebmTag(outside, 'A')).toBeNull();
    const whole = webm(tags(simpleTag('A', 'value')));
    expect(parseWebmTag(whole.subarray(0, whole.length - 2), 'A')).toBeNull();
  });
});

describe('media types by their first bytes', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-media-types-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const check = async (bytes: Buffer, kind: 'video' | 'image' | 'audio') => {
    await writeFile(join(dir, 'file'), bytes);
    return checkMediaFile(dir, 'file', kind);
  };
  const padded = (...parts: Array<string | number[]>) => Buffer.concat([...parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))), Buffer.alloc(16)]);

  it('takes each format the kiosk plays, of its own kind only', async () => {
    expect(await check(padded([0, 0, 0, 0x20], 'ftypisom'), 'video')).toBeNull();
    expect(await check(padded([0xff, 0xd8, 0xff, 0xe0]), 'image')).toBeNull();
    expect(await check(padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image')).toBeNull();
    expect(await check(padded('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image')).toBeNull();
    expect(await check(padded('ID3', [4, 0]), 'audio')).toBeNull();
    expect(await check(padded([0xff, 0xfb, 0x90, 0x64]), 'audio')).toBeNull();
    // A PNG is no video, an MP4 no image.
    expect(await check(padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'video')).toBe('is not a video the kiosk can play (expected WebM, MP4)');
    expect(await check(padded([0, 0, 0, 0x20], 'ftypisom'), 'image')).toBe('is not an image the kiosk can play (expected JPEG, PNG, WebP, SVG)');
  });

  it('refuses near misses: a JPEG start without its second byte, a RIFF that is not WebP, a WebP mark without RIFF, a byte that is no MP3 frame', async () => {
    const notImage = 'is not an image the kiosk can play (expected JPEG, PNG, WebP, SVG)';
    expect(await check(padded([0xff, 0x00]), 'image')).toBe(notImage);
    expect(await check(padded([0x00, 0xd8]), 'image')).toBe(notImage);
    expect(await check(padded('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'image')).toBe(notImage);
    expect(await check(padded('RIFX', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image')).toBe(notImage);
    expect(await check(padded([0, 0, 0, 0x20], 'ftyx'), 'video')).toBe('is not a video the kiosk can play (expected WebM, MP4)');
    const notAudio = 'is not an audio file the kiosk can play (expected WebM audio, MP3)';
    expect(await check(padded([0xff, 0x1b]), 'audio')).toBe(notAudio);
    expect(await check(padded([0xfe, 0xfb]), 'audio')).toBe(notAudio);
  });

  it('judges a file of exactly 12 bytes, and refuses one of 11', async () => {
    expect(await check(Buffer.from('RIFF\x04\x00\x00\x00WEBP', 'latin1'), 'image')).toBeNull();
    expect(await check(Buffer.from('RIFF\x04\x00\x00\x00WEB', 'latin1'), 'image')).toBe('is empty or too short to be a media file');
  });

  it('reads only the head it is asked for, and closes the file every time', async () => {
    await writeFile(join(dir, 'long'), Buffer.alloc(4096, 7));
    const read = await readHead(dir, 'long', 16);
    expect(read).toEqual({ ok: true, head: Buffer.alloc(16, 7), size: 4096 });
    const short = await readHead(dir, 'long', 10_000);
    expect(short.ok && short.head.length).toBe(4096);
    const open = async () => (await readdir('/proc/self/fd')).length;
    const before = await open();
    for (let round = 0; round < 300; round += 1) await readHead(dir, 'long', 16);
    expect(await open()).toBeLessThan(before + 50);
  });
});
