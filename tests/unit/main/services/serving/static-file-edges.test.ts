/**
 * static-files at its edges, on real files in a temp folder: every form of Range header a client can send (RFC 9110
 * §14), named pipes, links, files past 4 GiB, encoded and traversing paths, and file handles that must not leak in
 * a kiosk that runs for weeks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, mkdir, open, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../../common/content-security-policy';
import { answerStaticRequest, contentTypeFor, type StaticRoots } from '../../../../../main/services/serving/static-files';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-static-edges');
const NOT_FOUND = { status: 404, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
const CLIP = '/media/video/clip.webm';

async function withFiles(): Promise<StaticRoots> {
  const roots = { rendererDir: join(dir(), 'app'), assetsDir: join(dir(), 'assets') };
  await mkdir(join(roots.rendererDir, 'assets'), { recursive: true });
  await mkdir(join(roots.assetsDir, 'video'), { recursive: true });
  await writeFile(join(roots.rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(roots.rendererDir, 'assets', 'main.js.map'), '{}');
  await writeFile(join(roots.rendererDir, 'empty.txt'), '');
  await writeFile(join(roots.assetsDir, 'video', 'clip.webm'), '0123456789');
  await writeFile(join(dir(), 'secret.txt'), 'not for the page');
  return roots;
}

const bodyOf = (body: Readable | null) => (body ? text(body) : Promise.resolve(null));

describe('every form of Range header, answered on a file of 10 bytes', () => {
  // [header, status, Content-Range, Content-Length, body]
  const forms: [string, number, string | undefined, string, string | null][] = [
    ['bytes=0-0', 206, 'bytes 0-0/10', '1', '0'],
    ['bytes=9-9', 206, 'bytes 9-9/10', '1', '9'],
    // What Chrome asks first for a <video>: a 206 here, not a 200, is what tells it that it can seek.
    ['bytes=0-', 206, 'bytes 0-9/10', '10', '0123456789'],
    ['bytes=3-', 206, 'bytes 3-9/10', '7', '3456789'],
    ['bytes=3-100', 206, 'bytes 3-9/10', '7', '3456789'],
    ['bytes=-1', 206, 'bytes 9-9/10', '1', '9'],
    ['bytes=-4', 206, 'bytes 6-9/10', '4', '6789'],
    ['bytes=-10', 206, 'bytes 0-9/10', '10', '0123456789'],
    ['bytes=-11', 206, 'bytes 0-9/10', '10', '0123456789'],
    ['bytes=007-008', 206, 'bytes 7-8/10', '2', '78'],
    ['bytes=0-99999999999999999999', 206, 'bytes 0-9/10', '10', '0123456789'],
    // Unsatisfiable (§14.1.1): a first byte past the end, and a suffix of no bytes at all.
    ['bytes=10-', 416, 'bytes */10', '', null],
    ['bytes=10-12', 416, 'bytes */10', '', null],
    ['bytes=99999999999999999999-', 416, 'bytes */10', '', null],
    ['bytes=-0', 416, 'bytes */10', '', null],
    ['bytes=5-4', 416, 'bytes */10', '', null],
    // Several ranges, another unit or nonsense: a server may ignore Range (§14.2), so the whole file, as a 200.
    ['bytes=0-1,4-5', 200, undefined, '10', '0123456789'],
    ['bytes=0-1, 4-5', 200, undefined, '10', '0123456789'],
    ['items=0-1', 200, undefined, '10', '0123456789'],
    ['bytes 0-1', 200, undefined, '10', '0123456789'],
    ['bytes=', 200, undefined, '10', '0123456789'],
    ['bytes=-', 200, undefined, '10', '0123456789'],
    ['bytes=a-b', 200, undefined, '10', '0123456789'],
    ['bytes=1-2-3', 200, undefined, '10', '0123456789'],
    ['bytes=+1-2', 200, undefined, '10', '0123456789'],
    ['bytes=1.5-2', 200, undefined, '10', '0123456789'],
    ['', 200, undefined, '10', '0123456789'],
  ];

  it.each(forms)('Range: %j → %i %s', async (header, status, contentRange, length, body) => {
    const answer = await answerStaticRequest(CLIP, 'GET', header, await withFiles());
    expect(answer.status).toBe(status);
    expect(answer.headers['Content-Range']).toBe(contentRange);
    expect(answer.headers['Content-Length']).toBe(length || undefined);
    // A 416 names no part, so it advertises none; the others say ranges are welcome.
    expect(answer.headers['Accept-Ranges']).toBe(status === 416 ? undefined : 'bytes');
    expect(answer.headers).toMatchObject({ 'Content-Type': 'video/webm', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' });
    expect(await bodyOf(answer.body)).toBe(body);
  });

  it('a Range on an empty file is answered with the empty file, never 416', async () => {
    const files = await withFiles();
    for (const header of ['bytes=0-', 'bytes=0-0', 'bytes=-1']) {
      expect(await answerStaticRequest('/empty.txt', 'GET', header, files), header).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': '0' } });
    }
  });
});

