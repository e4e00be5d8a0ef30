/**
 * The fake `electron` module (Fiddle's pattern): EventEmitter classes with vi.fn() fields, so main-process
 * code runs under vitest without Electron's binary. Only what main/ uses is here.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

export class WebContentsMock extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  send = vi.fn();
}

export class BrowserWindowMock extends EventEmitter {
  static windows: BrowserWindowMock[] = [];
  static getAllWindows = vi.fn(() => [...BrowserWindowMock.windows]);
  static fromWebContents = vi.fn((contents: unknown) => BrowserWindowMock.windows.find((window) => window.webContents === contents) ?? null);

  webContents = new WebContentsMock();
  destroyed = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  isDestroyed = vi.fn(() => this.destroyed);

  constructor(public options: Record<string, unknown> = {}) {
    super();
    BrowserWindowMock.windows.push(this);
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel)),
};

export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })) });

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => contextBridge.exposed.set(key, api)),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => protocol.handlers.set(scheme, handler)),
};

/** Like Electron's net.fetch for file: URLs (Node's fetch has none): the bytes, or a byte range. */
async function fetchFile(url: string, init?: RequestInit): Promise<Response> {
  let bytes: Buffer;
  try {
    bytes = await readFile(fileURLToPath(url));
  } catch {
    return new Response('not found', { status: 404 });
  }
  const range = /^bytes=(\d+)-(\d*)$/.exec(new Headers(init?.headers).get('range') ?? '');
  if (!range) return new Response(new Uint8Array(bytes), { status: 200 });
  const start = Number(range[1]);
  const end = range[2] ? Number(range[2]) : bytes.length - 1;
  return new Response(new Uint8Array(bytes.subarray(start, end + 1)), { status: 206, headers: { 'content-range': `bytes ${start}-${end}/${bytes.length}` } });
}

export const net = { fetch: vi.fn((url: string, init?: RequestInit) => (url.startsWith('file:') ? fetchFile(url, init) : fetch(url, init))) };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

class AppMock extends EventEmitter {
  isPackaged = false;
  getAppPath = vi.fn(() => process.cwd());
  getPath = vi.fn((_name: string) => process.cwd());
  requestSingleInstanceLock = vi.fn(() => true);
  whenReady = vi.fn(async () => undefined);
  quit = vi.fn();
}

export const app = new AppMock();
export const Menu = { setApplicationMenu: vi.fn() };
export const powerSaveBlocker = { start: vi.fn(() => 1), stop: vi.fn() };
export const BrowserWindow = BrowserWindowMock;

/** Clears every recorded window, handler and call between tests. */
export function resetElectronMock(): void {
  BrowserWindowMock.windows = [];
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  contextBridge.exposed.clear();
  vi.clearAllMocks();
}

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, protocol, net, session, Menu, powerSaveBlocker };
