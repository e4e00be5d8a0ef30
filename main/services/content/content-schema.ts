/** Zod schemas for every file in a content folder; the loader and the checker share them. */
import { z } from 'zod';
import type { UiText } from '../../../common/content-view';
import { ID_PATTERN, LANGUAGE_CODE_PATTERN } from '../../../common/identifiers';
import type { LoadedCueSprites } from './cue-sprites';
import type { LoadedReadAloud } from './read-aloud-manifests';

const ID_MESSAGE = 'must be kebab-case letters and digits, like "seated-leg-curl"';
const id = z.string().regex(ID_PATTERN, ID_MESSAGE);
const text = z.string().trim().min(1, 'must not be empty');
const textList = z.array(text).min(1, 'must list at least one item');
const relativeMediaPath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, 'must be a path inside the assets folder, like "video/leg-curl.webm"');

export const languagesFileSchema = z.strictObject({
  fallback: z.string().regex(LANGUAGE_CODE_PATTERN, 'must be a language code like "en"'),
  languages: z
    .array(z.strictObject({ code: z.string().regex(LANGUAGE_CODE_PATTERN, 'must be a language code like "de"'), name: text }))
    .min(1, 'must list at least one language'),
});

const mediaCredit = {
  license: text,
  author: text,
  source: text,
};

/** body-maps.json: the guide's drawings, one per view, with their credits. */
export const bodyMapsFileSchema = z.partialRecord(
  z.enum(['back', 'front']),
  z.strictObject({ file: relativeMediaPath.regex(/\.svg$/, 'must be an .svg drawing'), ...mediaCredit }),
);

export const stationSchema = z.strictObject({
  id,
  exercises: z.array(id).min(1, 'a station needs at least one exercise'),
  targetMuscles: z.array(id).min(1, 'a station needs at least one target muscle'),
});

/** Which body-map drawings (assets/images/body-map-<view>.svg) show this muscle as a region. */
export const bodyMapViewSchema = z.enum(['back', 'front']);

export const muscleSchema = z.strictObject({
  id,
  latinName: text,
  bodyMapViews: z.array(bodyMapViewSchema).min(1, 'a muscle must appear on at least one body-map view'),
});

/** One movement phase of a demo video, and the breath that goes with it. */
export const phaseSchema = z.strictObject({
  start: z.number().min(0, 'must be 0 or more seconds'),
  end: z.number().positive('must be more than 0 seconds'),
  kind: z.enum(['concentric', 'eccentric']),
  breath: z.enum(['exhale', 'inhale']),
});

export const exerciseSchema = z.strictObject({
  id,
  primaryMuscles: z.array(id).min(1, 'an exercise needs at least one primary muscle'),
  secondaryMuscles: z.array(id),
  video: z
    .strictObject({
      file: relativeMediaPath.regex(/\.(webm|mp4)$/, 'must be a .webm or .mp4 video'),
      poster: relativeMediaPath.regex(/\.(jpg|jpeg|png|webp)$/, 'must be a .jpg, .png or .webp image'),
      ...mediaCredit,
      durationSeconds: z.number().positive('must be more than 0 seconds'),
      phases: z.array(phaseSchema),
    })
    .nullable(),
});

export const stationTextSchema = z.strictObject({ name: text });

export const muscleTextSchema = z.strictObject({
  name: text,
  group: text,
  origin: text,
  insertion: text,
  innervation: text,
  functions: textList,
  notes: z.array(text),
});

export const exerciseTextSchema = z.strictObject({
  name: text,
  equipment: text,
  courseOfMotion: textList,
  breathing: textList,
  tips: textList,
  variations: z.array(text),
});

/** The text of one record, per namespace (locales/<lng>/<namespace>.json holds one per id). */
export const textRecordSchemas = { stations: stationTextSchema, muscles: muscleTextSchema, exercises: exerciseTextSchema } as const;

export type TextNamespace = keyof typeof textRecordSchemas;

/**
 * A record keyed by `key`: a bad key is reported with `keyMessage`, the words `key` itself would use (zod alone
 * tells a content author only "Invalid key in record").
 */
export function keyedRecord<V extends z.ZodType>(key: z.ZodString, keyMessage: string, value: V) {
  return z.record(key, value, { error: (issue) => (issue.code === 'invalid_key' ? keyMessage : undefined) });
}

/** Text by record id, as locales/<lng>/<namespace>.json holds it. */
const byId = <V extends z.ZodType>(value: V) => keyedRecord(id, ID_MESSAGE, value);

/** The fallback language's files: every record complete, since every other language falls back to it. */
export const textNamespaces = {
  stations: byId(stationTextSchema),
  muscles: byId(muscleTextSchema),
  exercises: byId(exerciseTextSchema),
} as const;

/** Other languages' files: a field may be missing (that field falls back), but what is there must be right. */
export const partialTextNamespaces = {
  stations: byId(stationTextSchema.partial()),
  muscles: byId(muscleTextSchema.partial()),
  exercises: byId(exerciseTextSchema.partial()),
} as const;

/** A ui.json file: words nested by screen, every leaf a string (an empty one falls back), every key a plain name. */
const UI_KEY_MESSAGE = 'must be a key of letters and digits, like "touchToStart"';
export const uiTextSchema: z.ZodType<UiText> = z.lazy(() => keyedRecord(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), UI_KEY_MESSAGE, z.union([z.string(), uiTextSchema])));

export type LanguagesFile = z.infer<typeof languagesFileSchema>;
export type BodyMapsFile = z.infer<typeof bodyMapsFileSchema>;
export type Station = z.infer<typeof stationSchema>;
export type Muscle = z.infer<typeof muscleSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type StationText = z.infer<typeof stationTextSchema>;
export type MuscleText = z.infer<typeof muscleTextSchema>;
export type ExerciseText = z.infer<typeof exerciseTextSchema>;

/** The complete text of one record, per namespace. */
export interface RecordText {
  stations: StationText;
  muscles: MuscleText;
  exercises: ExerciseText;
}

/** One language's text, by namespace and id; complete only in the fallback language. Maps, so an id never meets a prototype key. */
export type LanguageText = { [N in TextNamespace]: Map<string, Partial<RecordText[N]>> };

/** A content folder after validation: language-neutral records and text per language. */
export interface ContentBundle {
  version: string;
  languages: LanguagesFile;
  bodyMaps: BodyMapsFile;
  cueSprites: LoadedCueSprites;
  /** Read-aloud audio made from exactly this text, by language and screen. */
  readAloud: LoadedReadAloud;
  stations: Map<string, Station>;
  muscles: Map<string, Muscle>;
  exercises: Map<string, Exercise>;
  text: Map<string, LanguageText>;
  /** The interface's words by language (locales/<lng>/ui.json). */
  ui: Map<string, UiText>;
}