describe('files that are not plain files of the folder', () => {
  it('a named pipe is a 404 at once, never a request that waits for a writer', async () => {
    const files = await withFiles();
    execFileSync('mkfifo', [join(files.assetsDir, 'video', 'pipe.webm')]);
    expect(await answerStaticRequest('/media/video/pipe.webm', 'GET', 'bytes=0-', files)).toEqual(NOT_FOUND);
    expect(await answerStaticRequest('/media/video/pipe.webm', 'HEAD', undefined, files)).toEqual(NOT_FOUND);
  });

  it('a link inside its folder is followed, to a file or through a folder; a link to the folder itself is not a file', async () => {
    const files = await withFiles();
    await symlink(join(files.assetsDir, 'video', 'clip.webm'), join(files.assetsDir, 'loop.webm'));
    await symlink(join(files.assetsDir, 'video'), join(files.assetsDir, 'clips'));
    expect(await bodyOf((await answerStaticRequest('/media/loop.webm', 'GET', 'bytes=-2', files)).body)).toBe('89');
    expect(await bodyOf((await answerStaticRequest('/media/clips/clip.webm', 'GET', undefined, files)).body)).toBe('0123456789');
    expect(await answerStaticRequest('/media/clips', 'GET', undefined, files)).toEqual(NOT_FOUND);
  });

  it('the two folders do not reach into each other: a media link to the app build, or a path up into it, is refused', async () => {
    const files = await withFiles();
    await symlink(join(files.rendererDir, 'index.html'), join(files.assetsDir, 'page.html'));
    await symlink(files.rendererDir, join(files.assetsDir, 'app'));
    for (const path of ['/media/page.html', '/media/app/index.html', '/media/../app/index.html', '/media/video/../../app/index.html']) {
      expect(await answerStaticRequest(path, 'GET', undefined, files), path).toEqual(NOT_FOUND);
    }
  });

  it('a link out of the folder is refused by GET, HEAD and a Range alike, and so is a link to a device', async () => {
    const files = await withFiles();
    await symlink(join(dir(), 'secret.txt'), join(files.assetsDir, 'video', 'secret.webm'));
    await symlink('/dev/zero', join(files.assetsDir, 'video', 'zero.webm'));
    for (const path of ['/media/video/secret.webm', '/media/video/zero.webm']) {
      for (const [method, range] of [['GET', undefined], ['HEAD', undefined], ['GET', 'bytes=0-3']] as const) {
        expect(await answerStaticRequest(path, method, range, files), `${method} ${path} ${range}`).toEqual(NOT_FOUND);
      }
    }
  });

  it('a file past 4 GiB has an exact length, and its last bytes are reachable by every range form', async () => {
    const files = await withFiles();
    const size = 5 * 2 ** 30;
    // Sparse: only the four bytes at its end take room on the disk.
    const handle = await open(join(files.assetsDir, 'video', 'long.webm'), 'w');
    await handle.write(Buffer.from('TAIL'), 0, 4, size - 4);
    await handle.close();
    const head = await answerStaticRequest('/media/video/long.webm', 'HEAD', undefined, files);
    expect(head).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': String(size) } });
    for (const range of ['bytes=-4', `bytes=${size - 4}-`, `bytes=${size - 4}-${size + 100}`]) {
      const answer = await answerStaticRequest('/media/video/long.webm', 'GET', range, files);
      expect(answer.status, range).toBe(206);
      expect(answer.headers, range).toMatchObject({ 'Content-Range': `bytes ${size - 4}-${size - 1}/${size}`, 'Content-Length': '4' });
      expect(await bodyOf(answer.body), range).toBe('TAIL');
    }
    expect(await answerStaticRequest('/media/video/long.webm', 'GET', `bytes=${size}-`, files)).toMatchObject({ status: 416, body: null, headers: { 'Content-Range': `bytes */${size}` } });
  });
});

