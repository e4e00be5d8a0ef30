/**
 * Answers a request for a file of the app (the renderer build) or a media file: only regular files whose real
 * path lies inside their folder, with byte ranges, the content type and the content security policy.
 * Both hosts use it: the Electron protocol and the preview server.
 */
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { contentType } from 'mime-types';
import { openInside } from '../files/open-inside';
import { rangeResponseHeaders, resolveByteRange } from './byte-range';

export interface StaticRoots {
  /** The Vite build of the renderer (index.html and its assets). */
  rendererDir: string;
  /** Media files, served under /media/. */
  assetsDir: string;
}

/** Only the app's own scripts, styles and media; nothing inline, nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every answer carries, file or error. */
export const SECURITY_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

export function contentTypeFor(path: string): string {
  return contentType(extname(path)) || 'application/octet-stream';
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
  if (path.startsWith('/media/')) return { root: roots.assetsDir, file: path.slice('/media/'.length) };
  // Source maps stay on the build machine: they would hand out the code's own paths.
  if (path.endsWith('.map')) return null;
  return { root: roots.rendererDir, file: path.slice(1) };
}

export interface StaticAnswer {
  status: number;
  headers: Record<string, string>;
  /** Null for HEAD, 404 and 416. */
  body: Readable | null;
}

/** The answer to GET or HEAD `urlPath` with an optional Range header. */
export async function answerStaticRequest(urlPath: string, method: string, rangeHeader: string | null | undefined, roots: StaticRoots): Promise<StaticAnswer> {
  const notFound: StaticAnswer = { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
  const located = locateStaticFile(urlPath, roots);
  if (!located) return notFound;
  const opened = await openInside(located.root, located.file);
  if (!opened.ok) return notFound;
  const { size, handle } = opened;
  const range = resolveByteRange(rangeHeader, size);
  const { status, headers } = rangeResponseHeaders(range, size);
  const answer = { status, headers: { ...headers, ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(located.file) } };
  if (method === 'HEAD' || range.kind === 'unsatisfiable' || size === 0) {
    await handle.close();
    return { ...answer, body: null };
  }
  // Streams from the handle already opened and checked, so the file cannot be swapped in between.
  const body = handle.createReadStream(range.kind === 'range' ? { start: range.start, end: range.end } : {});
  return { ...answer, body };
}
