/** Creates and starts every service from the resolved paths; both transports call this once. */
import type { KioskSettings, Problem } from '../contract';
import { createContentStore, type ContentStore } from './content-store';
import { watchContentFolder } from './content-watcher';
import { createErrorLog, type ErrorLog } from './error-log';
import type { KioskPaths } from './kiosk-config';
import { createKioskHandlers, type HandlerServices, type KioskHandlers, type KioskSystem } from './kiosk-handlers';
import { formatProblem } from './problem-format';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { createStaffAccess, type StaffAccess } from './staff-access';

export interface KioskServices {
  content: ContentStore;
  settings: SettingsStore;
  staff: StaffAccess;
  errors: ErrorLog;
  handlers: KioskHandlers;
  /** Problems found at start-up (content and settings), for the log and diagnostics. */
  startupProblems: Problem[];
  stop(): void;
}

export interface KioskServiceOptions extends KioskPaths {
  settingsFile: string;
  initialSettings?: Partial<KioskSettings>;
  /** The operator's first staff PIN (KIOSK_STAFF_PIN); used only while no PIN is saved. */
  initialStaffPin?: string;
  /** Reload content when its folder changes (the kiosk and the preview do; one-off tools do not). */
  watchContent?: boolean;
  log?: (message: string) => void;
  onHeartbeat?: HandlerServices['onHeartbeat'];
  system?: Partial<KioskSystem>;
}

const PREVIEW_SYSTEM: KioskSystem = {
  appVersion: 'preview',
  versions: { host: 'preview server (no Electron)' },
  startedAt: Date.now(),
  restart: () => undefined,
  quit: () => undefined,
};

export async function startKioskServices(options: KioskServiceOptions): Promise<KioskServices> {
  const log = options.log ?? (() => undefined);
  const errors = createErrorLog();
  const content = createContentStore(options);
  const settings = createSettingsStore({ file: options.settingsFile, initial: options.initialSettings ?? {} });
  await settings.load();
  for (const problem of settings.problems()) errors.add('settings', formatProblem(problem));
  const staff = createStaffAccess(settings);
  await staff.init(options.initialStaffPin);

  const loaded = await content.reload();
  const startupProblems = [...settings.problems(), ...(loaded.ok ? loaded.value.warnings : (loaded.error.problems ?? []))];
  if (!loaded.ok) errors.add('content', (loaded.error.problems ?? []).map(formatProblem).join('; '));
  const watcher = options.watchContent
    ? watchContentFolder(content, (outcome) => {
        if (outcome.ok) return log(`content reloaded (version ${outcome.value.version})`);
        const summary = (outcome.error.problems ?? []).filter((problem) => problem.severity === 'error').map(formatProblem).join('; ');
        errors.add('content', summary);
        log(`new content is not valid; keeping the last good content: ${summary}`);
      })
    : null;
  const system: KioskSystem = { ...PREVIEW_SYSTEM, startedAt: Date.now(), ...options.system };
  const handlers = createKioskHandlers({ content, settings, staff, errors, system, onHeartbeat: options.onHeartbeat });
  return { content, settings, staff, errors, handlers, startupProblems, stop: () => watcher?.close() };
}
