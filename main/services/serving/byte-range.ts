/**
 * Single byte ranges (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`), which <video> needs to loop and seek.
 * Shared by the Electron protocol and the preview server, so both answer media requests alike.
 * Not range-parser: its 1.2.1 answers a suffix longer than the file (`bytes=-50` of 10 bytes) with 416,
 * where RFC 9110 §14.1.2 serves the whole file; its one extra, merging several ranges, no <video> asks for.
 */

export type ByteRange = { kind: 'whole' } | { kind: 'range'; start: number; end: number } | { kind: 'unsatisfiable' };

/** The part of a file of `size` bytes that a Range header asks for: the whole file, one range, or none (416). */
export function resolveByteRange(header: string | null | undefined, size: number): ByteRange {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  // No header, a malformed one, another unit or several ranges: the whole file is a valid answer to each.
  if (!match || (!match[1] && !match[2]) || size === 0) return { kind: 'whole' };
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  // The end is clamped below the size, so a start at or past the end of the file is also past the range's end.
  if (start > end) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end };
}

/** Status and the range headers of a response to `range` for a file of `size` bytes. */
export function rangeResponseHeaders(range: ByteRange, size: number): { status: number; headers: Record<string, string> } {
  if (range.kind === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${size}` } };
  if (range.kind === 'whole') return { status: 200, headers: { 'Accept-Ranges': 'bytes', 'Content-Length': String(size) } };
  return {
    status: 206,
    headers: { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) },
  };
}
