/** What staff can change: the settings schema (the file and the save request share it); the defaults are in default-settings.ts. */
import * as z from 'zod/mini';
import { ID_PATTERN, LANGUAGE_CODE_PATTERN } from './identifiers';
import { openingHoursSchema } from './opening-hours-schema';

/** How the whole interface is turned, for a screen mounted on its side where the OS cannot rotate it. */
export const ROTATIONS = [0, 90, 180, 270] as const;

const languageCode = z.string().check(z.regex(LANGUAGE_CODE_PATTERN, 'must be a language code like "de"'));
const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "22:00"'));
const between = (min: number, max: number, unit = '') => [z.minimum(min, `must be at least ${min}${unit}`), z.maximum(max, `must be at most ${max}${unit}`)] as const;

/** Every setting with its rule; a settings file and a staff save are both checked against these. */
export const settingsShape = {
  /** The language the kiosk starts in and returns to after an idle reset. */
  defaultLanguage: languageCode,
  /** Languages members may pick; empty means every language the content has. */
  enabledLanguages: z.array(languageCode),
  /** The station (machine) this kiosk stands at. */
  station: z.string().check(z.regex(ID_PATTERN, 'must be a station id like "seated-leg-curl"')),
  /** 0 to 1. */
  volume: z.number().check(z.minimum(0, 'must be between 0 and 1'), z.maximum(1, 'must be between 0 and 1')),
  muted: z.boolean(),
  /** Spoken words, a soft tone, or no breathing sound at all. */
  cueSound: z.enum(['voice', 'tone', 'off']),
  /** Seconds without a touch before "Still there?" appears on a member screen. */
  idleTimeoutSeconds: z.int().check(...between(10, 3600, ' seconds')),
  /** Seconds the "Still there?" countdown runs before the kiosk resets. */
  idleCountdownSeconds: z.int().check(...between(3, 120, ' seconds')),
  /** Show the attract loop at start-up and after a reset (else the station home). */
  attractLoop: z.boolean(),
  /** No sound in this daily window (local time, may pass midnight); null for none. */
  quietHours: z.nullable(
    z.strictObject({ start: clockTime, end: clockTime }).check(z.refine((window) => window.start !== window.end, 'start and end must differ')),
  ),
  /** Degrees clockwise. */
  rotation: z.union(ROTATIONS.map((degrees) => z.literal(degrees))),
  /** When the gym is open; outside these hours the kiosk sleeps. Null: always open. */
  openingHours: z.nullable(openingHoursSchema),
};

/** A settings file: unknown keys are ignored, so a file from a newer or older kiosk still loads. */
export const settingsSchema = z.object(settingsShape);

/** A staff save: any subset of the settings, and nothing else. */
export const settingsPatchSchema = z.partial(z.strictObject(settingsShape));

export type KioskSettings = z.infer<typeof settingsSchema>;

