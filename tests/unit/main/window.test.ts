import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowMock} from '../../mocks/electron';
import { resetElectronMock, session } from '../../mocks/electron';
import { APP_URL } from '../../../main/app-protocol';
import { createKioskWindow, denyAllPermissions, isAppUrl, kioskWindowOptions, KIOSK_BACKGROUND, lockDownWebContents } from '../../../main/window';
import { WebContentsMock } from '../../mocks/electron';
import type { WebContents } from 'electron';

beforeEach(resetElectronMock);

describe('kiosk window options', () => {
  it('is a full-screen kiosk with no frame, a dark background and hidden until painted', () => {
    const options = kioskWindowOptions('/app/preload.cjs', false);
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, show: false, backgroundColor: KIOSK_BACKGROUND });
  });

  it('keeps the page isolated and sandboxed in every build', () => {
    for (const devTools of [true, false]) {
      const prefs = kioskWindowOptions('/app/preload.cjs', devTools).webPreferences;
      expect(prefs).toMatchObject({
        preload: '/app/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        webSecurity: true,
        devTools,
        autoplayPolicy: 'no-user-gesture-required',
      });
    }
  });

  it('loads the app URL and shows the window only when ready to show', () => {
    const window = createKioskWindow('/app/preload.cjs', false) as unknown as BrowserWindowMock;
    expect(window.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});

describe('lockdown', () => {
  function lockedContents() {
    const contents = new WebContentsMock();
    lockDownWebContents(contents as unknown as WebContents);
    return contents;
  }

  function navigate(contents: WebContentsMock, eventName: string, url: string): boolean {
    let prevented = false;
    contents.emit(eventName, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }

  it('refuses navigation and redirects away from the app, and allows the app itself', () => {
    const contents = lockedContents();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'kiosk://app.evil/index.html')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(navigate(contents, 'will-navigate', APP_URL)).toBe(false);
  });

  it('denies every new window', () => {
    const contents = lockedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = lockedContents();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    denyAllPermissions();
    const requestHandler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen']) requestHandler(null, permission, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false]);
    const checkHandler = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(checkHandler()).toBe(false);
  });

  it('knows the app origin exactly', () => {
    expect(isAppUrl('kiosk://app/index.html')).toBe(true);
    expect(isAppUrl('kiosk://app')).toBe(true);
    expect(isAppUrl('kiosk://application/index.html')).toBe(false);
    expect(isAppUrl('https://app/')).toBe(false);
  });
});
