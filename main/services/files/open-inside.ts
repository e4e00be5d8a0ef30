/**
 * Opens a file for reading only when it is a regular file whose real path lies inside a root folder:
 * a symlink out of the folder, a folder, a named pipe or a device is refused, never followed or read.
 */
import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

export type OpenRefusal = 'missing' | 'outside' | 'not-a-file' | 'unreadable';

export type OpenOutcome = { ok: true; handle: FileHandle; size: number; path: string } | { ok: false; refusal: OpenRefusal; code?: string };

/** True when `path` is `root` itself or below it. */
export function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !isAbsolute(fromRoot));
}

/** Words for staff: what is wrong with a file, never its absolute path. */
export function describeRefusal(refusal: OpenRefusal, code?: string): string {
  switch (refusal) {
    case 'missing':
      return 'file is missing';
    case 'outside':
      return 'is a link that leads outside its folder';
    case 'not-a-file':
      return 'is not a regular file';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

// A named pipe must not block the open: O_NONBLOCK returns at once, and fstat then tells what it is.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Opens `path` for reading only when it is a regular file (after links); never blocks on a named pipe. */
export async function openRegularFile(path: string): Promise<OpenOutcome> {
  let handle: FileHandle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, refusal: 'missing' };
    return { ok: false, refusal: code === 'EISDIR' ? 'not-a-file' : 'unreadable', code };
  }
  const info = await handle.stat().catch(() => null);
  if (!info?.isFile()) {
    await handle.close();
    return { ok: false, refusal: 'not-a-file' };
  }
  return { ok: true, handle, size: info.size, path };
}

/** Like openRegularFile, and also refuses a path, or a link, that leads out of `root`. */
export async function openInside(root: string, relativePath: string): Promise<OpenOutcome> {
  const lexical = resolve(root, relativePath);
  if (!isInside(resolve(root), lexical)) return { ok: false, refusal: 'outside' };
  let real: string;
  try {
    real = await realpath(lexical);
    if (!isInside(await realpath(root), real)) return { ok: false, refusal: 'outside' };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, refusal: 'missing' } : { ok: false, refusal: 'unreadable', code };
  }
  return openRegularFile(real);
}

/** Reads a whole opened file as UTF-8, refusing more than `maxBytes`, and closes it. */
async function readOpened(opened: OpenOutcome, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (!opened.ok) return { ok: false, reason: describeRefusal(opened.refusal, opened.code) };
  try {
    if (opened.size > maxBytes) return { ok: false, reason: `is ${opened.size} bytes, more than the ${maxBytes} a file of this kind may have` };
    const buffer = Buffer.alloc(opened.size);
    const { bytesRead } = await opened.handle.read(buffer, 0, opened.size, 0);
    return { ok: true, text: buffer.toString('utf8', 0, bytesRead) };
  } catch (error) {
    return { ok: false, reason: describeRefusal('unreadable', (error as NodeJS.ErrnoException).code) };
  } finally {
    await opened.handle.close();
  }
}

/** Reads a regular file inside `root` as UTF-8, refusing more than `maxBytes`. */
export async function readTextInside(root: string, relativePath: string, maxBytes: number) {
  return readOpened(await openInside(root, relativePath), maxBytes);
}

/** Reads the regular file at `path` (an operator's own path: links are followed) as UTF-8. */
export async function readRegularTextFile(path: string, maxBytes: number) {
  return readOpened(await openRegularFile(path), maxBytes);
}
