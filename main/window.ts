/** The one kiosk window: full-screen, no menu, sandboxed, and unable to leave the app. */
import { BrowserWindow, session, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_ORIGIN, APP_URL } from './app-protocol';

/** Matches the renderer's background, so there is no white flash before the first paint. */
export const KIOSK_BACKGROUND = '#0b1220';

export function kioskWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: KIOSK_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
      // Breathing prompts must play without a first tap on a kiosk nobody has touched yet.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** True for URLs inside the kiosk's own app origin. */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** Refuses navigation away from the app, new windows, webviews and every permission request. */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies camera, microphone, geolocation, notifications and the rest for the whole session. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function createKioskWindow(preloadPath: string, devTools: boolean, url = APP_URL): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions(preloadPath, devTools));
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
