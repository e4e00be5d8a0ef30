/**
 * Who may change the kiosk: a PIN checked against its scrypt hash, one check at a time, each attempt counted
 * (and saved) before the check; five wrong PINs lock entry for five minutes, also across restarts. An open
 * panel holds a short-lived session token.
 */
import { randomBytes } from 'node:crypto';
import { fail, ok, type KioskError, type Problem, type Result } from '../../../common/result';
import { isValidPin, LOCKOUT_MS, MAX_WRONG_PINS, type StaffSession, type StaffStatus } from '../../../common/staff';
import type { CredentialsStore, PinHash, StaffRecord } from './credentials-store';
import { hashPin, verifyPin } from './pin-hash';

export { LOCKOUT_MS, MAX_WRONG_PINS };
/** A session outlives the panel's own 2-minute close a little; every staff call renews it. */
export const SESSION_TTL_MS = 3 * 60_000;

export interface StaffAccess {
  /**
   * Sets up the PIN: the operator's staffPinHash (kiosk.json) is the PIN whenever it is given; otherwise a first
   * PIN in digits (KIOSK_STAFF_PIN, or staffPin in kiosk.json) is hashed in when none is saved yet. Says why when it cannot.
   */
  init(initialPin?: string, operatorHash?: PinHash): Promise<Problem[]>;
  status(): StaffStatus;
  unlock(pin: string): Promise<Result<StaffSession>>;
  /** True (and renewed) for a live session token. */
  check(token: string): boolean;
  lock(token: string): void;
}

export function createStaffAccess(credentials: CredentialsStore, now: () => number = Date.now, log: (message: string) => void = () => undefined): StaffAccess {
  const sessions = new Map<string, number>();
  let checks: Promise<unknown> = Promise.resolve();
  const denied = (message: string, extra: Partial<KioskError> = {}) => fail('forbidden', message, extra);
  const lockedMessage = 'Too many wrong PINs: staff entry is locked.';

  const status = (): StaffStatus => {
    const record = credentials.get();
    const locked = record?.lockedUntil != null && record.lockedUntil > now();
    return {
      pinConfigured: Boolean(record?.pin),
      lockedUntil: locked ? record.lockedUntil : null,
      attemptsLeft: MAX_WRONG_PINS - (record?.failedAttempts ?? 0),
    };
  };

  /** One check; the caller makes sure only one runs at a time. */
  async function checkPin(pin: string): Promise<Result<StaffSession>> {
    const record = credentials.get();
    if (!record) return denied('Staff entry is closed: the staff record is not valid (see the kiosk log).');
    if (!record.pin) return denied('No staff PIN is set up on this kiosk: the operator sets KIOSK_STAFF_PIN.');
    const lockedUntil = status().lockedUntil;
    if (lockedUntil !== null) return denied(lockedMessage, { lockedUntil });
    // Counted and saved before the slow check, so neither a burst nor a crash mid-check gets a free guess.
    const attempt = record.failedAttempts + 1;
    await credentials.save({ ...record, failedAttempts: attempt, lockedUntil: null });
    let right = false;
    try {
      right = isValidPin(pin) && (await verifyPin(pin, record.pin));
    } catch (error) {
      log(`the staff PIN could not be checked: ${(error as Error).message}`);
    }
    if (right) {
      await credentials.save({ ...record, failedAttempts: 0, lockedUntil: null });
      const token = randomBytes(24).toString('hex');
      sessions.set(token, now() + SESSION_TTL_MS);
      return ok({ token });
    }
    if (attempt >= MAX_WRONG_PINS) {
      const until = now() + LOCKOUT_MS;
      await credentials.save({ ...record, failedAttempts: 0, lockedUntil: until });
      return denied(lockedMessage, { lockedUntil: until });
    }
    return denied('Wrong PIN.', { attemptsLeft: MAX_WRONG_PINS - attempt });
  }

  return {
    async init(initialPin, operatorHash) {
      const record = credentials.get();
      const problem = (file: string, field: string, reason: string): Problem[] => [{ severity: 'error', file, field, reason }];
      const saved = async (next: StaffRecord, file: string, field: string): Promise<Problem[]> => {
        try {
          await credentials.save(next);
          return [];
        } catch (error) {
          return problem(file, field, `could not be saved (${(error as NodeJS.ErrnoException).code ?? 'error'}); staff entry stays as it was`);
        }
      };
      if (operatorHash) {
        if (record?.pin?.hash === operatorHash.hash && record.pin.salt === operatorHash.salt) return [];
        // The operator's hash also mends a record that could not be read: it says what the PIN is.
        return saved({ pin: operatorHash, failedAttempts: record?.failedAttempts ?? 0, lockedUntil: record?.lockedUntil ?? null }, 'kiosk.json', 'staffPinHash');
      }
      if (!record || record.pin || !initialPin) return [];
      if (!isValidPin(initialPin)) return problem('KIOSK_STAFF_PIN', '(environment)', 'must be 4 to 8 digits; staff entry stays closed until it is');
      return saved({ ...record, pin: await hashPin(initialPin) }, 'KIOSK_STAFF_PIN', '(environment)');
    },
    status,
    unlock(pin) {
      const result = checks.then(() => checkPin(pin));
      checks = result.catch(() => undefined);
      return result;
    },
    check(token) {
      const expires = sessions.get(token);
      if (expires === undefined || expires < now()) {
        sessions.delete(token);
        return false;
      }
      sessions.set(token, now() + SESSION_TTL_MS);
      return true;
    },
    lock(token) {
      sessions.delete(token);
    },
  };
}
