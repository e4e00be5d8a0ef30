/**
 * Serves the floor pages and the kiosk's media on a loopback port for the benchmark: plain files, no framework,
 * byte ranges for the video (as a browser asks for them), so the floor pays only what any static host costs.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import mime from 'mime-types';

/** Resolves with { url, close } once the server listens; `pages` maps a file name to its HTML. */
export async function startFloorServer({ pages, assetsDir }) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://floor').pathname);
      const name = path.slice(1);
      if (pages[name]) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(pages[name]);
        return;
      }
      const relative = normalize(path.replace(/^\/media\//, ''));
      const file = join(assetsDir, relative);
      if (!path.startsWith('/media/') || relative.startsWith('..') || !file.startsWith(assetsDir + sep)) throw new Error('not here');
      const { size } = await stat(file);
      const type = mime.lookup(file) || 'application/octet-stream';
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
      const body = await readFile(file);
      if (range && (range[1] || range[2])) {
        const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
        const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        response.writeHead(206, { 'content-type': type, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1, 'accept-ranges': 'bytes' });
        response.end(body.subarray(start, end + 1));
        return;
      }
      response.writeHead(200, { 'content-type': type, 'content-length': size, 'accept-ranges': 'bytes' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
