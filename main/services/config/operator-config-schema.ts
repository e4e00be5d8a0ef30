/** The operator's one config file (kiosk.json): every key an installer may set, with its rule. */
import { z } from 'zod';
import { ID_PATTERN, LANGUAGE_CODE_PATTERN } from '../../../common/identifiers';
import { openingHoursSchema } from '../../../common/opening-hours-schema';
import { PIN_PATTERN } from '../../../common/staff';
import { ROTATIONS } from '../../../common/settings';

const languageCode = z.string().regex(LANGUAGE_CODE_PATTERN, 'must be a language code like "de"');
const folder = z.string().trim().min(1, 'must be a folder path');
const command = z.string().trim().min(1, 'must be a command line, like "echo \'standby 0\' | cec-client -s -d 1"');
/** HTTPS only; plain HTTP is allowed on this machine itself (a test origin, a local mirror). */
const webAddress = z
  .url({ protocol: /^https?$/, error: 'must be a web address like "https://kiosk.example.com/"' })
  .refine((address) => address.startsWith('https://') || /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?\//.test(address), 'must use https:// (plain http only on this machine)');

/**
 * Where members' phones open the web export: http or https (a gym may host it on its own network), and nothing
 * that could identify or track anyone: no query, no fragment, no user name or password.
 */
export const publicUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an absolute web address like "https://gym.example.com/exercises/"' })
  .refine((address) => !address.includes('?') && !address.includes('#'), 'must have no query (?…) or fragment (#…): the QR code carries nothing that could track a member')
  .refine((address) => !/^https?:\/\/[^/]*@/.test(address), 'must not hold a user name or password');

/** `scrypt$N$r$p$salt$hash`, as `npm run staff:hash-pin` prints it. */
export const PIN_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;

export const operatorConfigSchema = z.strictObject({
  /** The station (machine) this kiosk stands at. */
  station: z.string().regex(ID_PATTERN, 'must be a station id like "seated-leg-curl"').optional(),
  /** The language the kiosk starts in and returns to after each member. */
  defaultLanguage: languageCode.optional(),
  /** The languages members may pick; absent: every language the content has. */
  languages: z.array(languageCode).min(1, 'must list at least one language').optional(),
  /** The content folder; relative paths are taken from the config file's folder. */
  contentDir: folder.optional(),
  /** The media folder; relative paths are taken from the config file's folder. */
  assetsDir: folder.optional(),
  /** The staff PIN as printed by `npm run staff:hash-pin`; while present it is the PIN. */
  staffPinHash: z.string().regex(PIN_HASH_PATTERN, 'must be the line "npm run staff:hash-pin" prints, like "scrypt$16384$8$1$…$…"').optional(),
  /** A first PIN in plain digits, hashed at the first start; then remove it (a warning says so while it stays). */
  staffPin: z.string().regex(PIN_PATTERN, 'must be 4 to 8 digits').optional(),
  /** When the gym is open; absent: always open. */
  openingHours: z.optional(openingHoursSchema),
  /** Degrees clockwise, for a screen mounted on its side. */
  rotation: z.union(ROTATIONS.map((degrees) => z.literal(degrees))).optional(),
  /** Where members' phones find the exercise (the static web export); the exercise and muscle screens show a QR code to it. */
  publicUrl: publicUrlSchema.optional(),
  /** Where signed content and app updates are published; used by a later feature. */
  updates: z
    .strictObject({
      url: webAddress,
      publicKey: z.string().trim().min(1, 'must be the public key content:keygen printed'),
      intervalMinutes: z.number().int().min(1, 'must be at least 1 minute').max(24 * 60, 'must be at most 1440 minutes').optional(),
      channel: z.string().regex(ID_PATTERN, 'must be a channel name like "stable"').optional(),
      /** Local hour (0–23) in which a kiosk that never sleeps may install an app update while it rests. */
      installHour: z.number().int().min(0, 'must be an hour from 0 to 23').max(23, 'must be an hour from 0 to 23').optional(),
    })
    .optional(),
  /** Run when the gym closes, e.g. to switch the display off over HDMI-CEC. */
  displayOffCommand: command.optional(),
  /** Run when the gym opens, or a member wakes the kiosk while it is closed. */
  displayOnCommand: command.optional(),
});

export type OperatorConfig = z.infer<typeof operatorConfigSchema>;
