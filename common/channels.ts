/**
 * The one table of messages between the page and main. Each channel is one entry: its request schema,
 * its response type and whether it needs a staff session; each push event names its payload. The preload
 * bridge, the HTTP bridge, handler registration and request validation are all derived from it.
 */
import * as z from 'zod/mini';
import type { ContentRequest, KioskContent } from './content-view';
import type { Diagnostics, ErrorReport, KioskStatus } from './diagnostics';
import { ID_PATTERN, LANGUAGE_CODE_PATTERN } from './identifiers';
import type { Problem, Result } from './result';
import { SCREEN_NAMES } from './screens';
import { wireName } from './wire-name';
import { settingsPatchSchema, type KioskSettings } from './settings';
import type { StaffSession, StaffStatus } from './staff';

/** Type-only marker for what a channel answers or an event carries; nothing of it exists at run time. */
declare const carries: unique symbol;
type Carries<T> = { readonly [carries]?: T };

export interface ChannelSpec<Request extends z.ZodMiniType = z.ZodMiniType, Response = unknown> extends Carries<Response> {
  request: Request;
  /** Needs the token of an unlocked staff session (sent as `token` in the request). */
  staff: boolean;
}

const sessionToken = z.string().check(z.minLength(1), z.maxLength(200));

/** A channel anyone on the kiosk page may call. */
function channel<Response>() {
  return <Request extends z.ZodMiniType>(request: Request): ChannelSpec<Request, Response> => ({ request, staff: false });
}

/** A channel that needs a staff session: its request carries the session token beside its own fields. */
function staffChannel<Response>() {
  return <Shape extends z.core.$ZodLooseShape = Record<never, never>>(shape?: Shape) => {
    const request = z.strictObject({ token: sessionToken, ...(shape ?? ({} as Shape)) });
    return { request, staff: true } as ChannelSpec<typeof request, Response>;
  };
}

const nothing = z.undefined();

/** The answer to getStart: the page asks once at start instead of for settings, then content, one after the other. */
export interface StartState {
  settings: KioskSettings;
  /** The station's content in the default language, or why it could not load (the page shows the error screen). */
  content: Result<KioskContent>;
}

export const channels = {
  getContent: channel<KioskContent>()(
    z.strictObject({
      language: z.string().check(z.regex(LANGUAGE_CODE_PATTERN, 'must be a language code like "de"')),
      station: z.string().check(z.regex(ID_PATTERN, 'must be a station id like "seated-leg-curl"')),
    }) satisfies z.ZodMiniType<ContentRequest>,
  ),
  getSettings: channel<KioskSettings>()(nothing),
  /** What the first screen needs in one answer: the settings, and the content for their station and default language. */
  getStart: channel<StartState>()(nothing),
  saveSettings: staffChannel<KioskSettings>()({ patch: settingsPatchSchema }),
  /** Forgets every staff change, so the operator's config applies again. */
  resetSettings: staffChannel<KioskSettings>()(),
  /** Liveness and the screen on show; main's watchdog listens. */
  heartbeat: channel<null>()(z.strictObject({ screen: z.enum(SCREEN_NAMES) })),
  reportError: channel<null>()(
    z.strictObject({ source: z.enum(['media', 'renderer']), message: z.string().check(z.maxLength(2000)) }) satisfies z.ZodMiniType<ErrorReport>,
  ),
  /** Where the web export lives (kiosk.json's publicUrl), for the QR codes; null: show none. Read once, set at start. */
  getPublicUrl: channel<string | null>()(nothing),
  staffStatus: channel<StaffStatus>()(nothing),
  staffUnlock: channel<StaffSession>()(z.strictObject({ pin: z.string().check(z.maxLength(20)) })),
  staffLock: staffChannel<null>()(),
  getDiagnostics: staffChannel<Diagnostics>()(),
  reloadContent: staffChannel<{ version: string; problems: Problem[] }>()(),
  restartKiosk: staffChannel<null>()(),
  quitKiosk: staffChannel<null>()(),
} satisfies Record<string, ChannelSpec>;

/** What main tells the page without being asked. */
export const pushEvents = {
  /** The saved settings changed (a staff save, from this page or another). */
  settingsChanged: {} as Carries<KioskSettings>,
  /** A new content version is live. */
  contentChanged: {} as Carries<{ version: string }>,
  /** Content or settings problems changed (a reload failed, or succeeded again). */
  statusChanged: {} as Carries<KioskStatus>,
  /** Main saw the kiosk idle longer than the page should allow: reset now. */
  forceReset: {} as Carries<null>,
};

export type ChannelName = keyof typeof channels;
export type PushEventName = keyof typeof pushEvents;
type Carried<T> = T extends Carries<infer Value> ? Value : never;
/** The request a channel's handler receives (after validation). */
export type RequestOf<C extends ChannelName> = z.output<(typeof channels)[C]['request']>;
/** The request a caller sends. */
export type RequestInput<C extends ChannelName> = z.input<(typeof channels)[C]['request']>;
export type ResponseOf<C extends ChannelName> = Carried<(typeof channels)[C]>;
export type PushPayload<E extends PushEventName> = Carried<(typeof pushEvents)[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const pushEventNames = Object.keys(pushEvents) as PushEventName[];

export { wireName };

const byWireName = new Map<string, ChannelName>(channelNames.map((name) => [wireName(name), name]));

/** The channel a wire name stands for; undefined for anything else (never a prototype key). */
export function channelForWireName(wire: string): ChannelName | undefined {
  return byWireName.get(wire);
}

type Method<C extends ChannelName> = [RequestInput<C>] extends [undefined]
  ? () => Promise<Result<ResponseOf<C>>>
  : (request: RequestInput<C>) => Promise<Result<ResponseOf<C>>>;

/** The renderer's only way to the services: the preload's window.kiosk in Electron, HTTP in the preview. */
export type KioskBridge = { [C in ChannelName]: Method<C> } & {
  /** Listens to one push event; returns the function that stops listening. */
  on<E extends PushEventName>(event: E, listener: (payload: PushPayload<E>) => void): () => void;
};

/** What the page's heartbeat carries: that it is alive, and which screen it shows. */
export type Heartbeat = RequestOf<'heartbeat'>;
