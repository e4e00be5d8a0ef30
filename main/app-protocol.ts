/** Serves the renderer and media from the app's own files under kiosk://app/, with the CSP on every response. */
import { protocol } from 'electron';
import { Readable } from 'node:stream';
import { OUT_OF_ORDER_PATH } from './out-of-order-page';
import { answerStaticRequest, SECURITY_HEADERS, type StaticRoots } from './services/serving/static-files';

export const APP_SCHEME = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure scheme that can stream video. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

export interface AppPages {
  /** The out-of-order page, built afresh (in the default language) each time it is shown. */
  outOfOrder(): string;
  /** index.html with the page's start in it (services.startPage, once the services run). */
  index?(builtHtml: string): Promise<string>;
}

export function setupAppProtocol(roots: StaticRoots, pages: AppPages): void {
  // The files are read here, not through net.fetch(file://), whose loader ignores Range: a video
  // served that way cannot seek, and a long real-footage loop could not loop from its buffer.
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    // The page reads files; it sends its messages over IPC, never to this scheme (the preview answers 405 alike).
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('GET or HEAD only.', { status: 405, headers: SECURITY_HEADERS });
    if (url.pathname === OUT_OF_ORDER_PATH) return new Response(pages.outOfOrder(), { headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
    const answer = await answerStaticRequest(url.pathname, request.method, request.headers.get('range'), roots, pages);
    const body = answer.body ? (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>) : answer.status === 404 ? 'Not found' : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
