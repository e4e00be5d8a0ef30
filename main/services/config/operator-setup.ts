/** What the services take from the operator's config: settings under staff changes, the staff PIN, and its problems. */
import type { Problem } from '../../../common/result';
import type { KioskSettings } from '../../../common/settings';
import type { PinHash } from '../staff/credentials-store';
import { parsePinHash } from '../staff/pin-hash';
import { updatesSetup, type UpdatesSetup } from '../updates/updates-setup';
import type { LoadedOperatorConfig } from './operator-config';
import { publicUrlSetup } from './public-url';

export interface OperatorSetup {
  /** The operator's values; staff changes win over them until staff reset. */
  settings: Partial<KioskSettings>;
  /** While kiosk.json has staffPinHash, it is the PIN. */
  pinHash?: PinHash;
  /** A first PIN in digits, hashed in when none is saved yet. */
  firstPin?: string;
  /** What kiosk.json gets wrong, for diagnostics (and the error screen when blocking). */
  problems: Problem[];
  /** kiosk.json is broken and there is no good copy: the page shows its problems instead of the kiosk. */
  blocking: boolean;
  /** Where signed content updates come from; absent when none are configured. */
  updates?: UpdatesSetup;
  /** Where the web export is published (one trailing slash); the kiosk shows QR codes to it. */
  publicUrl?: string;
  /** Display commands for the opening hours (Electron only). */
  displayOffCommand?: string;
  displayOnCommand?: string;
}

export function operatorSetup(loaded: LoadedOperatorConfig, env: NodeJS.ProcessEnv = process.env): OperatorSetup {
  const { config } = loaded;
  const settings: Partial<KioskSettings> = {};
  if (config.station) settings.station = config.station;
  if (config.defaultLanguage) settings.defaultLanguage = config.defaultLanguage;
  if (config.languages) settings.enabledLanguages = config.languages;
  if (config.rotation !== undefined) settings.rotation = config.rotation;
  if (config.openingHours) settings.openingHours = config.openingHours;
  // The schema has checked the line's shape; the numbers inside are checked like a stored hash.
  const pinHash = config.staffPinHash ? parsePinHash(config.staffPinHash) : null;
  const pinProblem: Problem[] =
    config.staffPinHash && !pinHash
      ? [{ severity: 'error', file: 'kiosk.json', field: 'staffPinHash', reason: 'holds a cost or a key of the wrong size: print a new one with npm run staff:hash-pin' }]
      : [];
  const updates = updatesSetup(config.updates, env);
  const share = publicUrlSetup(config.publicUrl, env);
  return {
    settings,
    ...(share.publicUrl ? { publicUrl: share.publicUrl } : {}),
    ...(pinHash ? { pinHash } : {}),
    ...(env.KIOSK_STAFF_PIN ?? config.staffPin ? { firstPin: env.KIOSK_STAFF_PIN ?? config.staffPin } : {}),
    ...(updates.setup ? { updates: updates.setup } : {}),
    problems: [...loaded.problems, ...pinProblem, ...updates.problems, ...share.problems],
    blocking: loaded.blocking,
    ...(config.displayOffCommand ? { displayOffCommand: config.displayOffCommand } : {}),
    ...(config.displayOnCommand ? { displayOnCommand: config.displayOnCommand } : {}),
  };
}

/** Without a config file: defaults, the first PIN from KIOSK_STAFF_PIN and updates from KIOSK_UPDATES_*. */
export function operatorWithoutConfig(env: NodeJS.ProcessEnv = process.env): OperatorSetup {
  const updates = updatesSetup(undefined, env);
  const share = publicUrlSetup(undefined, env);
  return {
    settings: {},
    ...(share.publicUrl ? { publicUrl: share.publicUrl } : {}),
    problems: [...updates.problems, ...share.problems],
    blocking: false,
    ...(env.KIOSK_STAFF_PIN ? { firstPin: env.KIOSK_STAFF_PIN } : {}),
    ...(updates.setup ? { updates: updates.setup } : {}),
  };
}
