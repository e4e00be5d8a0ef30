/* global process, console, setTimeout, Request, URL */
/**
 * Runs a packaged main bundle (extracted from app.asar) in plain Node, the way Electron would start it in a packaged
 * app, on a small fake `electron` module: `app.isPackaged` is true, `process.resourcesPath` is the unpacked app's
 * resources folder and `app.getPath('userData')` a temp folder. Used by tests/unit/packaging.test.ts.
 *
 * Environment: HARNESS_APP_DIR (the extracted archive), HARNESS_RESOURCES (resources/ beside it), HARNESS_USER_DATA,
 * HARNESS_FETCH (URLs, one a line, asked of the app's own protocol once the window loads).
 * Prints one line `[harness] {json}` with what the app did, then exits.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';

const appDir = process.env.HARNESS_APP_DIR;
const resourcesPath = process.env.HARNESS_RESOURCES;
const userData = process.env.HARNESS_USER_DATA;
const fetchUrls = (process.env.HARNESS_FETCH ?? '').split('\n').filter(Boolean);
for (const name of ['HARNESS_APP_DIR', 'HARNESS_RESOURCES', 'HARNESS_USER_DATA', 'HARNESS_FETCH']) delete process.env[name];
if (!appDir || !resourcesPath || !userData) throw new Error('HARNESS_APP_DIR, HARNESS_RESOURCES and HARNESS_USER_DATA are required');

const manifest = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
const report = { windows: [], registeredSchemes: [], fetched: [], modulesOutsideApp: [], notFaked: [], exitCode: null };

function finish(code) {
  report.exitCode = code;
  process.stdout.write(`[harness] ${JSON.stringify(report)}\n`, () => process.exit(code));
}

/** Electron APIs the fake does not know are recorded and answer undefined, so a new call shows up instead of crashing. */
function fake(name, known) {
  return new Proxy(known, {
    get(target, key) {
      if (key in target || typeof key === 'symbol' || key === 'then' || key === '__esModule') return target[key];
      return (...args) => {
        report.notFaked.push(`${name}.${String(key)}(${args.length} arguments)`);
        return undefined;
      };
    },
  });
}

const protocolHandlers = new Map();

class FakeWebContents extends EventEmitter {
  setWindowOpenHandler() {}
  isDestroyed() {
    return false;
  }
  send() {}
  reload() {}
  forcefullyCrashRenderer() {}
}

class FakeBrowserWindow extends EventEmitter {
  static windows = [];
  static getAllWindows() {
    return [...FakeBrowserWindow.windows];
  }
  static fromWebContents(contents) {
    return FakeBrowserWindow.windows.find((window) => window.webContents === contents) ?? null;
  }
  constructor(options) {
    super();
    this.options = options;
    this.webContents = fake('webContents', new FakeWebContents());
    FakeBrowserWindow.windows.push(this);
  }
  async loadURL(url) {
    report.windows.push(url);
    // The first page the kiosk loads means start-up is over: ask the app's protocol, then report.
    if (report.windows.length === 1) setTimeout(() => void askProtocol().then(() => finish(0), (error) => {
      report.harnessError = String(error?.stack ?? error);
      finish(1);
    }), 200);
  }
  show() {}
  focus() {}
  isDestroyed() {
    return false;
  }
}

async function askProtocol() {
  for (const url of fetchUrls) {
    const handler = protocolHandlers.get(new URL(url).protocol.replace(/:$/, ''));
    if (!handler) {
      report.fetched.push({ url, status: null, body: null });
      continue;
    }
    const response = await handler(new Request(url));
    report.fetched.push({ url, status: response.status, body: await response.text() });
  }
}

const app = fake('app', Object.assign(new EventEmitter(), {
  isPackaged: true,
  // Electron gives <resources>/app.asar; the harness runs the extracted copy of that archive.
  getAppPath: () => appDir,
  getPath: (name) => (name === 'userData' ? userData : join(userData, `electron-${name}`)),
  getVersion: () => manifest.version,
  getName: () => manifest.productName ?? manifest.name,
  requestSingleInstanceLock: () => true,
  whenReady: async () => undefined,
  disableHardwareAcceleration() {},
  relaunch() {},
  exit: (code = 0) => finish(code),
  quit: () => finish(0),
}));

const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  protocol: fake('protocol', {
    registerSchemesAsPrivileged: (schemes) => report.registeredSchemes.push(...schemes.map((scheme) => scheme.scheme)),
    handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
  }),
  session: { defaultSession: fake('session.defaultSession', { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} }) },
  ipcMain: fake('ipcMain', { handle() {}, removeHandler() {} }),
  Menu: fake('Menu', { setApplicationMenu() {} }),
  powerSaveBlocker: fake('powerSaveBlocker', { start: () => 1, stop() {}, isStarted: () => true }),
  powerMonitor: fake('powerMonitor', { getSystemIdleTime: () => 0 }),
  crashReporter: fake('crashReporter', { start() {} }),
};
const electronModule = new Proxy(electron, {
  get(target, key) {
    if (key in target || typeof key !== 'string' || key === '__esModule' || key === 'default' || key === 'then') return target[key];
    return fake(key, {});
  },
});

// `require('electron')` gets the fake; every other module the bundle loads is recorded when it comes from outside the
// archive, since a packaged app has nothing else to load from (its dependencies are bundled).
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'electron') return electronModule;
  return originalLoad.call(this, request, parent, isMain);
};
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, parent, ...rest) {
  const resolved = originalResolve.call(this, request, parent, ...rest);
  const fromApp = parent?.filename && !relative(appDir, parent.filename).startsWith('..');
  if (fromApp && isAbsolute(resolved) && relative(appDir, resolved).split(sep)[0] === '..') report.modulesOutsideApp.push(resolved);
  return resolved;
};

process.resourcesPath = resourcesPath;
// A packaged kiosk starts as `gym-floor-kiosk` with no arguments of its own.
process.argv = [process.execPath];
process.on('exit', (code) => {
  if (report.exitCode === null) console.error(`[harness] the app ended the process itself (exit code ${code}) before its window loaded`);
});
setTimeout(() => {
  report.harnessError = 'no window was loaded within 30 s';
  finish(2);
}, 30_000);

// The bundle is CommonJS, as Electron loads it: through require, so the hooks above see every module it asks for.
createRequire(import.meta.url)(join(appDir, manifest.main));
