/** Creates and starts every service from the resolved paths; both hosts (Electron, the preview) call this once. */
import { dirname, join } from 'node:path';
import { formatProblem, type Problem } from '../../common/result';
import type { KioskSettings } from '../../common/settings';
import { createChannelHandlers, type HandlerServices } from './channels/channel-handlers';
import { createDispatch, type Dispatch } from './channels/channel-dispatch';
import { createContentStore, type ContentStore } from './content/content-store';
import { watchContentFolder } from './content/content-watcher';
import { createErrorLog, type ErrorLog } from './error-log';
import type { KioskHost } from './host/kiosk-host';
import type { KioskPaths } from './kiosk-paths';
import { createPushEvents, type PushEvents } from './push-events';
import { createSettingsStore, type SettingsStore } from './settings/settings-store';
import { createCredentialsStore, type CredentialsStore } from './staff/credentials-store';
import { createStaffAccess, type StaffAccess } from './staff/staff-access';

export interface KioskServices {
  content: ContentStore;
  settings: SettingsStore;
  credentials: CredentialsStore;
  staff: StaffAccess;
  errors: ErrorLog;
  events: PushEvents;
  /** Every channel of the shared table, validated and gated: what each transport calls. */
  dispatch: Dispatch;
  /** Problems found at start-up (content, settings, staff record), for the log and diagnostics. */
  startupProblems: Problem[];
  stop(): void;
}

export interface KioskServiceOptions extends KioskPaths {
  settingsFile: string;
  /** The staff credentials file; by default staff.json beside the settings file. */
  staffFile?: string;
  initialSettings?: Partial<KioskSettings>;
  /** The operator's first staff PIN (KIOSK_STAFF_PIN); used only while no PIN is saved. */
  initialStaffPin?: string;
  /** Reload content when its folder changes (the kiosk and the preview do; one-off tools do not). */
  watchContent?: boolean;
  host: KioskHost;
  log?: (message: string) => void;
  onHeartbeat?: HandlerServices['onHeartbeat'];
}

export async function startKioskServices(options: KioskServiceOptions): Promise<KioskServices> {
  const log = options.log ?? (() => undefined);
  const errors = createErrorLog(Date.now, (entry) => log(`${entry.source} error: ${entry.message}`));
  const events = createPushEvents(log);
  const settings = createSettingsStore({
    file: options.settingsFile,
    initial: options.initialSettings ?? {},
    onSaved: (saved) => events.emit('settingsChanged', saved),
  });
  const credentials = createCredentialsStore({ file: options.staffFile ?? join(dirname(options.settingsFile), 'staff.json') });
  const content = createContentStore(options, {
    onLoaded: (outcome, status, versionChanged) => {
      if (outcome.ok) log(`content loaded (version ${outcome.value.version})`);
      else {
        const summary = (outcome.error.problems ?? []).filter((problem) => problem.severity === 'error').map(formatProblem).join('; ');
        errors.add('content', summary);
        log(`content is not valid; ${status.version ? 'keeping the last good content' : 'there is no good content yet'}: ${summary}`);
      }
      if (versionChanged && status.version) events.emit('contentChanged', { version: status.version });
      events.emit('statusChanged', { contentVersion: status.version, contentProblems: status.problems, settingsProblems: settings.problems() });
    },
  });

  await settings.load();
  await credentials.load();
  for (const problem of settings.problems()) errors.add('settings', formatProblem(problem));
  for (const problem of credentials.problems()) errors.add('staff', formatProblem(problem));
  const staff = createStaffAccess(credentials, Date.now, log);
  const pinProblems = await staff.init(options.initialStaffPin);
  for (const problem of pinProblems) errors.add('staff', formatProblem(problem));
  await content.reload();
  events.emit('settingsChanged', settings.get());

  const startupProblems = [...pinProblems, ...credentials.problems(), ...settings.problems(), ...content.status().problems];
  const watcher = options.watchContent ? watchContentFolder(content, log) : null;
  const handlers = createChannelHandlers({ content, settings, credentials, staff, errors, host: options.host, onHeartbeat: options.onHeartbeat });
  const dispatch = createDispatch(handlers, (token) => staff.check(token), log);
  return { content, settings, credentials, staff, errors, events, dispatch, startupProblems, stop: () => watcher?.close() };
}
