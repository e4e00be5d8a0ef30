/** Maps a request path to a file of the app (renderer build) or a media file, and names its type. */
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

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

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Joins `relative` under `root`, or null when it would escape the root. */
function inside(root: string, relative: string): string | null {
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/** `/` → index.html, `/media/x` → assets/x, anything else → the renderer build. Null for traversal. */
export function resolveStaticFile(urlPath: string, roots: StaticRoots): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  if (path === '/' || path === '') return join(roots.rendererDir, 'index.html');
  if (path.startsWith('/media/')) return inside(normalize(roots.assetsDir), path.slice('/media/'.length));
  return inside(normalize(roots.rendererDir), path.slice(1));
}

/** The size of a regular file, or null when there is none to serve (missing, unreadable, a folder). */
export async function servableFileSize(path: string): Promise<number | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}
