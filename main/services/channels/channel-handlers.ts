/** One handler per channel of the shared table, the same for both transports (ipcMain in Electron, HTTP in the preview). */
import type { Heartbeat } from '../../../common/channels';
import { ok } from '../../../common/result';
import type { ContentStore } from '../content/content-store';
import type { ErrorLog } from '../error-log';
import type { KioskHost } from '../host/kiosk-host';
import type { SettingsStore } from '../settings/settings-store';
import type { CredentialsStore } from '../staff/credentials-store';
import type { StaffAccess } from '../staff/staff-access';
import type { ChannelHandlers } from './channel-dispatch';

export interface HandlerServices {
  content: ContentStore;
  settings: SettingsStore;
  credentials: CredentialsStore;
  staff: StaffAccess;
  errors: ErrorLog;
  host: KioskHost;
  /** Told of every heartbeat (Electron's watchdog listens; the preview needs nothing). */
  onHeartbeat?: (beat: Heartbeat) => void;
  now?: () => number;
}

export function createChannelHandlers(services: HandlerServices): ChannelHandlers {
  const now = services.now ?? Date.now;
  return {
    getContent: async (request) => services.content.get(request),
    getSettings: async () => ok(services.settings.get()),
    saveSettings: ({ patch }) => services.settings.save(patch),
    heartbeat: async (beat) => {
      services.onHeartbeat?.(beat);
      return ok(null);
    },
    reportError: async ({ source, message }) => {
      services.errors.add(source, message);
      return ok(null);
    },
    staffStatus: async () => ok(services.staff.status()),
    staffUnlock: ({ pin }) => services.staff.unlock(pin),
    staffLock: async ({ token }) => {
      services.staff.lock(token);
      return ok(null);
    },
    getDiagnostics: async () => {
      const content = services.content.status();
      return ok({
        appVersion: services.host.appVersion,
        versions: services.host.versions,
        contentVersion: content.version,
        contentDir: services.content.folders.contentDir,
        uptimeSeconds: Math.round((now() - services.host.startedAt) / 1000),
        problems: [...services.credentials.problems(), ...services.settings.problems(), ...content.problems],
        recentErrors: services.errors.recent(),
        host: await services.host.diagnostics(),
      });
    },
    reloadContent: async () => {
      const outcome = await services.content.reload();
      if (!outcome.ok) return outcome;
      return ok({ version: outcome.value.version, problems: outcome.value.warnings });
    },
    restartKiosk: async () => services.host.restart(),
    quitKiosk: async () => services.host.quit(),
  };
}
