import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../../main/services/staff/pin-hash';
import { createCredentialsStore } from '../../../../../main/services/staff/credentials-store';
import { createStaffAccess, LOCKOUT_MS, MAX_WRONG_PINS, SESSION_TTL_MS } from '../../../../../main/services/staff/staff-access';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-staff');

async function startStaff(clock: { now: number }, initialPin?: string) {
  const credentials = createCredentialsStore({ file: join(dir(), 'staff.json'), now: () => clock.now });
  await credentials.load();
  const staff = createStaffAccess(credentials, () => clock.now);
  await staff.init(initialPin);
  return staff;
}

describe('PIN hashing', () => {
  it('stores a salted scrypt hash, never the PIN, and verifies only the right PIN', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first.algorithm).toBe('scrypt');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(JSON.stringify(first)).not.toContain('2468');
    expect(await verifyPin('2468', first)).toBe(true);
    expect(await verifyPin('2469', first)).toBe(false);
  });
});

describe('staff access', () => {
  it('has no working PIN until the operator sets one', async () => {
    const staff = await startStaff({ now: 0 });
    expect(staff.status().pinConfigured).toBe(false);
    expect(await staff.unlock('0000')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('stores the operator\'s PIN only as a hash, in its own file', async () => {
    await startStaff({ now: 0 }, '2468');
    const file = await readFile(join(dir(), 'staff.json'), 'utf8');
    expect(file).not.toContain('2468');
    expect(JSON.parse(file).pin.algorithm).toBe('scrypt');
  });

  it('refuses a PIN that is not 4 to 8 digits as the initial PIN, says why, and keeps staff entry closed', async () => {
    const credentials = createCredentialsStore({ file: join(dir(), 'staff.json') });
    await credentials.load();
    const staff = createStaffAccess(credentials);
    expect(await staff.init('12')).toEqual([{ severity: 'error', file: 'KIOSK_STAFF_PIN', field: '(environment)', reason: 'must be 4 to 8 digits; staff entry stays closed until it is' }]);
    expect(staff.status().pinConfigured).toBe(false);
  });

  it('opens a session with the right PIN; the session ends when locked or after its time', async () => {
    const clock = { now: 1_000 };
    const staff = await startStaff(clock, '2468');
    const result = await staff.unlock('2468');
    if (!result.ok) throw new Error(result.error.message);
    expect(staff.check(result.value.token)).toBe(true);
    clock.now += SESSION_TTL_MS + 1;
    expect(staff.check(result.value.token)).toBe(false);
    const again = await staff.unlock('2468');
    if (!again.ok) throw new Error(again.error.message);
    staff.lock(again.value.token);
    expect(staff.check(again.value.token)).toBe(false);
  });

  it('locks for five minutes after five wrong PINs, and the lock survives a restart', async () => {
    const clock = { now: 1_000_000 };
    const staff = await startStaff(clock, '2468');
    for (let attempt = 1; attempt < MAX_WRONG_PINS; attempt += 1) {
      expect(await staff.unlock('1111')).toMatchObject({ ok: false, error: { attemptsLeft: MAX_WRONG_PINS - attempt } });
    }
    expect(await staff.unlock('1111')).toMatchObject({ ok: false, error: { lockedUntil: clock.now + LOCKOUT_MS } });

    const restarted = await startStaff(clock, '2468');
    expect(restarted.status().lockedUntil).toBe(clock.now + LOCKOUT_MS);
    expect((await restarted.unlock('2468')).ok).toBe(false);
    clock.now += LOCKOUT_MS + 1;
    expect((await restarted.unlock('2468')).ok).toBe(true);
    expect(restarted.status()).toMatchObject({ lockedUntil: null, attemptsLeft: MAX_WRONG_PINS });
  });

  it('keeps a saved PIN when the operator\'s initial PIN changes later', async () => {
    await startStaff({ now: 0 }, '2468');
    const staff = await startStaff({ now: 0 }, '9999');
    expect((await staff.unlock('2468')).ok).toBe(true);
    expect((await staff.unlock('9999')).ok).toBe(false);
  });
});

describe('staff access under attack', () => {
  it('300 concurrent wrong guesses get at most 5 PIN checks, and then even the right PIN is refused', async () => {
    const clock = { now: 1_000_000 };
    const credentials = createCredentialsStore({ file: join(dir(), 'staff.json'), now: () => clock.now });
    await credentials.load();
    const staff = createStaffAccess(credentials, () => clock.now);
    await staff.init('2468');
    // Each evaluated guess is counted (and saved) before its check: count those saves.
    let evaluated = 0;
    const save = credentials.save.bind(credentials);
    credentials.save = async (record) => {
      if (record.failedAttempts > 0) evaluated += 1;
      return save(record);
    };
    const answers = await Promise.all(Array.from({ length: 300 }, (_, index) => staff.unlock(String(1000 + index))));
    expect(evaluated).toBe(MAX_WRONG_PINS);
    expect(answers.every((answer) => !answer.ok)).toBe(true);
    expect(answers.filter((answer) => !answer.ok && answer.error.attemptsLeft !== undefined)).toHaveLength(MAX_WRONG_PINS - 1);
    expect((await staff.unlock('2468')).ok).toBe(false);
    expect(evaluated).toBe(MAX_WRONG_PINS);
    const restarted = await startStaff(clock);
    expect(await restarted.unlock('2468')).toMatchObject({ ok: false, error: { lockedUntil: clock.now + LOCKOUT_MS } });
  });

  it('an attempt is counted on disk before the PIN is checked, so a crash mid-check costs the attempt', async () => {
    const clock = { now: 0 };
    const staff = await startStaff(clock, '2468');
    const pending = staff.unlock('0000');
    // The count is saved before the slow scrypt check finishes.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(JSON.parse(await readFile(join(dir(), 'staff.json'), 'utf8')).failedAttempts).toBe(1);
    expect(await pending).toMatchObject({ ok: false, error: { attemptsLeft: MAX_WRONG_PINS - 1 } });
  });

  it('a right PIN resets the count', async () => {
    const clock = { now: 0 };
    const staff = await startStaff(clock, '2468');
    await staff.unlock('0000');
    await staff.unlock('0000');
    expect((await staff.unlock('2468')).ok).toBe(true);
    expect(staff.status().attemptsLeft).toBe(MAX_WRONG_PINS);
  });
});
