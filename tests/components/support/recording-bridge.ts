/**
 * A KioskBridge for the component tests that answers as the kiosk does and records every call. It is built the
 * way the real ones are: common/bridge.ts's createBridge over the real dispatch (request validation, staff
 * sessions, errors as values) and the real channel handlers. Only the services below them are small and in
 * memory: the content is the real content the global setup provides, settings are checked with the real
 * schema, and staff entry counts wrong PINs and locks as the real one does.
 */
import { inject } from 'vitest';
import { createBridge } from '../../../common/bridge';
import { channelForWireName, wireName, type ChannelName, type KioskBridge, type PushEventName, type PushPayload, type RequestInput } from '../../../common/channels';
import type { KioskContent } from '../../../common/content-view';
import { fail, ok, type Result } from '../../../common/result';
import { defaultSettings } from '../../../common/default-settings';
import { settingsSchema, type KioskSettings } from '../../../common/settings';
import type { StaffStatus } from '../../../common/staff';
import { isValidPin, LOCKOUT_MS, MAX_WRONG_PINS } from '../../../common/staff';
import type { ContentStore } from '../../../main/services/content/content-store';
import { createDispatch, type ChannelHandlers } from '../../../main/services/channels/channel-dispatch';
import { createChannelHandlers, type HandlerServices } from '../../../main/services/channels/channel-handlers';
import { createErrorLog } from '../../../main/services/error-log';
import type { KioskHost } from '../../../main/services/host/kiosk-host';
import { issuesToProblems } from '../../../main/services/problems';
import type { SettingsStore } from '../../../main/services/settings/settings-store';
import type { CredentialsStore } from '../../../main/services/staff/credentials-store';
import type { StaffAccess } from '../../../main/services/staff/staff-access';

/** The parts of each service the channel handlers call. */
interface HandlerParts {
  settings: Omit<SettingsStore, 'load'>;
  credentials: Pick<CredentialsStore, 'problems'>;
  staff: Omit<StaffAccess, 'init'>;
}

/** The PIN a test kiosk's operator set up, unless a test says otherwise. */
export const TEST_PIN = '2468';
export { LOCKOUT_MS, MAX_WRONG_PINS };
/** What the preview host answers (main/preview/preview-host.ts, which needs Node's process to load). */
export const PREVIEW_REFUSALS = {
  restart: 'The preview cannot restart a browser: reload the page, or stop the preview (Ctrl+C) and run "npm run preview" again.',
  quit: 'The preview does not quit from the page: stop it with Ctrl+C where it runs.',
};

export interface RecordedCall {
  channel: ChannelName;
  /** As it went over the wire (a copy: later changes by the page do not show here). */
  request: unknown;
}

export interface RecordingBridgeOptions {
  /** Saved settings over the defaults a new kiosk starts with. */
  settings?: Partial<KioskSettings>;
  /** The staff PIN the operator set; null when none is set up. */
  pin?: string | null;
  failedAttempts?: number;
  /** Epoch ms until which staff entry is locked. */
  lockedUntil?: number | null;
  /** The preview refuses restart and quit (with its reasons); Electron does them. */
  host?: 'preview' | 'electron';
}

export type RecordingBridge = KioskBridge & {
  /** Every call the page made, in order. */
  readonly calls: RecordedCall[];
  /** The requests sent on one channel, in order. */
  requestsTo<C extends ChannelName>(channel: C): RequestInput<C>[];
  /** Answers one channel differently from now on (still behind the real validation and session check). */
  respond<C extends ChannelName>(channel: C, handler: ChannelHandlers[C]): void;
  /** Pushes an event to the page, as main does. */
  emit<E extends PushEventName>(event: E, payload: PushPayload<E>): void;
  /** A live staff session, as the right PIN opens one (not recorded). */
  openSession(): string;
  /** Ends every staff session, as the kiosk does when one expires. */
  endSessions(): void;
  /** The settings saved so far. */
  readonly settings: KioskSettings;
};

