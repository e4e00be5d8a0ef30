/** Staff entry as both sides see it: the PIN rule, the lock state and the session a PIN opens. */

/** A staff PIN is 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;
export const PIN_MAX_LENGTH = 8;

/** Wrong PINs in a row before staff entry locks … */
export const MAX_WRONG_PINS = 5;
/** … and how long it stays locked (a stored lock never lasts longer than this from now). */
export const LOCKOUT_MS = 5 * 60_000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export interface StaffStatus {
  pinConfigured: boolean;
  lockedUntil: number | null;
  attemptsLeft: number;
}

export interface StaffSession {
  token: string;
}
