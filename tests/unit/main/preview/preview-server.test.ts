/**
 * The preview server under attack, over real HTTP (node's http module, so the Host header and the raw path are
 * ours to choose) against the real services: malformed paths, foreign hosts and origins, wrong content types,
 * oversized bodies, prototype names as channels, a PIN-guessing burst, concurrent saves, links and pipes in the
 * media folder, source maps, byte ranges, aborted downloads and the event stream.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskSettings } from '../../../../common/settings';
import { createPreviewHost } from '../../../../main/preview/preview-host';
import { startPreviewServer, type RunningPreview } from '../../../../main/preview/preview-server';
import { operatorWithoutConfig } from '../../../../main/services/config/operator-setup';
import { startKioskServices, type KioskServices } from '../../../../main/services/kiosk-services';
import type * as PinHash from '../../../../main/services/staff/pin-hash';
import { EMBEDDED_ASSETS } from '../../../support/content-copy';

const STAFF_PIN = '2468';

// Counts every PIN the services actually evaluate (scrypt), whatever the HTTP answers say.
const pinChecks = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../main/services/staff/pin-hash', async (importOriginal) => {
  const actual = await importOriginal<typeof PinHash>();
  return {
    ...actual,
    verifyPin: (...args: Parameters<typeof actual.verifyPin>) => {
      pinChecks.count += 1;
      return actual.verifyPin(...args);
    },
  };
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

interface Send {
  method?: string;
  path: string;
  /** Host header; null sends none. By default the server's own `127.0.0.1:<port>`. */
  host?: string | null;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sends the body in chunks without a Content-Length. */
  chunked?: boolean;
  port?: number;
  timeoutMs?: number;
}

let root = '';
let assetsDir = '';
let rendererDir = '';
let services: KioskServices;
let preview: RunningPreview;
let port = 0;
/** Every error answer of the whole file, checked at the end for paths of this machine. */
const errorBodies: Array<{ path: string; status: number; text: string }> = [];

