/** Creates and starts every service from the resolved paths; both hosts (Electron, the preview) call this once. */
import { dirname, join } from 'node:path';
import { isResting } from '../../common/idle-policy';
import { formatProblem, type Problem } from '../../common/result';
import type { ScreenName } from '../../common/screens';
import { createChannelHandlers, type HandlerServices } from './channels/channel-handlers';
import type { OperatorSetup } from './config/operator-setup';
import { createDispatch, type Dispatch } from './channels/channel-dispatch';
import { createContentStore, type ContentStore } from './content/content-store';
import { watchContentFolder } from './content/content-watcher';
import { createErrorLog, type ErrorLog } from './error-log';
import type { KioskHost } from './host/kiosk-host';
import type { KioskPaths } from './kiosk-paths';
import { createPushEvents, type PushEvents } from './push-events';
import { createStartPage } from './serving/start-page';
import type { ContentUpdater } from './updates/content-updater';
import { startContentUpdates } from './updates/start-content-updates';
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
  /** Content updates from the static origin; null where none is configured. */
  updater: ContentUpdater | null;
  /** Problems found at start-up (content, settings, staff record), for the log and diagnostics. */
  startupProblems: Problem[];
  /** index.html with the page's start (settings, first content, first screen) in it: what both hosts serve. */
  startPage(builtHtml: string): Promise<string>;
  stop(): void;
}

export interface KioskServiceOptions extends KioskPaths {
  settingsFile: string;
  /** The staff credentials file; by default staff.json beside the settings file. */
  staffFile?: string;
  /** What the operator's config (kiosk.json) sets; without one, the defaults and no PIN. */
  operator?: OperatorSetup;
  /** Reload content when its folder changes (the kiosk and the preview do; one-off tools do not). */
  watchContent?: boolean;
  host: KioskHost;
  log?: (message: string) => void;
  onHeartbeat?: HandlerServices['onHeartbeat'];
  /** The first-screen bundle (build/first-screen/render-first-screen.cjs); absent: pages start without their drawing. */
  firstScreenModule?: string;
}

export async function startKioskServices(options: KioskServiceOptions): Promise<KioskServices> {
  const log = options.log ?? (() => undefined);
  const errors = createErrorLog(Date.now, (entry) => log(`${entry.source} error: ${entry.message}`));
  const events = createPushEvents(log);
  const settings = createSettingsStore({
    file: options.settingsFile,
    initial: options.operator?.settings ?? {},
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
  const operatorProblems = options.operator?.problems ?? [];
  for (const problem of operatorProblems) errors.add('config', formatProblem(problem));
  const pinProblems = await staff.init(options.operator?.firstPin, options.operator?.pinHash);
  for (const problem of pinProblems) errors.add('staff', formatProblem(problem));
  // The page's screen, from its heartbeat: an update goes on screen only while the kiosk rests.
  let screen: ScreenName | null = null;
  const resting = () => screen !== null && isResting(screen, settings.get());
  const updates = options.operator?.updates;
  const updater = updates ? await startContentUpdates({ setup: updates, dataDir: dirname(options.settingsFile), content, isResting: resting, log }) : null;
  if (!updater) await content.reload();
  // A broken kiosk.json with no good copy keeps the page on its error screen: it gets no settings to run on.
  if (!options.operator?.blocking) events.emit('settingsChanged', settings.get());

  const startupProblems = [...operatorProblems, ...pinProblems, ...credentials.problems(), ...settings.problems(), ...content.status().problems];
  const watcher = options.watchContent ? watchContentFolder(content, log) : null;
  const handlers = createChannelHandlers({
    content,
    settings,
    credentials,
    staff,
    errors,
    host: options.host,
    operator: { problems: [...operatorProblems, ...pinProblems], blocking: options.operator?.blocking ?? false },
    ...(options.operator?.publicUrl ? { publicUrl: options.operator.publicUrl } : {}),
    updates: () => updater?.status() ?? null,
    onHeartbeat: (beat) => {
      screen = beat.screen;
      options.onHeartbeat?.(beat);
      if (resting()) void updater?.applyIfResting();
    },
  });
  const dispatch = createDispatch(handlers, (token) => staff.check(token), log);
  return {
    content,
    settings,
    credentials,
    staff,
    errors,
    events,
    dispatch,
    updater,
    startupProblems,
    startPage: createStartPage({ start: () => handlers.getStart(undefined), firstScreenModule: options.firstScreenModule, log }),
    stop: () => {
      watcher?.close();
      updater?.stop();
    },
  };
}
