import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { protocol, resetElectronMock } from '../../mocks/electron';
import { APP_SCHEME, registerAppScheme, setupAppProtocol } from '../../../main/app-protocol';

let root: string;

beforeEach(async () => {
  resetElectronMock();
  root = await mkdtemp(join(tmpdir(), 'kiosk-protocol-'));
  await mkdir(join(root, 'renderer'));
  await mkdir(join(root, 'assets', 'video'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(root, 'assets', 'video', 'loop.webm'), Buffer.from('0123456789'));
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  setupAppProtocol({ rendererDir: join(root, 'renderer'), assetsDir: join(root, 'assets') }, { outOfOrder: () => '<main data-screen="out-of-order"></main>' });
});

afterEach(() => rm(root, { recursive: true, force: true }));

function request(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const handler = protocol.handlers.get(APP_SCHEME);
  if (!handler) throw new Error('protocol not registered');
  return handler(new Request(url, { headers }));
}

describe('app protocol', () => {
  it('registers a standard, secure, streaming scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'kiosk', privileges: expect.objectContaining({ standard: true, secure: true, stream: true }) },
    ]);
  });

  it('serves the renderer with the content security policy', async () => {
    const response = await request('kiosk://app/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>kiosk</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves index.html with the start main writes into it, once the services run', async () => {
    resetElectronMock();
    const builds: string[] = [];
    setupAppProtocol(
      { rendererDir: join(root, 'renderer'), assetsDir: join(root, 'assets') },
      { outOfOrder: () => '', index: async (built) => (builds.push(built), built.replace('<title>kiosk</title>', '<title>kiosk</title><div id="root">drawn</div>')) },
    );
    for (const url of ['kiosk://app/index.html', 'kiosk://app/']) {
      const response = await request(url);
      expect(await response.text(), url).toBe('<!doctype html><title>kiosk</title><div id="root">drawn</div>');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(builds).toEqual(['<!doctype html><title>kiosk</title>', '<!doctype html><title>kiosk</title>']);
  });

  it('answers only GET and HEAD: a POST or PUT to a file is refused with 405, the file unread', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const handler = protocol.handlers.get(APP_SCHEME)!;
      const response = await handler(new Request('kiosk://app/index.html', { method, body: method === 'DELETE' ? null : 'x' }));
      expect(response.status, method).toBe(405);
      expect(await response.text()).toBe('GET or HEAD only.');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('serves media from the assets folder under /media/', async () => {
    const response = await request('kiosk://app/media/video/loop.webm');
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(await response.text()).toBe('0123456789');
  });

  it('answers a video range request with 206 and exactly those bytes, as <video> needs to seek and loop', async () => {
    const response = await request('kiosk://app/media/video/loop.webm', { range: 'bytes=3-6' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 3-6/10');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(await response.text()).toBe('3456');
    const tail = await request('kiosk://app/media/video/loop.webm', { range: 'bytes=-2' });
    expect(await tail.text()).toBe('89');
  });

  it('answers a range past the end with 416 and the file size', async () => {
    const response = await request('kiosk://app/media/video/loop.webm', { range: 'bytes=20-' });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */10');
  });

  it('serves the out-of-order page main builds, as HTML under the CSP', async () => {
    const response = await request('kiosk://app/out-of-order.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('data-screen="out-of-order"');
  });

  it('refuses a symlink out of the assets folder and source maps', async () => {
    await symlink(join(root, 'secret.txt'), join(root, 'assets', 'leak.txt'));
    expect((await request('kiosk://app/media/leak.txt')).status).toBe(404);
    await writeFile(join(root, 'renderer', 'app.js.map'), '{"sources":["/home/dev/app.ts"]}');
    expect((await request('kiosk://app/app.js.map')).status).toBe(404);
  });

  it('refuses other hosts and paths outside its folders', async () => {
    expect((await request('kiosk://other/index.html')).status).toBe(404);
    expect((await request('kiosk://app/media/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
    expect((await request('kiosk://app/missing.js')).status).toBe(404);
    expect((await request('kiosk://app/media/video')).status).toBe(404);
  });
});
