/**
 * Answers a request for a file of the app (the renderer build) or a media file: only regular files whose real
 * path lies inside their folder, with byte ranges, the content type and the content security policy.
 * Both hosts use it: the Electron protocol and the preview server.
 */
import type { FileHandle } from 'node:fs/promises';
import { extname, posix } from 'node:path';
import { Readable } from 'node:stream';
import { contentType } from 'mime-types';
import { CONTENT_SECURITY_POLICY, policyAllowingInline } from '../../../common/content-security-policy';
import { inlineHashes } from './inline-hashes';
import { openInside } from '../files/open-inside';
import { rangeResponseHeaders, resolveByteRange } from './byte-range';

export interface StaticRoots {
  /** The Vite build of the renderer (index.html and its assets). */
  rendererDir: string;
  /** Media files, served under /media/. */
  assetsDir: string;
}

/** Headers every answer carries, file or error. */
export const SECURITY_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

export function contentTypeFor(path: string): string {
  return contentType(extname(path)) || 'application/octet-stream';
}

/** Source maps stay on the build machine: they would hand out the code's own paths. */
function isSourceMap(path: string): boolean {
  return /\.map$/i.test(path);
}

/** Which folder a URL path points into and the path below it; null for a path that cannot be a file of ours. */
export function locateStaticFile(urlPath: string, roots: StaticRoots): { root: string; file: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') return { root: roots.rendererDir, file: 'index.html' };
  // The file system drops a trailing slash or dot (`app.js.map/.` opens app.js.map), so the checks see the
  // normalized path; and a path ending in a slash names a folder, which is never served.
  const normalized = posix.normalize(path);
  if (normalized.endsWith('/') || isSourceMap(normalized)) return null;
  if (path.startsWith('/media/')) return { root: roots.assetsDir, file: path.slice('/media/'.length) };
  return { root: roots.rendererDir, file: path.slice(1) };
}

export interface StaticAnswer {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD, 404 and 416. */
  body: Readable | null;
}

/** Pages the host builds from a file of the build rather than serving it as it is. */
export interface StaticPages {
  /** index.html as the page should get it (start-page.ts); given the built file's text. */
  index?(builtHtml: string): Promise<string>;
}

/** index.html is a few kB; one far larger is not the build's, and is served as it is rather than read whole. */
export const MAX_INDEX_BYTES = 1024 * 1024;

/**
 * The app's index.html, with what `pages.index` adds (if any): whole (no ranges: it is built for this one load), never
 * cached, and with a policy that lets its inline blocks run (without it the page would show unstyled).
 */
async function answerIndexPage(handle: FileHandle, size: number, method: string, index: StaticPages['index']): Promise<StaticAnswer> {
  let built: string;
  try {
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    built = bytes.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const page = Buffer.from(index ? await index(built).catch(() => built) : built);
  // The built page's own inline blocks (its style sheet, the early-tap script) may run; nothing the start put in may.
  const policy = policyAllowingInline(CONTENT_SECURITY_POLICY, inlineHashes(built));
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': policy, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(page.length), 'Cache-Control': 'no-store' };
  return { status: 200, headers, body: method === 'HEAD' ? null : Readable.from([page]) };
}

/** The answer to GET or HEAD `urlPath` with an optional Range header. */
export async function answerStaticRequest(urlPath: string, method: string, rangeHeader: string | null | undefined, roots: StaticRoots, pages: StaticPages = {}): Promise<StaticAnswer> {
  const notFound: StaticAnswer = { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
  const located = locateStaticFile(urlPath, roots);
  if (!located) return notFound;
  const opened = await openInside(located.root, located.file);
  if (!opened.ok) return notFound;
  // Whatever the path said, the file it led to (through links too) must not be a source map.
  if (isSourceMap(opened.path)) {
    await opened.handle.close();
    return notFound;
  }
  const { size, handle } = opened;
  if (located.root === roots.rendererDir && posix.normalize(located.file) === 'index.html' && size <= MAX_INDEX_BYTES) {
    return answerIndexPage(handle, size, method, pages.index);
  }
  const range = resolveByteRange(rangeHeader, size);
  const { status, headers } = rangeResponseHeaders(range, size);
  const answer = { status, headers: { ...headers, ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(located.file) } };
  if (method === 'HEAD' || range.kind === 'unsatisfiable' || size === 0) {
    await handle.close();
    return { ...answer, body: null };
  }
  // Streams from the handle already opened and checked, so the file cannot be swapped in between; and only the bytes
  // the headers announced, so a file that grows meanwhile (a video still being copied in) cannot overrun Content-Length.
  const { start, end } = range.kind === 'range' ? range : { start: 0, end: size - 1 };
  const body = handle.createReadStream({ start, end });
  return { ...answer, body };
}
