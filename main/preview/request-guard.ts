/**
 * Who may talk to the preview: only pages on the preview's own host (loopback, or the host it was told to
 * listen on), so a web page elsewhere cannot drive it through the browser (DNS rebinding, cross-site posts).
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for a host that means every interface. */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** The host names this preview answers to: loopback, and the configured host when it is another one. */
export function allowedHostNames(configuredHost: string): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (!isWildcard(configuredHost)) names.add(configuredHost.includes(':') && !configuredHost.startsWith('[') ? `[${configuredHost}]` : configuredHost);
  return names;
}

/** The host name of a Host header (`127.0.0.1:4173` → `127.0.0.1`, `[::1]:80` → `[::1]`), lower-cased. */
export function hostNameOf(hostHeader: string | undefined): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(hostHeader?.trim() ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

/** An address typed as digits cannot be rebound by DNS, so a preview listening on every interface accepts those. */
function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** Null when the request may go on; else the status and the reason to answer with. */
export function checkRequest(request: IncomingMessage, allowedHosts: ReadonlySet<string>, anyAddress = false): { status: number; reason: string } | null {
  const host = hostNameOf(request.headers.host);
  if (!host || !(allowedHosts.has(host) || (anyAddress && isIpLiteral(host)))) return { status: 421, reason: 'This preview only answers on its own host name.' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) return { status: 403, reason: 'Requests from other sites are refused.' };
  if (request.headers['sec-fetch-site'] === 'cross-site') return { status: 403, reason: 'Requests from other sites are refused.' };
  return null;
}

/** Messages must say they are JSON: a plain form or text post from another page cannot. */
export function isJsonRequest(request: IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}
