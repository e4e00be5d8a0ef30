/**
 * The seamless loop reads its file whole into memory (seamless-loop-feed.ts): from a real local server, a file that
 * is not a WebM, that says it is too big, or that turns out too big only while it streams (no length given) is
 * refused with a reason, and not read on.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEAMLESS_BYTES, readWebm, webmType } from '../../../../renderer/components/seamless-loop-feed';

const REAL_FILE = new URL('../../../../assets/video/seated-leg-curl.webm', import.meta.url);

let server: Server;
let base = '';
/** How many bytes the server got to send of the last streamed answer before the reader stopped it. */
let streamedBytes = 0;

beforeAll(async () => {
  const real = await readFile(REAL_FILE);
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/loop.webm') return void response.writeHead(200, { 'content-type': 'video/webm', 'content-length': real.length }).end(real);
    if (path === '/loop.mp4') return void response.writeHead(200, { 'content-type': 'video/mp4', 'content-length': real.length }).end(real);
    if (path === '/says-huge.webm') return void response.writeHead(200, { 'content-type': 'video/webm', 'content-length': MAX_SEAMLESS_BYTES + 1 }).end();
    if (path === '/streams-huge.webm') {
      // No length: 1 MB chunks until the reader hangs up (or a ceiling well past the cap, so a reader that never stops fails the test).
      response.writeHead(200, { 'content-type': 'video/webm' });
      streamedBytes = 0;
      const chunk = Buffer.alloc(1024 * 1024);
      const send = () => {
        if (response.destroyed || streamedBytes > 4 * MAX_SEAMLESS_BYTES) return void response.end();
        streamedBytes += chunk.length;
        if (response.write(chunk)) setImmediate(send);
        else response.once('drain', send);
      };
      return send();
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('readWebm', () => {
  it('reads a WebM whole, byte for byte, and names its codec', async () => {
    const read = await readWebm(`${base}/loop.webm`);
    if (!('bytes' in read)) throw new Error(read.reason);
    expect(Buffer.from(read.bytes).equals(await readFile(REAL_FILE))).toBe(true);
    expect(webmType(read.bytes)).toBe('video/webm; codecs="vp9"');
  });

  it('refuses a missing file and another type, saying why', async () => {
    expect(await readWebm(`${base}/gone.webm`)).toEqual({ reason: 'HTTP 404' });
    expect(await readWebm(`${base}/loop.mp4`)).toEqual({ reason: 'answered as "video/mp4", not video/webm' });
  });

  it('refuses a file whose length is over the cap before reading it', async () => {
    expect(await readWebm(`${base}/says-huge.webm`)).toEqual({ reason: `${MAX_SEAMLESS_BYTES + 1} bytes, over ${MAX_SEAMLESS_BYTES}` });
  });

  it('stops reading a file that names no length once it passes the cap', async () => {
    expect(await readWebm(`${base}/streams-huge.webm`)).toEqual({ reason: `over ${MAX_SEAMLESS_BYTES} bytes` });
    // It hung up near the cap, not after the server's ceiling.
    expect(streamedBytes).toBeLessThan(2 * MAX_SEAMLESS_BYTES);
  });
});
