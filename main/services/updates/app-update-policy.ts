/**
 * When a downloaded app update may be installed: while the kiosk sleeps, or while it rests in the operator's
 * install hour (for kiosks that never sleep), and never during a member's session. The updater itself
 * (electron-updater) is handed in, so the rule is tested without Electron.
 */
import type { EventEmitter } from 'node:events';
import type { ScreenName } from '../../../common/screens';

/** The part of electron-updater's AppUpdater this policy uses. */
export interface UpdaterLike extends Pick<EventEmitter, 'on'> {
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface AppUpdatePolicyOptions {
  updater: UpdaterLike;
  /** The screen the page shows now (from its heartbeat), and whether that is a rest between members. */
  screen: () => ScreenName | null;
  isResting: () => boolean;
  /** Local hour (0–23) whose rest may install an update on a kiosk that never sleeps. */
  installHour: number;
  now: () => Date;
  log: (message: string) => void;
}

export interface AppUpdatePolicy {
  /** Installs the downloaded update if now is a good moment; true when it started installing. */
  installIfGoodMoment(): boolean;
  /** The downloaded version waiting to be installed, for diagnostics. */
  waiting(): string | null;
  check(): Promise<void>;
}

export function createAppUpdatePolicy(options: AppUpdatePolicyOptions): AppUpdatePolicy {
  let downloaded: string | null = null;
  let installing = false;
  options.updater.on('update-downloaded', (info: { version?: string }) => {
    downloaded = info?.version ?? 'a new version';
    options.log(`app update ${downloaded} downloaded; it installs at the next quiet moment`);
  });
  options.updater.on('error', (error: Error) => options.log(`app update failed: ${error.message}`));

  const goodMoment = () => options.screen() === 'sleep' || (options.isResting() && options.now().getHours() === options.installHour);

  return {
    installIfGoodMoment() {
      if (!downloaded || installing || !goodMoment()) return false;
      installing = true;
      options.log(`installing app update ${downloaded}`);
      // Silent, and the app starts again after installing (a supervisor would too).
      options.updater.quitAndInstall(true, true);
      return true;
    },
    waiting: () => downloaded,
    async check() {
      try {
        await options.updater.checkForUpdates();
      } catch (error) {
        options.log(`app update check failed: ${(error as Error).message}`);
      }
    },
  };
}
