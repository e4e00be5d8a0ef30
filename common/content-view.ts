/** What the screens show: the content already resolved to one language, with the English fallback filled in. */

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

export type BodyMapViewName = 'back' | 'front';

/** One sentence of a screen's read-aloud audio: the field it reads ("name", "courseOfMotion[2]") and where it lies, in ms. */
export interface ReadAloudSentence {
  field: string;
  start: number;
  duration: number;
}

/** A screen's text spoken in the content's language, made from exactly the text on screen (stale audio is left out). */
export interface ReadAloud {
  language: string;
  /** Asset paths, best format first. */
  src: string[];
  sentences: ReadAloudSentence[];
}

/** A muscle card, already in one language. */
export interface MuscleView {
  id: string;
  name: string;
  latinName: string;
  bodyMapViews: BodyMapViewName[];
  group: string;
  origin: string;
  insertion: string;
  innervation: string;
  functions: string[];
  notes: string[];
  primaryExercises: ExerciseSummary[];
  secondaryExercises: ExerciseSummary[];
  /** The card read aloud, or null when its audio is missing or was made from another text. */
  readAloud: ReadAloud | null;
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
  /** Course of motion, breathing and tips read aloud, or null when the audio is missing or was made from another text. */
  readAloud: ReadAloud | null;
}

/** A body-map drawing for the guide, with its credits. */
export interface BodyMapView extends MediaCredit {
  view: BodyMapViewName;
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

/** The interface's own words in one language (a content folder's locales/<lng>/ui.json), nested by screen. */
export interface UiText {
  [key: string]: string | UiText;
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
  /** The interface's words by language (every language: the attract loop calls out in each). */
  ui: Record<string, UiText>;
}

export interface ContentRequest {
  language: string;
  station: string;
}
