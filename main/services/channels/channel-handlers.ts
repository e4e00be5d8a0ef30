/** One handler per channel of the shared table, the same for both transports (ipcMain in Electron, HTTP in the preview). */
import type { Heartbeat } from '../../../common/channels';
import type { ContentUpdateStatus } from '../../../common/diagnostics';
import { fail, ok, type Problem, type Result } from '../../../common/result';
import type { KioskSettings } from '../../../common/settings';
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
  /** The operator config's problems; blocking when it is broken with no good copy to run on. */
  operator?: { problems: Problem[]; blocking: boolean };
  /** The web export's address for the QR codes; absent: none. */
  publicUrl?: string;
  /** Content updates, for the diagnostics; null where none are configured. */
  updates?: () => ContentUpdateStatus | null;
  /** Told of every heartbeat (Electron's watchdog listens; the preview needs nothing). */
  onHeartbeat?: (beat: Heartbeat) => void;
  now?: () => number;
}

export function createChannelHandlers(services: HandlerServices): ChannelHandlers {
  const now = services.now ?? Date.now;
  // A broken kiosk.json with no good copy: staff must read its problems before members see the kiosk.
  const currentSettings = (): Result<KioskSettings> =>
    services.operator?.blocking
      ? fail('settings-invalid', 'The operator config (kiosk.json) is not valid: fix it and restart the kiosk.', { problems: services.operator.problems })
      : ok(services.settings.get());
  return {
    getContent: async (request) => services.content.get(request),
    getSettings: async () => currentSettings(),
    getStart: async () => {
      const settings = currentSettings();
      if (!settings.ok) return settings;
      const { defaultLanguage: language, station } = settings.value;
      return ok({ settings: settings.value, content: await services.content.get({ language, station }) });
    },
    saveSettings: ({ patch }) => services.settings.save(patch),
    resetSettings: () => services.settings.reset(),
    heartbeat: async (beat) => {
      services.onHeartbeat?.(beat);
      return ok(null);
    },
    reportError: async ({ source, message }) => {
      services.errors.add(source, message);
      return ok(null);
    },
    getPublicUrl: async () => ok(services.publicUrl ?? null),
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
        problems: [...(services.operator?.problems ?? []), ...services.credentials.problems(), ...services.settings.problems(), ...content.problems],
        recentErrors: services.errors.recent(),
        host: await services.host.diagnostics(),
        updates: services.updates?.() ?? null,
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