function send({ method = 'GET', path, host, headers = {}, body, chunked = false, port: to = port, timeoutMs = 10_000 }: Send): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const allHeaders: Record<string, string> = { ...headers };
    if (host !== null) allHeaders.host = host ?? `127.0.0.1:${to}`;
    if (body !== undefined && !chunked) allHeaders['content-length'] = String(Buffer.byteLength(body));
    const request = httpRequest({ host: '127.0.0.1', port: to, method, path, headers: allHeaders, setHost: false, agent: false });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`${method} ${path} got no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const reply = { status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), text: Buffer.concat(chunks).toString('utf8') };
        if (reply.status >= 400) errorBodies.push({ path, status: reply.status, text: reply.text });
        resolveReply(reply);
      });
    });
    if (body !== undefined && chunked) {
      const data = Buffer.from(body);
      for (let offset = 0; offset < data.length; offset += 16 * 1024) request.write(data.subarray(offset, offset + 16 * 1024));
    } else if (body !== undefined) request.write(body);
    request.end();
  });
}

/** POSTs a JSON message to a channel, as the page does. */
function call(wire: string, payload?: unknown, extra: Partial<Send> = {}): Promise<Reply> {
  return send({ method: 'POST', path: `/api/${wire}`, headers: { 'content-type': 'application/json' }, body: payload === undefined ? '' : JSON.stringify(payload), ...extra });
}

function json(reply: Reply): { ok: boolean; value?: unknown; error?: { code: string; message: string; lockedUntil?: number; attemptsLeft?: number } } {
  return JSON.parse(reply.text) as ReturnType<typeof json>;
}

async function staffToken(to = port): Promise<string> {
  const reply = json(await call('kiosk:staff-unlock', { pin: STAFF_PIN }, { port: to }));
  if (!reply.ok) throw new Error(`staff unlock failed: ${JSON.stringify(reply)}`);
  return (reply.value as { token: string }).token;
}

/** Opens the event stream and collects its text until `until` holds for it (or the time is up). */
function readEventStream(until: (text: string) => boolean, timeoutMs = 5_000, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolveStream, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { host: `127.0.0.1:${port}`, ...headers }, setHost: false, agent: false });
    let text = '';
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`the event stream did not send what was expected within ${timeoutMs} ms; it sent: ${JSON.stringify(text)}`));
    }, timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.on('response', (response) => {
      const done = () => {
        clearTimeout(timer);
        request.destroy();
        resolveStream({ status: response.statusCode ?? 0, headers: response.headers, text });
      };
      if (response.statusCode !== 200) return response.resume().on('end', done);
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
        if (until(text)) done();
      });
    });
    request.end();
  });
}

/** The events of a server-sent event stream's text, in order. */
function parseEvents(text: string): Array<{ event: string; data: unknown }> {
  return text
    .split('\n\n')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return event && data !== undefined ? { event, data: JSON.parse(data) as unknown } : null;
    })
    .filter((entry): entry is { event: string; data: unknown } => entry !== null);
}

async function openFileCount(): Promise<number> {
  return (await readdir('/proc/self/fd')).length;
}

async function startServices(dataDir: string): Promise<KioskServices> {
  return startKioskServices({
    contentDir: resolve('content'),
    assetsDir,
    settingsFile: join(dataDir, 'settings.json'),
    operator: operatorWithoutConfig({ KIOSK_STAFF_PIN: STAFF_PIN }),
    host: createPreviewHost(),
  });
}

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), 'kiosk-preview-attack-')));
  assetsDir = join(root, 'assets');
  rendererDir = join(root, 'renderer');
  await cp(EMBEDDED_ASSETS, assetsDir, { recursive: true });
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("kiosk");\n//# sourceMappingURL=app.js.map\n');
  await writeFile(join(rendererDir, 'assets', 'app.js.map'), JSON.stringify({ version: 3, sources: [`${root}/renderer/src/secret-source.ts`], mappings: 'SOURCEMAP' }));
  // What a hostile or careless operator leaves in the media folder.
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'secret.webm'), 'OUTSIDE-SECRET');
  await symlink('/etc/passwd', join(assetsDir, 'video', 'passwd.webm'));
  await symlink(join(root, 'outside', 'secret.webm'), join(assetsDir, 'video', 'elsewhere.webm'));
  await symlink('/etc', join(assetsDir, 'etc'));
  await symlink(join(assetsDir, 'video', 'kickback.webm'), join(assetsDir, 'video', 'alias.webm'));
  await mkdir(join(assetsDir, 'video', 'folder.webm'));
  execFileSync('mkfifo', [join(assetsDir, 'video', 'pipe.webm')]);
  // Big enough that a download cannot fit in the socket buffers, so an aborted one stops mid-file.
  await writeFile(join(assetsDir, 'video', 'big.webm'), Buffer.alloc(32 * 1024 * 1024, 7));

  services = await startServices(join(root, 'data'));
  preview = await startPreviewServer({ dispatch: services.dispatch, events: services.events, rendererDir, assetsDir, port: 0 });
  port = Number(new URL(preview.url).port);
}, 60_000);

afterAll(async () => {
  await preview?.close();
  services?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The server still answers a plain request correctly. */
async function expectStillServing(): Promise<void> {
  const reply = await call('kiosk:get-settings');
  expect(reply.status).toBe(200);
  expect(json(reply).ok).toBe(true);
}

describe('preview server under attack', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    for (const path of ['/api/%ff', '/api/%', '/api/%zz', '/api/%c3%28', '/api/kiosk%3aget-settings%', '/api/%e0%80%af', '/api/%ed%a0%80', '/api/%f8%88%80%80%80']) {
      const reply = await call(path.slice('/api/'.length));
      expect(reply.status, path).toBe(400);
      expect(json(reply)).toEqual({ ok: false, error: { code: 'bad-request', message: expect.any(String) } });
    }
    for (const path of ['/%ff', '/media/%ff', '/media/video/%', '/%c3%28.js', '/media/%00', '/media/video%5ckickback.webm']) {
      const reply = await send({ path });
      expect([400, 404], path).toContain(reply.status);
    }
    const absoluteForm = await send({ path: `http://evil.example/index.html` });
    expect(absoluteForm.status).toBe(400);
    await expectStillServing();
  });

  it('refuses a foreign Host header (421) on the API, static files, media and the event stream', async () => {
    const hosts: Array<string | null> = ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `localhost.:${port}`, `127.0.0.1:${port}@evil.example`, '', null, 'xn--e1afmkfd.example', '[::ffff:7f00:1]'];
    for (const host of hosts) {
      for (const [method, path] of [['POST', '/api/kiosk:get-settings'], ['GET', '/'], ['GET', '/index.html'], ['GET', '/media/video/kickback.webm'], ['GET', '/api/events']] as const) {
        const reply = await send({ method, path, host, headers: { 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '' } : {}) });
        // Without any Host header node's own parser already refuses the request (400).
        expect(host === null ? [400, 421] : [421], `${method} ${path} with Host ${JSON.stringify(host)}`).toContain(reply.status);
        expect(reply.text).not.toContain('kiosk');
      }
    }
    // Its own names pass: loopback, in any case.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) expect((await send({ path: '/index.html', host })).status, host).toBe(200);
  });

  it('refuses a foreign Origin and a cross-site fetch (403), on the API and on files', async () => {
    const attacks: Array<Record<string, string>> = [
      { origin: 'http://evil.example' },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: `https://127.0.0.1:${port}` },
      { origin: `http://127.0.0.1:${port}.evil.example` },
      { 'sec-fetch-site': 'cross-site' },
      { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attacks) {
      const post = await call('kiosk:staff-status', undefined, { headers: { 'content-type': 'application/json', ...headers } });
      expect(post.status, JSON.stringify(headers)).toBe(403);
      const file = await send({ path: '/media/video/kickback.webm', headers });
      expect(file.status, JSON.stringify(headers)).toBe(403);
    }
    const sameOrigin = await call('kiosk:staff-status', undefined, { headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a message that is not sent as JSON (415), and a channel called with another method (405)', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', 'application/json-seq', '']) {
      const reply = await send({ method: 'POST', path: '/api/kiosk:staff-unlock', headers: type ? { 'content-type': type } : {}, body: JSON.stringify({ pin: STAFF_PIN }) });
      expect(reply.status, type).toBe(415);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      expect((await send({ method, path: '/api/kiosk:get-settings', headers: { 'content-type': 'application/json' } })).status, method).toBe(405);
    }
    expect((await send({ method: 'POST', path: '/index.html', body: '' })).status).toBe(405);
    expect((await send({ method: 'POST', path: '/api/events', headers: { 'content-type': 'application/json' }, body: '' })).status).toBe(405);
    expect((await call('kiosk:get-settings', undefined, { headers: { 'content-type': 'Application/JSON; charset=utf-8' } })).status).toBe(200);
  });

  it('answers a body over 64 KiB with 413, with or without a Content-Length, and keeps serving', async () => {
    const filler = (bytes: number) => JSON.stringify({ pin: 'x'.repeat(bytes) });
    for (const [bytes, chunked] of [[64 * 1024, false], [64 * 1024, true], [1024 * 1024, false], [4 * 1024 * 1024, true]] as const) {
      const reply = await call('kiosk:staff-unlock', undefined, { body: filler(bytes), chunked });
      expect(reply.status, `${bytes} bytes${chunked ? ', chunked' : ''}`).toBe(413);
      expect(json(reply)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    // Just under the limit is read, and refused by the channel's own rule.
    const under = await call('kiosk:staff-unlock', undefined, { body: filler(60 * 1024) });
    expect(under.status).toBe(200);
    expect(json(under)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expectStillServing();
  });

  it('answers unknown channels and prototype names with a clean bad-request value', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'kiosk:constructor', 'kiosk:__proto__', 'kiosk:to-string', 'kiosk:', '', 'KIOSK:GET-SETTINGS', 'kiosk:get-settings%20', 'kiosk:getSettings', 'getSettings', 'kiosk%3A__proto__', 'kiosk:get-settings/../staff-unlock', 'x'.repeat(5000)];
    for (const name of names) {
      const reply = await call(name, {});
      expect(reply.status, name).toBe(200);
      const body = json(reply);
      expect(body, name).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Unknown channel "/) } });
      expect(body.error?.message.length).toBeLessThan(120);
    }
    // Prototype keys inside a message are refused too, and pollute nothing.
    const token = await staffToken();
    const raw = (wire: string, text: string) => send({ method: 'POST', path: `/api/${wire}`, headers: { 'content-type': 'application/json' }, body: text });
    const attempts = [
      raw('kiosk:save-settings', `{"token":"${token}","patch":{"__proto__":{"volume":2,"polluted":true}}}`),
      raw('kiosk:save-settings', `{"token":"${token}","patch":{"constructor":{"prototype":{"polluted":true}}}}`),
      raw('kiosk:save-settings', `{"token":"${token}","__proto__":{"staff":true},"patch":{}}`),
      raw('kiosk:staff-unlock', `{"__proto__":{"pin":"${STAFF_PIN}"}}`),
      raw('kiosk:get-content', '{"language":"en","station":"__proto__"}'),
      raw('kiosk:get-content', '{"language":"__proto__","station":"seated-leg-curl"}'),
      raw('kiosk:get-content', '{"language":"en","station":"seated-leg-curl","__proto__":{"station":"x"}}'),
      raw('kiosk:get-diagnostics', '{"token":"__proto__"}'),
      raw('kiosk:get-diagnostics', '{"token":"constructor"}'),
    ];
    for (const reply of await Promise.all(attempts)) {
      expect(reply.status).toBe(200);
      expect(json(reply).ok, reply.text).toBe(false);
      expect(['bad-request', 'forbidden', 'content-invalid']).toContain(json(reply).error?.code);
    }
    // A station id that is a prototype name is just an unknown station: the kiosk shows one of its own.
    for (const station of ['constructor', 'toString', 'hasOwnProperty']) {
      const reply = json(await raw('kiosk:get-content', JSON.stringify({ language: 'en', station })));
      if (reply.ok) expect(['seated-leg-curl', 'cable-station']).toContain((reply.value as { station: { id: string } }).station.id);
      else expect(reply.error?.code).toBe('bad-request');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).volume).toBeUndefined();
    expect(services.settings.get().volume).toBeLessThanOrEqual(1);
    await expectStillServing();
  });

  it('evaluates at most 5 of 300 concurrent wrong PINs, then refuses the right one as locked, also after a restart', async () => {
    const dataDir = join(root, 'data-guessing');
    const guessed = await startServices(dataDir);
    const server = await startPreviewServer({ dispatch: guessed.dispatch, events: guessed.events, rendererDir, assetsDir, port: 0 });
    const to = Number(new URL(server.url).port);
    try {
      pinChecks.count = 0;
      const guesses = Array.from({ length: 300 }, (_, index) => String(index).padStart(4, '0')).map((pin) => (pin === STAFF_PIN ? '9999' : pin));
      const replies = await Promise.all(guesses.map((pin) => call('kiosk:staff-unlock', { pin }, { port: to, timeoutMs: 60_000 })));
      const answers = replies.map(json);
      expect(replies.every((reply) => reply.status === 200)).toBe(true);
      expect(answers.every((answer) => !answer.ok && answer.error?.code === 'forbidden')).toBe(true);
      expect(pinChecks.count).toBeLessThanOrEqual(5);
      expect(answers.filter((answer) => answer.error?.message === 'Wrong PIN.').length).toBeLessThanOrEqual(4);
      console.log(`PIN burst: 300 guesses, ${pinChecks.count} evaluated, ${answers.filter((answer) => answer.error?.lockedUntil).length} answered "locked"`);

      const right = json(await call('kiosk:staff-unlock', { pin: STAFF_PIN }, { port: to }));
      expect(right).toMatchObject({ ok: false, error: { code: 'forbidden', lockedUntil: expect.any(Number) } });
      expect(pinChecks.count).toBeLessThanOrEqual(5);
    } finally {
      await server.close();
      guessed.stop();
    }
    // A restart: new services on the same data folder.
    const restarted = await startServices(dataDir);
    const again = await startPreviewServer({ dispatch: restarted.dispatch, events: restarted.events, rendererDir, assetsDir, port: 0 });
    try {
      const before = pinChecks.count;
      const right = json(await call('kiosk:staff-unlock', { pin: STAFF_PIN }, { port: Number(new URL(again.url).port) }));
      expect(right).toMatchObject({ ok: false, error: { code: 'forbidden', lockedUntil: expect.any(Number) } });
      expect(pinChecks.count).toBe(before);
      expect(restarted.staff.status()).toMatchObject({ pinConfigured: true, lockedUntil: expect.any(Number) });
    } finally {
      await again.close();
      restarted.stop();
    }
  }, 120_000);

  it('writes 30 concurrent settings saves with one staff token, all of them, and the file holds the last', async () => {
    const token = await staffToken();
    const cueSounds = ['voice', 'tone', 'off'] as const;
    const patchOf = (index: number) => ({ volume: index / 100, idleTimeoutSeconds: 100 + index, cueSound: cueSounds[index % 3], muted: index % 2 === 0 });
    const stream = readEventStream((text) => parseEvents(text).filter((event) => event.event === 'kiosk:settings-changed').length >= 31, 30_000);
    await new Promise((done) => setTimeout(done, 100));
    const replies = await Promise.all(Array.from({ length: 30 }, (_, index) => call('kiosk:save-settings', { token, patch: patchOf(index + 1) })));
    for (const reply of replies) expect(json(reply), reply.text).toMatchObject({ ok: true });
    // The file holds what staff changed: exactly the keys these saves touched, over the defaults.
    const saved = JSON.parse(await readFile(join(root, 'data', 'settings.json'), 'utf8')) as Partial<KioskSettings>;
    const current = json(await call('kiosk:get-settings')).value as KioskSettings;
    expect(Object.keys(saved).sort()).toEqual(['cueSound', 'idleTimeoutSeconds', 'muted', 'volume']);
    expect(current).toMatchObject(saved);
    // The last save's values, whole: never one save's volume with another's idle time.
    const index = Math.round((saved.volume ?? 0) * 100);
    expect(saved).toEqual(patchOf(index));
    const events = parseEvents((await stream).text).filter((event) => event.event === 'kiosk:settings-changed');
    expect(events.at(-1)?.data).toEqual(current);
    expect((await readdir(join(root, 'data'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('serves no link out of the media folder, no folder and no named pipe, and never hangs on one', async () => {
    const refused = [
      '/media/video/passwd.webm',
      '/media/video/elsewhere.webm',
      '/media/etc/passwd',
      '/media/etc/hostname',
      '/media/video/folder.webm',
      '/media/video/folder.webm/',
      '/media/video/pipe.webm',
      '/media/video',
      '/media/',
      '/media',
      '/media/../outside/secret.webm',
      '/media/%2e%2e/outside/secret.webm',
      '/media/..%2foutside%2fsecret.webm',
      '/media//etc/passwd',
      '/media/video/../../outside/secret.webm',
      '/../outside/secret.webm',
      '/%2e%2e/outside/secret.webm',
      '/..%2f..%2f..%2fetc%2fpasswd',
    ];
    for (const path of refused) {
      for (const method of ['GET', 'HEAD']) {
        for (const headers of [{}, { range: 'bytes=0-10' }] as Array<Record<string, string>>) {
          const reply = await send({ method, path, headers, timeoutMs: 3_000 });
          expect(reply.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(404);
          expect(reply.text).not.toMatch(/root:|OUTSIDE-SECRET/);
        }
      }
    }
    // A link that stays inside the media folder is a file like any other.
    expect((await send({ method: 'HEAD', path: '/media/video/alias.webm' })).status).toBe(200);
    await expectStillServing();
  });

  it('does not serve source maps, however the path is spelled', async () => {
    expect((await send({ path: '/assets/app.js' })).status).toBe(200);
    const spellings = ['/assets/app.js.map', '/assets/app.js.map/', '/assets/app.js.map/.', '/assets/app.js.map//', '/assets/app.js.%6dap', '/assets/app.js.map%2f', '/assets/./app.js.map', '/assets//app.js.map', '/assets/app.js.map?x=1', '/assets/app.js.map#x', '/assets/x/../app.js.map', '/assets/app.js.MAP'];
    for (const path of spellings) {
      for (const method of ['GET', 'HEAD']) {
        const reply = await send({ method, path });
        expect(reply.status, `${method} ${path}`).toBe(404);
        expect(reply.text).not.toContain('SOURCEMAP');
      }
    }
  });

  it('answers HEAD and byte ranges on a video with the right status and headers', async () => {
    const file = await readFile(join(assetsDir, 'video', 'kickback.webm'));
    const size = file.length;
    const path = '/media/video/kickback.webm';

    const head = await send({ method: 'HEAD', path });
    expect(head.status).toBe(200);
    expect(head.headers).toMatchObject({ 'content-length': String(size), 'accept-ranges': 'bytes', 'content-type': 'video/webm', 'x-content-type-options': 'nosniff' });
    expect(head.headers['content-security-policy']).toContain("default-src 'none'");
    expect(head.body.length).toBe(0);

    const whole = await send({ path });
    expect(whole.status).toBe(200);
    expect(whole.body.equals(file)).toBe(true);

    const ranges: Array<[string, number, number]> = [
      ['bytes=0-99', 0, 99],
      ['bytes=0-0', 0, 0],
      ['bytes=100-', 100, size - 1],
      ['bytes=-50', size - 50, size - 1],
      [`bytes=-${size + 10}`, 0, size - 1],
      [`bytes=${size - 1}-${size + 1000}`, size - 1, size - 1],
      ['bytes=0-99999999999999999999', 0, size - 1],
    ];
    for (const [range, start, end] of ranges) {
      const reply = await send({ path, headers: { range } });
      expect(reply.status, range).toBe(206);
      expect(reply.headers['content-range'], range).toBe(`bytes ${start}-${end}/${size}`);
      expect(reply.headers['content-length'], range).toBe(String(end - start + 1));
      expect(reply.body.equals(file.subarray(start, end + 1)), range).toBe(true);
    }
    const headRange = await send({ method: 'HEAD', path, headers: { range: 'bytes=10-19' } });
    expect(headRange.status).toBe(206);
    expect(headRange.headers).toMatchObject({ 'content-range': `bytes 10-19/${size}`, 'content-length': '10' });
    expect(headRange.body.length).toBe(0);

    for (const range of [`bytes=${size}-`, `bytes=${size + 5}-${size + 10}`, 'bytes=99999999999999999999-']) {
      const reply = await send({ path, headers: { range } });
      expect(reply.status, range).toBe(416);
      expect(reply.headers['content-range'], range).toBe(`bytes */${size}`);
    }
    // Ranges it does not take (other units, several ranges, nonsense) get the whole file.
    for (const range of ['items=0-5', 'bytes=0-1,5-6', 'bytes=abc', 'bytes=-', '']) {
      const reply = await send({ path, headers: { range } });
      expect(reply.status, range).toBe(200);
      expect(reply.body.length, range).toBe(size);
    }
  });

  it('closes the file of a download the client abandons halfway', async () => {
    const before = await openFileCount();
    const abandon = (range?: string) =>
      new Promise<void>((done, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path: '/media/video/big.webm', headers: range ? { range } : {}, agent: false });
        request.on('error', () => done());
        request.on('response', (response) => {
          response.once('data', () => {
            request.destroy();
            done();
          });
          response.on('error', () => done());
        });
        request.setTimeout(5_000, () => reject(new Error('no answer')));
        request.end();
      });
    for (let round = 0; round < 20; round += 1) await abandon(round % 2 ? 'bytes=1000-' : undefined);
    // The server notices the closed sockets on its next turns.
    let after = await openFileCount();
    for (let wait = 0; wait < 40 && after > before + 2; wait += 1) {
      await new Promise((done) => setTimeout(done, 50));
      after = await openFileCount();
    }
    expect(after, `open files: ${before} before 20 abandoned downloads, ${after} after`).toBeLessThanOrEqual(before + 2);
    await expectStillServing();
  });

  it('streams events as text/event-stream and replays the current settings at once', async () => {
    const stream = await readEventStream((text) => text.includes('event: kiosk:settings-changed'), 3_000);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toBe('no-store');
    const events = parseEvents(stream.text);
    const settings = events.find((event) => event.event === 'kiosk:settings-changed');
    expect(settings?.data).toEqual(services.settings.get());
    // The replay is the latest state only: each event once, no one-time orders.
    expect(new Set(events.map((event) => event.event)).size).toBe(events.length);
    expect(events.map((event) => event.event)).not.toContain('kiosk:force-reset');
    console.log(`event stream replay order: ${events.map((event) => event.event).join(', ')}`);
  });

  it('shows no absolute path of this machine in any error answer', async () => {
    expect(errorBodies.length).toBeGreaterThan(100);
    const forbidden = [root, resolve('.'), `${homedir()}/`, `${tmpdir()}/`, '/etc/'];
    for (const { path, status, text } of errorBodies) {
      for (const machinePath of forbidden) expect(text, `${status} for ${path.slice(0, 80)}`).not.toContain(machinePath);
      expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
    console.log(`preview attack: ${errorBodies.length} error answers checked`);
  });
});
