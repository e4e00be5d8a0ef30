/** Checks that a media file is of a type the kiosk plays, by its first bytes, and reads a WebM's duration. */
import { describeRefusal, openInside } from '../files/open-inside';

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

/** The first `bytes` of a regular file inside `root` and the file's size, or why there are none. */
export async function readHead(root: string, file: string, bytes: number): Promise<{ ok: true; head: Buffer; size: number } | { ok: false; reason: string }> {
  const opened = await openInside(root, file);
  if (!opened.ok) return { ok: false, reason: opened.refusal === 'missing' ? 'is not in the assets folder' : describeRefusal(opened.refusal, opened.code) };
  try {
    const buffer = Buffer.alloc(Math.min(bytes, opened.size));
    const { bytesRead } = await opened.handle.read(buffer, 0, buffer.length, 0);
    return { ok: true, head: buffer.subarray(0, bytesRead), size: opened.size };
  } catch (error) {
    return { ok: false, reason: describeRefusal('unreadable', (error as NodeJS.ErrnoException).code) };
  } finally {
    await opened.handle.close();
  }
}

/** Null when the file is there and its bytes match a format of that kind, else the reason it does not. */
export async function checkMediaFile(root: string, file: string, kind: MediaKind): Promise<string | null> {
  const read = await readHead(root, file, 512);
  if (!read.ok) return read.reason;
  const { head } = read;
  if (head.length < 12) return 'is empty or too short to be a media file';
  const match = signatures.find((signature) => signature.kind === kind && signature.test(head));
  if (match) return match.name.startsWith('WebM') ? checkWebmLength(head, read.size) : null;
  const names = signatures.filter((signature) => signature.kind === kind).map((signature) => signature.name);
  return `is not a ${kind} the kiosk can play (expected ${names.join(', ')})`;
}

/** Reads an EBML variable-length integer; null when it is malformed or runs past the end of the buffer. */
function readVint(buffer: Buffer, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = buffer[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (offset + length > buffer.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let index = 1; index < length; index += 1) value = value * 256 + (buffer[offset + index] ?? 0);
  return { value, length };
}

/** True when the EBML size at `offset` (`length` bytes) has every value bit set: "unknown size", as a live stream writes. */
function isUnknownSize(buffer: Buffer, offset: number, length: number): boolean {
  const first = buffer[offset] ?? 0;
  const valueBits = 0xff >> length;
  if ((first & valueBits) !== valueBits) return false;
  for (let index = 1; index < length; index += 1) if (buffer[offset + index] !== 0xff) return false;
  return true;
}

/**
 * A WebM cut short (a copy that stopped, a download that broke) still starts with the right bytes, and often
 * still with its duration, yet does not play. Its Segment says how long the file must be: null when it is at
 * least that long (or the head does not say), else the reason.
 */
export function checkWebmLength(head: Buffer, size: number): string | null {
  const wholeFile = head.length >= size;
  const cut = (reason: string) => `is cut short: ${reason}`;
  const header = readVint(head, 0, true);
  const headerSize = header && readVint(head, header.length, false);
  if (!header || !headerSize) return wholeFile ? cut(`it has only ${size} bytes`) : null;
  const segmentAt = header.length + headerSize.length + headerSize.value;
  const segment = readVint(head, segmentAt, true);
  const segmentSize = segment && readVint(head, segmentAt + segment.length, false);
  if (!segment || !segmentSize) return wholeFile ? cut(`it has only ${size} bytes`) : null;
  if (segment.value !== SEGMENT || isUnknownSize(head, segmentAt + segment.length, segmentSize.length)) return null;
  const declared = segmentAt + segment.length + segmentSize.length + segmentSize.value;
  return declared > size ? cut(`it has ${size} bytes, its header says ${declared}`) : null;
}

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

/** The duration in a WebM head's Segment Info, in seconds; null when it has none or the bytes end first. */
export function parseWebmDurationSeconds(buffer: Buffer): number | null {
  let scale = 1_000_000;
  let duration: number | null = null;
  let offset = 0;
  while (offset < buffer.length) {
    const id = readVint(buffer, offset, true);
    const size = id && readVint(buffer, offset + id.length, false);
    if (!id || !size) break;
    const dataStart = offset + id.length + size.length;
    // Step into the containers that hold the duration; skip every other element.
    if (id.value === SEGMENT || id.value === INFO) {
      offset = dataStart;
      continue;
    }
    const fits = dataStart + size.value <= buffer.length;
    if (id.value === TIMECODE_SCALE) {
      if (!fits || size.value < 1 || size.value > 6) return null;
      scale = buffer.readUIntBE(dataStart, size.value);
    }
    if (id.value === DURATION) {
      if (!fits || (size.value !== 4 && size.value !== 8)) return null;
      duration = size.value === 4 ? buffer.readFloatBE(dataStart) : buffer.readDoubleBE(dataStart);
    }
    if (duration !== null && id.value !== DURATION && id.value !== TIMECODE_SCALE) break;
    offset = dataStart + size.value;
  }
  return duration === null || !Number.isFinite(duration) ? null : (duration * scale) / 1e9;
}

/** The duration a WebM file inside `root` declares, in seconds; null when it declares none or cannot be read. */
export async function readWebmDurationSeconds(root: string, file: string): Promise<number | null> {
  const read = await readHead(root, file, 64 * 1024);
  return read.ok ? parseWebmDurationSeconds(read.head) : null;
}
