/** Checks that a media file is of a type the kiosk plays, by its first bytes, and reads a WebM's duration. */
import { open } from 'node:fs/promises';

export type MediaKind = 'video' | 'image' | 'audio';

const signatures: Array<{ kind: MediaKind; name: string; test: (head: Buffer) => boolean }> = [
  { kind: 'video', name: 'WebM', test: (head) => head.readUInt32BE(0) === 0x1a45dfa3 },
  { kind: 'video', name: 'MP4', test: (head) => head.toString('latin1', 4, 8) === 'ftyp' },
  { kind: 'image', name: 'JPEG', test: (head) => head[0] === 0xff && head[1] === 0xd8 },
  { kind: 'image', name: 'PNG', test: (head) => head.readUInt32BE(0) === 0x89504e47 },
  { kind: 'image', name: 'WebP', test: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP' },
  { kind: 'image', name: 'SVG', test: (head) => /<svg[\s>]/.test(head.toString('utf8')) },
  { kind: 'audio', name: 'WebM audio', test: (head) => head.readUInt32BE(0) === 0x1a45dfa3 },
  { kind: 'audio', name: 'MP3', test: (head) => head.toString('latin1', 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0) },
];

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Null when the file's bytes match a format of that kind, else the reason it does not. */
export async function checkMediaType(path: string, kind: MediaKind): Promise<string | null> {
  const head = await readHead(path, 512);
  if (head.length < 12) return 'is empty or too short to be a media file';
  if (signatures.some((signature) => signature.kind === kind && signature.test(head))) return null;
  const names = signatures.filter((signature) => signature.kind === kind).map((signature) => signature.name);
  return `is not a ${kind} the kiosk can play (expected ${names.join(', ')})`;
}

/** Reads an EBML variable-length integer; returns its value and length. */
function readVint(buffer: Buffer, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = buffer[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (offset + length > buffer.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let index = 1; index < length; index += 1) value = value * 256 + (buffer[offset + index] ?? 0);
  return { value, length };
}

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

/** The duration a WebM file declares in its Segment Info, in seconds; null when it has none. */
export async function readWebmDurationSeconds(path: string): Promise<number | null> {
  const buffer = await readHead(path, 64 * 1024);
  let scale = 1_000_000;
  let duration: number | null = null;
  let offset = 0;
  while (offset < buffer.length) {
    const id = readVint(buffer, offset, true);
    if (!id) break;
    const size = readVint(buffer, offset + id.length, false);
    if (!size) break;
    const dataStart = offset + id.length + size.length;
    // Step into the containers that hold the duration; skip every other element.
    if (id.value === SEGMENT || id.value === INFO) {
      offset = dataStart;
      continue;
    }
    if (id.value === TIMECODE_SCALE) scale = buffer.readUIntBE(dataStart, Math.min(size.value, 6));
    if (id.value === DURATION) duration = size.value === 4 ? buffer.readFloatBE(dataStart) : buffer.readDoubleBE(dataStart);
    if (duration !== null && id.value !== DURATION && id.value !== TIMECODE_SCALE) break;
    offset = dataStart + size.value;
  }
  return duration === null ? null : (duration * scale) / 1e9;
}
