/** One handler per channel, shared by both transports (ipcMain in Electron, HTTP in the preview). */
import { z } from 'zod';
import { Channels, type ChannelName, type ChannelResponses, type Heartbeat, type Result } from '../contract';
import type { ContentStore } from './content-store';
import type { ErrorLog } from './error-log';
import { formatProblem } from './problem-format';
import { formatFieldPath } from './read-json-file';
import { settingsSchema } from './settings-schema';
import type { SettingsStore } from './settings-store';
import type { StaffAccess } from './staff-access';

export type KioskHandlers = { [C in ChannelName]: (payload: unknown) => Promise<Result<ChannelResponses[C]>> };

/** What only the host can do: Electron restarts and quits the app; the preview cannot. */
export interface KioskSystem {
  appVersion: string;
  versions: Record<string, string>;
  startedAt: number;
  restart(): void;
  quit(): void;
}

export interface HandlerServices {
  content: ContentStore;
  settings: SettingsStore;
  staff: StaffAccess;
  errors: ErrorLog;
  system: KioskSystem;
  /** Told of every heartbeat (Electron's watchdog listens; the preview needs nothing). */
  onHeartbeat?: (beat: Heartbeat) => void;
  now?: () => number;
}

const contentRequestSchema = z.strictObject({ language: z.string().min(1), station: z.string().min(1) });
const token = z.string().min(1).max(200);
const tokenSchema = z.strictObject({ token });
const saveSettingsSchema = z.strictObject({ token, patch: settingsSchema.partial().strict() });
const heartbeatSchema = z.strictObject({ screen: z.string().max(40) });
const errorReportSchema = z.strictObject({ source: z.enum(['media', 'renderer']), message: z.string().max(2000) });
const unlockSchema = z.strictObject({ pin: z.string().max(20) });

/** Payloads come from the renderer, so they are validated like any other outside input. */
function badRequest(channel: string, error: z.ZodError): Result<never> {
  const issue = error.issues[0];
  return { ok: false, error: { code: 'bad-request', message: `${channel}: ${formatFieldPath(issue?.path ?? [])} ${issue?.message ?? 'is invalid'}` } };
}

const NOT_STAFF: Result<never> = { ok: false, error: { code: 'forbidden', message: 'The staff session has ended: enter the PIN again.' } };

export function createKioskHandlers(services: HandlerServices): KioskHandlers {
  const now = services.now ?? Date.now;

  /** Parses a staff payload and checks its session before running `action`. */
  async function asStaff<T extends { token: string }, R>(channel: string, schema: z.ZodType<T>, payload: unknown, action: (data: T) => Promise<Result<R>>): Promise<Result<R>> {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return badRequest(channel, parsed.error);
    if (!services.staff.check(parsed.data.token)) return NOT_STAFF;
    return action(parsed.data);
  }

  return {
    [Channels.getContent]: async (payload) => {
      const request = contentRequestSchema.safeParse(payload);
      if (!request.success) return badRequest(Channels.getContent, request.error);
      return services.content.get(request.data);
    },
    [Channels.getSettings]: async () => ({ ok: true, value: services.settings.get() }),
    [Channels.saveSettings]: (payload) => asStaff(Channels.saveSettings, saveSettingsSchema, payload, ({ patch }) => services.settings.save(patch)),
    [Channels.heartbeat]: async (payload) => {
      const beat = heartbeatSchema.safeParse(payload);
      if (!beat.success) return badRequest(Channels.heartbeat, beat.error);
      services.onHeartbeat?.(beat.data);
      const content = services.content.status();
      return { ok: true, value: { contentVersion: content.version, contentProblems: content.problems, settingsProblems: services.settings.problems() } };
    },
    [Channels.reportError]: async (payload) => {
      const report = errorReportSchema.safeParse(payload);
      if (!report.success) return badRequest(Channels.reportError, report.error);
      services.errors.add(report.data.source, report.data.message);
      return { ok: true, value: null };
    },
    [Channels.staffStatus]: async () => ({ ok: true, value: services.staff.status() }),
    [Channels.staffUnlock]: async (payload) => {
      const request = unlockSchema.safeParse(payload);
      if (!request.success) return badRequest(Channels.staffUnlock, request.error);
      return services.staff.unlock(request.data.pin);
    },
    [Channels.staffLock]: (payload) =>
      asStaff(Channels.staffLock, tokenSchema, payload, async ({ token: session }) => {
        services.staff.lock(session);
        return { ok: true, value: null };
      }),
    [Channels.getDiagnostics]: (payload) =>
      asStaff(Channels.getDiagnostics, tokenSchema, payload, async () => {
        const content = services.content.status();
        return {
          ok: true,
          value: {
            appVersion: services.system.appVersion,
            versions: services.system.versions,
            contentVersion: content.version,
            contentDir: services.content.folders.contentDir,
            uptimeSeconds: Math.round((now() - services.system.startedAt) / 1000),
            problems: [...services.settings.problems(), ...content.problems],
            recentErrors: services.errors.recent(),
          },
        };
      }),
    [Channels.reloadContent]: (payload) =>
      asStaff(Channels.reloadContent, tokenSchema, payload, async () => {
        const outcome = await services.content.reload();
        if (outcome.ok) return { ok: true, value: { version: outcome.value.version, problems: outcome.value.warnings } };
        services.errors.add('content', (outcome.error.problems ?? []).filter((problem) => problem.severity === 'error').map(formatProblem).join('; '));
        return outcome;
      }),
    [Channels.restartKiosk]: (payload) =>
      asStaff(Channels.restartKiosk, tokenSchema, payload, async () => {
        services.system.restart();
        return { ok: true, value: null };
      }),
    [Channels.quitKiosk]: (payload) =>
      asStaff(Channels.quitKiosk, tokenSchema, payload, async () => {
        services.system.quit();
        return { ok: true, value: null };
      }),
  };
}

/** Runs a handler and turns an unexpected exception into an error value, so callers never see a throw. */
export async function invokeHandler(handlers: KioskHandlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!Object.hasOwn(handlers, channel)) return { ok: false, error: { code: 'bad-request', message: `Unknown channel "${channel}"` } };
  try {
    return await handlers[channel as ChannelName](payload);
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: (error as Error).message } };
  }
}
