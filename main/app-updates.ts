/**
 * App updates with electron-updater from the same static origin as content (`<url>/app/`, the channel's
 * latest.yml and artifacts from electron-builder's `publish`): downloaded in the background, installed only at a
 * quiet moment (see the policy). The AppImage and the Windows installer update this way; a .deb kiosk updates
 * through apt.
 */
import type { ScreenName } from '../common/screens';
import { createAppUpdatePolicy, type AppUpdatePolicy, type UpdaterLike } from './services/updates/app-update-policy';
import type { UpdatesSetup } from './services/updates/updates-setup';

export async function startAppUpdates(setup: UpdatesSetup, page: { screen: () => ScreenName | null; isResting: () => boolean }, log: (message: string) => void): Promise<AppUpdatePolicy> {
  // Loaded only where updates are configured: the module reads the app's version and paths when it loads.
  const { autoUpdater } = await import('electron-updater');
  autoUpdater.setFeedURL({ provider: 'generic', url: new URL('app/', setup.url.endsWith('/') ? setup.url : `${setup.url}/`).href, channel: setup.channel });
  autoUpdater.autoDownload = true;
  // The policy decides when; quitting for any other reason must not install behind the gym's back.
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.logger = { info: log, warn: log, error: log, debug: () => undefined };
  const policy = createAppUpdatePolicy({ updater: autoUpdater as unknown as UpdaterLike, screen: page.screen, isResting: page.isResting, installHour: setup.installHour, now: () => new Date(), log });
  void policy.check();
  setInterval(() => void policy.check(), setup.intervalMs);
  return policy;
}
