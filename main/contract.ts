/**
 * The one contract shared by main, preload and renderer: channel names and the shapes that
 * cross the process wall. It imports nothing, so every process may include it.
 */

/** Every channel starts with this prefix; the preload refuses anything else. */
export const CHANNEL_PREFIX = 'kiosk:';

/** Channel names, one per message. */
export const Channels = {
  getContent: 'kiosk:get-content',
  getSettings: 'kiosk:get-settings',
  saveSettings: 'kiosk:save-settings',
  heartbeat: 'kiosk:heartbeat',
  reportError: 'kiosk:report-error',
  staffStatus: 'kiosk:staff-status',
  staffUnlock: 'kiosk:staff-unlock',
  staffLock: 'kiosk:staff-lock',
  getDiagnostics: 'kiosk:get-diagnostics',
  reloadContent: 'kiosk:reload-content',
  restartKiosk: 'kiosk:restart-kiosk',
  quitKiosk: 'kiosk:quit-kiosk',
} as const;

/** Main → renderer pushes (not requests). */
export const PushChannels = {
  forceReset: 'kiosk:force-reset',
} as const;

export type ChannelName = (typeof Channels)[keyof typeof Channels];

/** One problem in a content folder or settings file, written for staff: file, field, reason. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  reason: string;
}

/** An error that crossed the process wall as a value, never as a thrown exception. */
export interface KioskError {
  code: 'content-invalid' | 'settings-invalid' | 'bad-request' | 'forbidden' | 'internal';
  message: string;
  problems?: Problem[];
  /** Staff entry: epoch ms until which it is locked after too many wrong PINs. */
  lockedUntil?: number;
  /** Staff entry: wrong PINs left before the lock. */
  attemptsLeft?: number;
}

/** Signal-style result: handlers return values instead of throwing across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: KioskError };

/** A media file with the credits wger keeps for every image and video. */
export interface MediaCredit {
  /** Path relative to the assets folder, served under `media/`. */
  file: string;
  license: string;
  author: string;
  source: string;
}

/** A movement phase of the demo loop, in seconds from the loop's start, and its breath. */
export interface VideoPhase {
  start: number;
  end: number;
  kind: 'concentric' | 'eccentric';
  breath: 'exhale' | 'inhale';
}

export interface ExerciseVideo extends MediaCredit {
  poster: string;
  durationSeconds: number;
  phases: VideoPhase[];
}

/** A language a member or staff can pick, named in its own language ("Deutsch"). */
export interface LanguageInfo {
  code: string;
  name: string;
}

export interface MuscleSummary {
  id: string;
  name: string;
}

export interface ExerciseSummary {
  id: string;
  name: string;
}

/** A muscle card, already in one language. */
export interface MuscleView {
  id: string;
  name: string;
  latinName: string;
  bodyMapViews: Array<'back' | 'front'>;
  group: string;
  origin: string;
  insertion: string;
  innervation: string;
  functions: string[];
  notes: string[];
  primaryExercises: ExerciseSummary[];
  secondaryExercises: ExerciseSummary[];
}

/** An exercise, already in one language. */
export interface ExerciseView {
  id: string;
  name: string;
  equipment: string;
  video: ExerciseVideo | null;
  courseOfMotion: string[];
  breathing: string[];
  tips: string[];
  variations: string[];
  primaryMuscles: MuscleSummary[];
  secondaryMuscles: MuscleSummary[];
}

/** A body-map drawing for the guide, with its credits. */
export interface BodyMapView extends MediaCredit {
  view: 'back' | 'front';
}

/** One audio sprite of breathing prompts (howler), already resolved to a language. */
export interface CueSprite {
  /** Language of the spoken cues (the fallback when the requested one has none). */
  language: string;
  /** Asset paths, best format first. */
  src: string[];
  /** Cue id → [start ms, duration ms]: exhale, inhale, tone-exhale, tone-inhale. */
  sprite: Record<string, [number, number]>;
}

export interface StationView {
  id: string;
  name: string;
  exercises: ExerciseSummary[];
  targetMuscles: MuscleSummary[];
}

/** Everything the screens show, resolved to one language with the English fallback. */
export interface KioskContent {
  /** The language the text is in (the requested one, or the fallback). */
  language: string;
  languages: LanguageInfo[];
  /** Short hash of the content folder, for diagnostics. */
  version: string;
  station: StationView;
  /** Every station, for staff to pick from. */
  stations: Array<{ id: string; name: string }>;
  bodyMaps: BodyMapView[];
  /** Breathing prompts in the content's language, or null when no sprite is installed. */
  cueSprite: CueSprite | null;
  /** License, author and source of every media file, for the credits view. */
  credits: MediaCredit[];
  muscles: Record<string, MuscleView>;
  exercises: Record<string, ExerciseView>;
}

