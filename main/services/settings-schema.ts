/** The settings file's schema and the defaults a new kiosk starts with. */
import { z } from 'zod';
import type { KioskSettings } from '../contract';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like "22:00"');

export const settingsSchema = z.object({
  defaultLanguage: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code like "de"'),
  enabledLanguages: z.array(z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code like "de"')),
  station: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a station id like "seated-leg-curl"'),
  volume: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  muted: z.boolean(),
  cueSound: z.enum(['voice', 'tone', 'off']),
  idleTimeoutSeconds: z.number().int().min(10, 'must be at least 10 seconds').max(3600, 'must be at most 3600 seconds'),
  idleCountdownSeconds: z.number().int().min(3, 'must be at least 3 seconds').max(120, 'must be at most 120 seconds'),
  attractLoop: z.boolean(),
  quietHours: z
    .strictObject({ start: clockTime, end: clockTime })
    .refine((window) => window.start !== window.end, 'start and end must differ')
    .nullable(),
}) satisfies z.ZodType<KioskSettings>;

export const defaultSettings: KioskSettings = {
  defaultLanguage: 'en',
  enabledLanguages: [],
  station: 'seated-leg-curl',
  volume: 0.8,
  muted: false,
  cueSound: 'voice',
  idleTimeoutSeconds: 60,
  idleCountdownSeconds: 10,
  attractLoop: true,
  quietHours: null,
};

/** The staff PIN (salted scrypt hash only) and the lockout after wrong PINs; never sent to the renderer. */
export const staffRecordSchema = z.strictObject({
  pin: z
    .strictObject({
      algorithm: z.literal('scrypt'),
      salt: z.string().min(16),
      hash: z.string().min(16),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
    })
    .nullable(),
  failedAttempts: z.number().int().min(0),
  /** Epoch milliseconds; null when not locked. */
  lockedUntil: z.number().nullable(),
});

export type StaffRecord = z.infer<typeof staffRecordSchema>;

export const emptyStaffRecord: StaffRecord = { pin: null, failedAttempts: 0, lockedUntil: null };