describe('a file that grows while it is served', () => {
  // A video still being copied into the content folder while the preview shows it: the answer was made for the
  // 10 bytes there were, and a body longer than its Content-Length would spill into the next answer on the connection.
  it.each([
    ['no Range', undefined, 200, '0123456789'],
    ['Range: bytes=0-', 'bytes=0-', 206, '0123456789'],
    ['Range: bytes=4-', 'bytes=4-', 206, '456789'],
    ['Range: bytes=-3', 'bytes=-3', 206, '789'],
  ] as const)('GET with %s sends exactly the bytes its headers announced (%i)', async (_, range, status, body) => {
    const files = await withFiles();
    const answer = await answerStaticRequest(CLIP, 'GET', range, files);
    await appendFile(join(files.assetsDir, 'video', 'clip.webm'), 'ABCDEFGHIJ');
    expect(answer.status).toBe(status);
    expect(answer.headers['Content-Length']).toBe(String(body.length));
    expect(await bodyOf(answer.body)).toBe(body);
  });
});

describe('paths as a browser, a script or an attacker spells them', () => {
  it('encoded dots and slashes, doubled slashes and absolute paths never climb out of a folder', async () => {
    const files = await withFiles();
    const secret = join(dir(), 'secret.txt');
    const paths = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/media/%2e%2e/%2e%2e/secret.txt',
      '/media/video/..%2F..%2F..%2Fsecret.txt',
      `/${secret}`,
      `/media/${secret}`,
      `/media${secret}`,
      `/${encodeURIComponent(secret)}`,
      // Decoded once only: %252e is the literal name "%2e", not a dot.
      '/media/video/%252e%252e/%252e%252e/%252e%252e/secret.txt',
    ];
    for (const path of paths) expect(await answerStaticRequest(path, 'GET', undefined, files), path).toEqual(NOT_FOUND);
  });

  it('a trailing slash or dot, the folder roots themselves and a bad escape are all 404, never a listing or an error', async () => {
    const files = await withFiles();
    for (const path of ['/index.html/', '/.', '/..', '/media/', '/media', '/media/video', '/media/video/.', '/%', '/media/%zz', '/%C0%AE%C0%AE/secret.txt']) {
      expect(await answerStaticRequest(path, 'GET', undefined, files), path).toEqual(NOT_FOUND);
    }
  });

  it('a name with spaces and accents is found from its percent-encoded URL, with the type of its extension', async () => {
    const files = await withFiles();
    await writeFile(join(files.assetsDir, 'video', 'café au lait.WEBM'), 'ok');
    const answer = await answerStaticRequest(`/media/video/${encodeURIComponent('café au lait.WEBM')}`, 'GET', undefined, files);
    expect(answer).toMatchObject({ status: 200, headers: { 'Content-Type': 'video/webm', 'Content-Length': '2' } });
    expect(await bodyOf(answer.body)).toBe('ok');
  });

  it('the site root is index.html as HTML', async () => {
    const answer = await answerStaticRequest('/', 'GET', undefined, await withFiles());
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(await bodyOf(answer.body)).toBe('<!doctype html><title>kiosk</title>');
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/font.woff2', 'font/woff2'],
    ['video/loop.webm', 'video/webm'],
    ['video/LOOP.MP4', 'video/mp4'],
    ['captions/de.vtt', 'text/vtt; charset=utf-8'],
    ['content.json', 'application/json; charset=utf-8'],
    ['README', 'application/octet-stream'],
    ['archive.kioskpack', 'application/octet-stream'],
  ])('%s is %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });
});

describe('file handles, in a kiosk that serves for weeks', () => {
  const openFiles = () => readdirSync('/proc/self/fd').length;

  it.skipIf(!existsSync('/proc/self/fd'))('HEAD, 416, an empty file, a refused source map and a dropped download each close the file they opened', async () => {
    const files = await withFiles();
    await symlink(join(files.rendererDir, 'assets', 'main.js.map'), join(files.rendererDir, 'assets', 'data.json'));
    const before = openFiles();
    for (let round = 0; round < 25; round += 1) {
      await answerStaticRequest(CLIP, 'HEAD', undefined, files);
      await answerStaticRequest(CLIP, 'GET', 'bytes=50-', files);
      await answerStaticRequest('/empty.txt', 'GET', undefined, files);
      // Refused only after it is open: the name is innocent, the file it leads to is the source map.
      expect((await answerStaticRequest('/assets/data.json', 'GET', undefined, files)).status).toBe(404);
      // A <video> seeking drops the request halfway: the stream is destroyed, and its handle must go with it.
      const dropped = (await answerStaticRequest(CLIP, 'GET', 'bytes=0-', files)).body;
      await new Promise((resolve) => dropped?.once('close', resolve).destroy());
    }
    // 125 handles would be left open by a leak; a little slack for whatever else the test process opens.
    expect(openFiles()).toBeLessThan(before + 10);
  });
});
