/**
 * The fake `electron` module (Fiddle's pattern): EventEmitter classes with vi.fn() fields, so main-process
 * code runs under vitest without Electron's binary. Only what main/ uses is here.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export class WebContentsMock extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  reload = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  send = vi.fn();
  destroyed = false;
  isDestroyed = vi.fn(() => this.destroyed);
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

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

class AppMock extends EventEmitter {
  isPackaged = false;
  getAppPath = vi.fn(() => process.cwd());
  // Never the project folder: an entry that logs or saves at import time must not write into the repo.
  getPath = vi.fn((name: string) => join(tmpdir(), 'kiosk-electron-mock', name));
  getVersion = vi.fn(() => '0.0.0-test');
  requestSingleInstanceLock = vi.fn(() => true);
  whenReady = vi.fn(async () => undefined);
  disableHardwareAcceleration = vi.fn();
  relaunch = vi.fn();
  exit = vi.fn();
  quit = vi.fn();
}

export const app = new AppMock();
export const Menu = { setApplicationMenu: vi.fn() };
export const powerSaveBlocker = { start: vi.fn(() => 1), stop: vi.fn(), isStarted: vi.fn(() => true) };
export const powerMonitor = { getSystemIdleTime: vi.fn(() => 0) };
export const crashReporter = { start: vi.fn() };
export const BrowserWindow = BrowserWindowMock;

/** Clears every recorded window, handler and call between tests. */
export function resetElectronMock(): void {
  BrowserWindowMock.windows = [];
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  contextBridge.exposed.clear();
  vi.clearAllMocks();
}

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, protocol, session, Menu, powerSaveBlocker, powerMonitor, crashReporter };
