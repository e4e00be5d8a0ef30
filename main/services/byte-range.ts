/**
 * Single byte ranges (`Range: bytes=a-b`, `bytes=a-`, `bytes=-n`), which <video> needs to loop and seek.
 * Shared by the Electron protocol and the preview server, so both answer media requests alike.
 */

export interface ByteRange {
  start: number;
  /** Inclusive, as in Content-Range. */
  end: number;
}

/** The part of a file of `size` bytes that a Range header asks for: the whole file, a range, or none (416). */
export function resolveByteRange(header: string | null | undefined, size: number): { kind: 'whole' } | ({ kind: 'range' } & ByteRange) | { kind: 'unsatisfiable' } {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  // No header, a multi-range or a malformed one: the whole file is a valid answer to each.
  if (!match || (!match[1] && !match[2]) || size === 0) return { kind: 'whole' };
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start > end || start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end };
}

/** Status and the range headers of a response to `range` for a file of `size` bytes. */
export function rangeResponseHeaders(range: ReturnType<typeof resolveByteRange>, size: number): { status: number; headers: Record<string, string> } {
  if (range.kind === 'unsatisfiable') return { status: 416, headers: { 'Content-Range': `bytes */${size}` } };
  if (range.kind === 'whole') return { status: 200, headers: { 'Accept-Ranges': 'bytes', 'Content-Length': String(size) } };
  return {
    status: 206,
    headers: { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) },
  };
}