export interface ContentRequest {
  language: string;
  station: string;
}

/** What staff can change; saved in one settings file. */
export interface KioskSettings {
  /** The language the kiosk starts in and returns to after an idle reset. */
  defaultLanguage: string;
  /** Languages members may pick; empty means every language the content has. */
  enabledLanguages: string[];
  /** The station (machine) this kiosk stands at. */
  station: string;
  /** 0 to 1. */
  volume: number;
  muted: boolean;
  /** Spoken words, a soft tone, or no breathing sound at all. */
  cueSound: 'voice' | 'tone' | 'off';
  /** Seconds without a touch before "Still there?" appears on a member screen. */
  idleTimeoutSeconds: number;
  /** Seconds the "Still there?" countdown runs before the kiosk resets. */
  idleCountdownSeconds: number;
  /** Show the attract loop at start-up and after a reset (else the station home). */
  attractLoop: boolean;
  /** No sound in this daily window (local time, may pass midnight); null for none. */
  quietHours: { start: string; end: string } | null;
}

/** What the renderer polls: which content is live and what went wrong loading the newest. */
export interface KioskStatus {
  contentVersion: string | null;
  /** Problems of the last content load (errors mean the last good content is still shown). */
  contentProblems: Problem[];
  settingsProblems: Problem[];
}

export interface StaffStatus {
  pinConfigured: boolean;
  lockedUntil: number | null;
  attemptsLeft: number;
}

export interface StaffSession {
  token: string;
}

/** One entry of the diagnostics' recent errors. */
export interface LoggedError {
  at: string;
  source: 'content' | 'media' | 'renderer' | 'settings';
  message: string;
}

export interface Diagnostics {
  appVersion: string;
  /** Electron, Chromium and Node versions ("preview" outside Electron). */
  versions: Record<string, string>;
  contentVersion: string | null;
  contentDir: string;
  uptimeSeconds: number;
  problems: Problem[];
  recentErrors: LoggedError[];
}

/** The renderer's only way to the services: preload in Electron, HTTP in the preview. */
export interface KioskBridge {
  getContent(request: ContentRequest): Promise<Result<KioskContent>>;
  getSettings(): Promise<Result<KioskSettings>>;
  /** Staff only: needs the token of an unlocked staff session. */
  saveSettings(token: string, patch: Partial<KioskSettings>): Promise<Result<KioskSettings>>;
  reportError(report: ErrorReport): Promise<Result<null>>;
  staffStatus(): Promise<Result<StaffStatus>>;
  staffUnlock(pin: string): Promise<Result<StaffSession>>;
  staffLock(token: string): Promise<Result<null>>;
  getDiagnostics(token: string): Promise<Result<Diagnostics>>;
  reloadContent(token: string): Promise<Result<{ version: string; problems: Problem[] }>>;
  restartKiosk(token: string): Promise<Result<null>>;
  quitKiosk(token: string): Promise<Result<null>>;
  /** Says the page is alive and which screen it shows; answers with the live status. */
  heartbeat(beat: Heartbeat): Promise<Result<KioskStatus>>;
  /** Main asks for an idle reset the page missed; returns the unsubscribe function. */
  onForceReset(callback: () => void): () => void;
}

export interface ErrorReport {
  source: 'media' | 'renderer';
  message: string;
}

export interface Heartbeat {
  /** The data-screen the page shows. */
  screen: string;
}

/** Request payload type for each channel. */
export interface ChannelRequests {
  'kiosk:get-content': ContentRequest;
  'kiosk:get-settings': undefined;
  'kiosk:save-settings': { token: string; patch: Partial<KioskSettings> };
  'kiosk:heartbeat': Heartbeat;
  'kiosk:report-error': ErrorReport;
  'kiosk:staff-status': undefined;
  'kiosk:staff-unlock': { pin: string };
  'kiosk:staff-lock': { token: string };
  'kiosk:get-diagnostics': { token: string };
  'kiosk:reload-content': { token: string };
  'kiosk:restart-kiosk': { token: string };
  'kiosk:quit-kiosk': { token: string };
}

/** Response value type for each channel. */
export interface ChannelResponses {
  'kiosk:get-content': KioskContent;
  'kiosk:get-settings': KioskSettings;
  'kiosk:save-settings': KioskSettings;
  'kiosk:heartbeat': KioskStatus;
  'kiosk:report-error': null;
  'kiosk:staff-status': StaffStatus;
  'kiosk:staff-unlock': StaffSession;
  'kiosk:staff-lock': null;
  'kiosk:get-diagnostics': Diagnostics;
  'kiosk:reload-content': { version: string; problems: Problem[] };
  'kiosk:restart-kiosk': null;
  'kiosk:quit-kiosk': null;
}

