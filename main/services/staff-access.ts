/**
 * Who may change the kiosk: a PIN checked against its scrypt hash, five wrong PINs lock entry for five
 * minutes (saved, so a restart does not lift it), and a short-lived session token for the open panel.
 */
import { randomBytes } from 'node:crypto';
import type { KioskError, Result, StaffSession, StaffStatus } from '../contract';
import { hashPin, isValidPin, verifyPin } from './pin-hash';
import type { SettingsStore } from './settings-store';

export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 5 * 60_000;
/** A session outlives the panel's own 2-minute close a little; every staff call renews it. */
export const SESSION_TTL_MS = 3 * 60_000;

export interface StaffAccess {
  /** Stores the operator's initial PIN (KIOSK_STAFF_PIN) when none is saved yet. */
  init(initialPin?: string): Promise<void>;
  status(): StaffStatus;
  unlock(pin: string): Promise<Result<StaffSession>>;
  /** True (and renewed) for a live session token. */
  check(token: string): boolean;
  lock(token: string): void;
}

export function createStaffAccess(settings: SettingsStore, now: () => number = Date.now): StaffAccess {
  const sessions = new Map<string, number>();
  const denied = (message: string, extra: Partial<KioskError> = {}): Result<never> => ({ ok: false, error: { code: 'forbidden', message, ...extra } });

  const status = (): StaffStatus => {
    const record = settings.getStaff();
    const locked = record.lockedUntil !== null && record.lockedUntil > now();
    return {
      pinConfigured: record.pin !== null,
      lockedUntil: locked ? record.lockedUntil : null,
      attemptsLeft: MAX_WRONG_PINS - record.failedAttempts,
    };
  };

  return {
    async init(initialPin) {
      if (settings.getStaff().pin || !initialPin) return;
      if (!isValidPin(initialPin)) throw new Error('KIOSK_STAFF_PIN must be 4 to 8 digits');
      await settings.saveStaff({ ...settings.getStaff(), pin: await hashPin(initialPin) });
    },
    status,
    async unlock(pin) {
      const record = settings.getStaff();
      if (!record.pin) return denied('No staff PIN is set up on this kiosk: the operator sets KIOSK_STAFF_PIN.');
      const current = status();
      if (current.lockedUntil !== null) return denied('Too many wrong PINs: staff entry is locked.', { lockedUntil: current.lockedUntil });
      if (isValidPin(pin) && (await verifyPin(pin, record.pin))) {
        await settings.saveStaff({ ...record, failedAttempts: 0, lockedUntil: null });
        const token = randomBytes(24).toString('hex');
        sessions.set(token, now() + SESSION_TTL_MS);
        return { ok: true, value: { token } };
      }
      const failed = record.failedAttempts + 1;
      if (failed >= MAX_WRONG_PINS) {
        const lockedUntil = now() + LOCKOUT_MS;
        await settings.saveStaff({ ...record, failedAttempts: 0, lockedUntil });
        return denied('Too many wrong PINs: staff entry is locked.', { lockedUntil });
      }
      await settings.saveStaff({ ...record, failedAttempts: failed, lockedUntil: null });
      return denied('Wrong PIN.', { attemptsLeft: MAX_WRONG_PINS - failed });
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
