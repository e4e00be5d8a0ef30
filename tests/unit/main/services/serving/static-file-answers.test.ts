import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../../common/content-security-policy';
import { answerStaticRequest, locateStaticFile, type StaticRoots } from '../../../../../main/services/serving/static-files';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-static');
const roots = (): StaticRoots => ({ rendererDir: join(dir(), 'app'), assetsDir: join(dir(), 'assets') });
const NOT_FOUND = { status: 404, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/plain; charset=utf-8' }, body: null };

async function withFiles(): Promise<StaticRoots> {
  const { rendererDir, assetsDir } = roots();
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(assetsDir, 'video'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'main.js.map'), '{"sources":["/home/builder/main.ts"]}');
  await writeFile(join(rendererDir, 'assets', 'sitemap.mapping.js'), 'export {}');
  await writeFile(join(rendererDir, 'empty.txt'), '');
  await writeFile(join(rendererDir, 'blob.kioskdata'), 'opaque');
  await writeFile(join(assetsDir, 'video', 'clip.webm'), '0123456789');
  return roots();
}

const bodyOf = (body: Readable | null) => (body ? text(body) : Promise.resolve(null));

describe('where a URL path leads', () => {
  it('the site root, with or without its slash, is the renderer\'s index.html', () => {
    expect(locateStaticFile('/', roots())).toEqual({ root: roots().rendererDir, file: 'index.html' });
    expect(locateStaticFile('', roots())).toEqual({ root: roots().rendererDir, file: 'index.html' });
  });

  it('/media/ leads into the assets folder, anything else into the renderer build', () => {
    expect(locateStaticFile('/media/video/clip.webm', roots())).toEqual({ root: roots().assetsDir, file: 'video/clip.webm' });
    expect(locateStaticFile('/assets/main.js', roots())).toEqual({ root: roots().rendererDir, file: 'assets/main.js' });
  });

  it('leads nowhere for a NUL byte, a backslash, a bad escape, a folder or a source map however it is spelled', () => {
    for (const path of ['/index%00.html', '/assets%5Cmain.js', '/assets\\main.js', '/%E0%A4%A', '/assets/', '/assets/main.js.map', '/assets/MAIN.JS.MAP', '/assets/main.js.map/.']) {
      expect(locateStaticFile(path, roots()), path).toBeNull();
    }
  });
});

describe('the answer to a request for a static file', () => {
  it('serves a file whole with its type, length and the security headers', async () => {
    const answer = await answerStaticRequest('/assets/main.js', 'GET', undefined, await withFiles());
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({ 'Accept-Ranges': 'bytes', 'Content-Length': '14', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/javascript; charset=utf-8' });
    expect(await bodyOf(answer.body)).toBe('console.log(1)');
  });

  it('a file of a type nobody knows goes out as bytes, never sniffed', async () => {
    const answer = await answerStaticRequest('/blob.kioskdata', 'GET', undefined, await withFiles());
    expect(answer.headers['Content-Type']).toBe('application/octet-stream');
    expect(await bodyOf(answer.body)).toBe('opaque');
  });

  it('serves the bytes a range names and only those, as a video seeking asks', async () => {
    const answer = await answerStaticRequest('/media/video/clip.webm', 'GET', 'bytes=2-5', await withFiles());
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe('bytes 2-5/10');
    expect(await bodyOf(answer.body)).toBe('2345');
  });

  it('HEAD gets the headers of GET without a body, and so do a range past the end (416) and an empty file', async () => {
    const files = await withFiles();
    const head = await answerStaticRequest('/media/video/clip.webm', 'HEAD', undefined, files);
    expect(head).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': '10', 'Content-Type': 'video/webm' } });
    const pastTheEnd = await answerStaticRequest('/media/video/clip.webm', 'GET', 'bytes=20-', files);
    expect(pastTheEnd).toMatchObject({ status: 416, body: null, headers: { 'Content-Range': 'bytes */10' } });
    const empty = await answerStaticRequest('/empty.txt', 'GET', undefined, files);
    expect(empty).toMatchObject({ status: 200, body: null, headers: { 'Content-Length': '0' } });
  });

  it('a file whose name only contains ".map" is not a source map, and is served', async () => {
    const answer = await answerStaticRequest('/assets/sitemap.mapping.js', 'GET', undefined, await withFiles());
    expect(answer.status).toBe(200);
    expect(await bodyOf(answer.body)).toBe('export {}');
  });

  it('404 with the security headers for a source map, a missing file, a folder and a link out of the folder', async () => {
    const files = await withFiles();
    await writeFile(join(dir(), 'secret.txt'), 'not for the page');
    await symlink(join(dir(), 'secret.txt'), join(files.rendererDir, 'leak.txt'));
    for (const path of ['/assets/main.js.map', '/missing.js', '/assets', '/leak.txt', '/media/../app/index.html']) {
      expect(await answerStaticRequest(path, 'GET', undefined, files), path).toEqual(NOT_FOUND);
    }
  });

  it('a link with an innocent name that leads to a source map inside the folder is still refused', async () => {
    const files = await withFiles();
    await symlink(join(files.rendererDir, 'assets', 'main.js.map'), join(files.rendererDir, 'assets', 'innocent.json'));
    expect(await answerStaticRequest('/assets/innocent.json', 'GET', undefined, files)).toEqual(NOT_FOUND);
  });

  it('answers many requests at once, each with its own bytes', async () => {
    const files = await withFiles();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => answerStaticRequest('/media/video/clip.webm', 'GET', `bytes=${index % 10}-${index % 10}`, files)));
    expect(await Promise.all(answers.map((answer) => bodyOf(answer.body)))).toEqual(Array.from({ length: 40 }, (_, index) => String(index % 10)));
  });
});