export function createRecordingBridge(options: RecordingBridgeOptions = {}): RecordingBridge {
  const calls: RecordedCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const emit = (event: PushEventName, payload: unknown) => {
    for (const listener of listeners.get(wireName(event)) ?? []) listener(structuredClone(payload));
  };

  const settings = createMemorySettingsStore(defaultSettings, options.settings ?? {}, (saved) => emit('settingsChanged', saved));
  const staff = createMemoryStaffAccess({ pin: options.pin === undefined ? TEST_PIN : options.pin, failedAttempts: options.failedAttempts ?? 0, lockedUntil: options.lockedUntil ?? null });
  const host: KioskHost = {
    appVersion: '0.1.0',
    versions: { electron: '45.4.1', chrome: '142.0.0.0', node: '22.20.0' },
    startedAt: Date.now() - 42 * 60_000,
    restart: () => (options.host === 'electron' ? ok(null) : fail('unsupported', PREVIEW_REFUSALS.restart)),
    quit: () => (options.host === 'electron' ? ok(null) : fail('unsupported', PREVIEW_REFUSALS.quit)),
    diagnostics: async () => ({ notes: [], logTail: [], crashReports: null }),
  };
  const credentials: HandlerParts['credentials'] = { problems: () => [] };
  // The handlers use only these parts; start-up (init, load) is not theirs, so it is left out here.
  const services: Omit<HandlerServices, keyof HandlerParts> & HandlerParts = { content: createProvidedContentStore(), settings, credentials, staff, errors: createErrorLog(), host };
  const handlers = createChannelHandlers(services as HandlerServices);
  const dispatch = createDispatch(handlers, (token) => staff.check(token));

  const bridge = createBridge(
    async (wire, request) => {
      const channel = channelForWireName(wire);
      if (channel) calls.push({ channel, request: structuredClone(request) });
      // The real transports copy what they carry (IPC's structured clone, JSON over HTTP).
      return structuredClone(await dispatch(wire, structuredClone(request)));
    },
    (wire, listener) => {
      const set = listeners.get(wire) ?? new Set();
      listeners.set(wire, set.add(listener));
      return () => set.delete(listener);
    },
  );

  const recording = Object.assign(bridge, {
    calls,
    requestsTo: <C extends ChannelName>(channel: C) => calls.filter((call) => call.channel === channel).map((call) => call.request as RequestInput<C>),
    respond: <C extends ChannelName>(channel: C, handler: ChannelHandlers[C]) => {
      handlers[channel] = handler;
    },
    emit,
    openSession: () => staff.open(),
    endSessions: () => staff.endAll(),
  });
  // A getter (Object.assign would copy today's value).
  return Object.defineProperty(recording, 'settings', { get: () => settings.get(), enumerable: true }) as RecordingBridge;
}

/** getContent as the content store answers it: the requested language, else the fallback; the station, else the first. */
function createProvidedContentStore(): ContentStore {
  const byStation = inject('kioskContent');
  const first = Object.values(byStation)[0];
  if (!first) throw new Error('The global setup provided no content');
  const anyContent = Object.values(first)[0] as KioskContent;
  return {
    folders: { contentDir: 'content', assetsDir: 'assets' },
    reload: async () => ok({ version: anyContent.version, warnings: [] }),
    use: async () => ok({ version: anyContent.version, warnings: [] }),
    status: () => ({ version: anyContent.version, problems: [] }),
    uiText: (language) => anyContent.ui[language] ?? anyContent.ui.en ?? null,
    get: ({ language, station }) => {
      const languages = byStation[station] ?? first;
      const content = languages[language] ?? languages.en;
      return content ? ok(content) : fail('content-invalid', `No content for ${station} in ${language}`);
    },
  };
}

/** Settings checked with the real schema, as the settings store checks a staff save. */
/** `changed` are the staff's saved changes over `base` (no operator config here); a reset forgets them. */
function createMemorySettingsStore(base: KioskSettings, changed: Partial<KioskSettings>, onSaved: (settings: KioskSettings) => void): HandlerParts['settings'] {
  let current = { ...base, ...changed };
  return {
    get: () => current,
    reset: async () => {
      current = base;
      onSaved(current);
      return ok(current);
    },
    save: async (patch) => {
      const parsed = settingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) return fail('settings-invalid', 'Settings were not saved', { problems: issuesToProblems(parsed.error, 'settings.json') });
      current = parsed.data;
      onSaved(current);
      return ok(current);
    },
    problems: () => [],
  };
}

interface StaffRecord {
  pin: string | null;
  failedAttempts: number;
  lockedUntil: number | null;
}

/** Staff entry as main/services/staff/staff-access.ts answers it, with the PIN kept in the clear. */
function createMemoryStaffAccess(record: StaffRecord): HandlerParts['staff'] & { open(): string; endAll(): void } {
  const sessions = new Set<string>();
  const lockedMessage = 'Too many wrong PINs: staff entry is locked.';
  const open = () => {
    const token = crypto.randomUUID();
    sessions.add(token);
    return token;
  };
  const status = (): StaffStatus => {
    const locked = record.lockedUntil !== null && record.lockedUntil > Date.now();
    return { pinConfigured: record.pin !== null, lockedUntil: locked ? record.lockedUntil : null, attemptsLeft: MAX_WRONG_PINS - record.failedAttempts };
  };
  return {
    status,
    async unlock(pin): Promise<Result<{ token: string }>> {
      if (!record.pin) return fail('forbidden', 'No staff PIN is set up on this kiosk: the operator sets KIOSK_STAFF_PIN.');
      const lockedUntil = status().lockedUntil;
      if (lockedUntil !== null) return fail('forbidden', lockedMessage, { lockedUntil });
      const attempt = record.failedAttempts + 1;
      if (isValidPin(pin) && pin === record.pin) {
        record.failedAttempts = 0;
        return ok({ token: open() });
      }
      if (attempt >= MAX_WRONG_PINS) {
        record.failedAttempts = 0;
        record.lockedUntil = Date.now() + LOCKOUT_MS;
        return fail('forbidden', lockedMessage, { lockedUntil: record.lockedUntil });
      }
      record.failedAttempts = attempt;
      return fail('forbidden', 'Wrong PIN.', { attemptsLeft: MAX_WRONG_PINS - attempt });
    },
    check: (token) => sessions.has(token),
    lock: (token) => void sessions.delete(token),
    open,
    endAll: () => sessions.clear(),
  };
}
