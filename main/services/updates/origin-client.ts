/**
 * Talks to the static origin that serves bundles: the manifest with a conditional request (an unchanged
 * manifest costs one 304), its signature, and objects, resumed with a Range request where a download broke.
 * Plain node:http(s): every byte that arrived before a break is on disk, so a resume starts after it.
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { MAX_MANIFEST_BYTES, ORIGIN_PATHS, type BundleFile } from './bundle-manifest';

/** A request that gets no answer for this long is given up; the next check tries again. */
export const REQUEST_TIMEOUT_MS = 30_000;

export class OriginError extends Error {}

export interface ManifestAnswer {
  /** Null when the manifest is unchanged since `etag` (304). */
  bytes: Buffer | null;
  etag: string | null;
}

/** HTTPS only, except on this machine itself (a test origin, a local mirror). */
export function isAllowedOrigin(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}

/** One GET; redirects are not followed (an origin that moves is configured anew, not trusted blindly). */
function request(url: URL, headers: Record<string, string>): Promise<IncomingMessage> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const sent = get(url, { headers, timeout: REQUEST_TIMEOUT_MS }, resolve);
    sent.on('timeout', () => sent.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    sent.on('error', (error) => reject(new OriginError(`${url.pathname} could not be fetched (${error.message})`)));
  });
}

async function readLimited(response: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      response.destroy();
      throw new OriginError(`${what} is more than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  if (!response.complete) throw new OriginError(`${what} broke off`);
  return Buffer.concat(chunks);
}

export function createOriginClient(baseUrl: string, channel: string) {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const at = (path: string) => new URL(path, base);

  return {
    async manifest(etag: string | null): Promise<ManifestAnswer> {
      const path = ORIGIN_PATHS.manifest(channel);
      const response = await request(at(path), etag ? { 'If-None-Match': etag } : {});
      if (response.statusCode === 304) {
        response.resume();
        return { bytes: null, etag };
      }
      if (response.statusCode !== 200) {
        response.resume();
        throw new OriginError(`${path} answered ${response.statusCode}`);
      }
      return { bytes: await readLimited(response, MAX_MANIFEST_BYTES, path), etag: (response.headers.etag as string | undefined) ?? null };
    },
    async signature(): Promise<string> {
      const path = ORIGIN_PATHS.signature(channel);
      const response = await request(at(path), {});
      if (response.statusCode !== 200) {
        response.resume();
        throw new OriginError(`${path} answered ${response.statusCode}`);
      }
      return (await readLimited(response, 1024, path)).toString('utf8');
    },
    /** Appends the rest of the object to `partial`: from where it stopped when the origin can, else from the start. */
    async object(file: BundleFile, partial: string): Promise<void> {
      const path = ORIGIN_PATHS.object(file.sha256);
      const have = await stat(partial).then((info) => info.size, () => 0);
      const response = await request(at(path), have > 0 ? { Range: `bytes=${have}-` } : {});
      if (response.statusCode === 416 && have === file.size) return void response.resume();
      if (response.statusCode !== 200 && response.statusCode !== 206) {
        response.resume();
        throw new OriginError(`${file.path} (${path}) answered ${response.statusCode}`);
      }
      const out = createWriteStream(partial, { flags: response.statusCode === 206 ? 'a' : 'w' });
      await new Promise<void>((resolve, reject) => {
        response.pipe(out, { end: false });
        // Whatever arrived is flushed to disk before this attempt ends, broken or not.
        response.on('close', () => out.end());
        response.on('error', () => undefined);
        out.on('finish', () =>
          response.complete ? resolve() : reject(new OriginError(`${file.path} broke off while downloading; the next check goes on from there`)),
        );
        out.on('error', (error) => reject(new OriginError(`${file.path} could not be written (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
      });
    },
  };
}

export type OriginClient = ReturnType<typeof createOriginClient>;
