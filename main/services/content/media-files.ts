/** Checks that a media file is of a type the kiosk plays, by its first bytes, and reads a WebM's duration and tags. */
import { describeRefusal, openInside } from '../files/open-inside';

export type MediaKind = 'video' | 'image' | 'audio';

const KIND_WORDS: Record<MediaKind, string> = { video: 'a video', image: 'an image', audio: 'an audio file' };

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
  return `is not ${KIND_WORDS[kind]} the kiosk can play (expected ${names.join(', ')})`;
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
const CLUSTER = 0x1f43b675;
const TAGS = 0x1254c367;
const TAG = 0x7373;
const SIMPLE_TAG = 0x67c8;
const TAG_NAME = 0x45a3;
const TAG_STRING = 0x4487;

/** How much of a WebM the checks read: its header, Info and Tags come before the first Cluster. */
export const WEBM_HEAD_BYTES = 64 * 1024;

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
  const read = await readHead(root, file, WEBM_HEAD_BYTES);
  return read.ok ? parseWebmDurationSeconds(read.head) : null;
}

/** One EBML element: where its data starts and ends (`end` is null for an element of unknown size). */
interface Element {
  id: number;
  dataStart: number;
  end: number | null;
}

/** The element whose header starts at `offset`; null when the header is malformed or runs past the buffer. */
function readElement(buffer: Buffer, offset: number): Element | null {
  const id = readVint(buffer, offset, true);
  const size = id && readVint(buffer, offset + id.length, false);
  if (!id || !size) return null;
  const dataStart = offset + id.length + size.length;
  return { id: id.value, dataStart, end: isUnknownSize(buffer, offset + id.length, size.length) ? null : dataStart + size.value };
}

/**
 * The children of the container whose data runs from `start` to `end` (null: unknown size, on to the end of
 * the buffer), each with its whole header in the buffer, though its data may run past the buffer's end. Stops
 * at the first child whose header is cut off or malformed, that claims to run past its container's end, or
 * whose size is unknown (nothing after it can be found without reading it).
 */
function* children(buffer: Buffer, start: number, end: number | null): Generator<Element> {
  const limit = Math.min(end ?? buffer.length, buffer.length);
  let offset = start;
  while (offset < limit) {
    const element = readElement(buffer, offset);
    if (!element || element.dataStart > limit) return;
    if (end !== null && element.end !== null && element.end > end) return;
    yield element;
    if (element.end === null) return;
    offset = element.end;
  }
}

/** The UTF-8 text of a leaf element, or null when its bytes do not all lie in the buffer. */
function readText(buffer: Buffer, element: Element): string | null {
  if (element.end === null || element.end > buffer.length) return null;
  return buffer.toString('utf8', element.dataStart, element.end).replace(/\0+$/, '');
}

/** The TagString of the SimpleTag named `name` among `simpleTag`'s own fields and the SimpleTags nested in it. */
function findInSimpleTag(buffer: Buffer, simpleTag: Element, name: string, depth: number): string | null {
  let tagName: string | null = null;
  let tagString: string | null = null;
  for (const field of children(buffer, simpleTag.dataStart, simpleTag.end)) {
    if (field.id === TAG_NAME) tagName = readText(buffer, field);
    else if (field.id === TAG_STRING) tagString = readText(buffer, field);
    else if (field.id === SIMPLE_TAG && depth < 4) {
      const nested = findInSimpleTag(buffer, field, name, depth + 1);
      if (nested !== null) return nested;
    }
  }
  return tagName === name ? tagString : null;
}

/**
 * The value (TagString) of the Matroska tag `name` in a WebM head: Segment › Tags › Tag › SimpleTag with that
 * TagName. Null when the head has no such tag before the first Cluster, or its bytes end before the tag's do.
 */
export function parseWebmTag(buffer: Buffer, name: string): string | null {
  for (const top of children(buffer, 0, null)) {
    if (top.id !== SEGMENT) continue;
    for (const level1 of children(buffer, top.dataStart, top.end)) {
      if (level1.id === CLUSTER) return null;
      if (level1.id !== TAGS) continue;
      for (const tag of children(buffer, level1.dataStart, level1.end)) {
        if (tag.id !== TAG) continue;
        for (const simpleTag of children(buffer, tag.dataStart, tag.end)) {
          const value = simpleTag.id === SIMPLE_TAG ? findInSimpleTag(buffer, simpleTag, name, 0) : null;
          if (value !== null) return value;
        }
      }
    }
    return null;
  }
  return null;
}

/** The value of the Matroska tag `name` in a WebM file inside `root`; null when it has none or cannot be read. */
export async function readWebmTag(root: string, file: string, name: string): Promise<string | null> {
  const read = await readHead(root, file, WEBM_HEAD_BYTES);
  return read.ok ? parseWebmTag(read.head, name) : null;
}
