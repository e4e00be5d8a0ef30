/** Serves the renderer and media from the app's own files under kiosk://app/, with the CSP on every response. */
import { protocol } from 'electron';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { rangeResponseHeaders, resolveByteRange } from './services/byte-range';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticFile, servableFileSize, type StaticRoots } from './services/static-files';

export const APP_SCHEME = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure scheme that can stream video. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function setupAppProtocol(roots: StaticRoots): void {
  // The files are read here, not through net.fetch(file://), whose loader ignores Range: a video
  // served that way cannot seek, and a long real-footage loop could not loop from its buffer.
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? resolveStaticFile(url.pathname, roots) : null;
    const size = file ? await servableFileSize(file) : null;
    if (!file || size === null) return new Response('Not found', { status: 404 });
    const range = resolveByteRange(request.headers.get('range'), size);
    const { status, headers } = rangeResponseHeaders(range, size);
    const responseHeaders = { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    if (request.method === 'HEAD' || range.kind === 'unsatisfiable') return new Response(null, { status, headers: responseHeaders });
    const stream = createReadStream(file, range.kind === 'range' ? { start: range.start, end: range.end } : {});
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status, headers: responseHeaders });
  });
}
