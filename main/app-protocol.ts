/** Serves the renderer and media from the app's own files under kiosk://app/, with the CSP on every response. */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticFile, type StaticRoots } from './services/static-files';

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
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? resolveStaticFile(url.pathname, roots) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const range = request.headers.get('range');
    const response = await net.fetch(pathToFileURL(file).toString(), range ? { headers: { range } } : {});
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('Content-Type', contentTypeFor(file));
    return new Response(response.body, { status: response.status, headers });
  });
}
