import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../../main/services/staff/pin-hash';
import { createCredentialsStore, type PinHash } from '../../../../../main/services/staff/credentials-store';
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
    let settled = false;
    const pending = staff.unlock('0000').finally(() => {
      settled = true;
    });
    // The count is saved before the slow scrypt check finishes: watch the file until the answer comes.
    let counted = 0;
    while (!settled && counted === 0) counted = JSON.parse(await readFile(join(dir(), 'staff.json'), 'utf8')).failedAttempts;
    expect(counted).toBe(1);
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

describe('what staff are told', () => {
  it('each wrong PIN says so and how many are left, the fifth locks with the lock\'s end, and so does every try until then', async () => {
    const clock = { now: 1_000_000 };
    const staff = await startStaff(clock, '2468');
    expect(staff.status()).toEqual({ pinConfigured: true, lockedUntil: null, attemptsLeft: 5 });
    expect(await staff.unlock('1111')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Wrong PIN.', attemptsLeft: 4 } });
    expect(await staff.unlock('12')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Wrong PIN.', attemptsLeft: 3 } });
    expect(staff.status()).toEqual({ pinConfigured: true, lockedUntil: null, attemptsLeft: 3 });
    await staff.unlock('1111');
    await staff.unlock('1111');
    const until = clock.now + LOCKOUT_MS;
    expect(await staff.unlock('1111')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Too many wrong PINs: staff entry is locked.', lockedUntil: until } });
    clock.now += 1_000;
    expect(await staff.unlock('2468')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Too many wrong PINs: staff entry is locked.', lockedUntil: until } });
    expect(staff.status()).toEqual({ pinConfigured: true, lockedUntil: until, attemptsLeft: 5 });
  });

  it('the lock ends at exactly its end time', async () => {
    const clock = { now: 1_000_000 };
    const staff = await startStaff(clock, '2468');
    for (let attempt = 0; attempt < MAX_WRONG_PINS; attempt += 1) await staff.unlock('1111');
    const until = clock.now + LOCKOUT_MS;
    clock.now = until - 1;
    expect(staff.status().lockedUntil).toBe(until);
    clock.now = until;
    expect(staff.status().lockedUntil).toBeNull();
    expect((await staff.unlock('2468')).ok).toBe(true);
  });

  it('with no PIN set up, or a record that is not valid, says which', async () => {
    const none = await startStaff({ now: 0 });
    expect(none.status()).toEqual({ pinConfigured: false, lockedUntil: null, attemptsLeft: 5 });
    expect(await none.unlock('2468')).toEqual({ ok: false, error: { code: 'forbidden', message: 'No staff PIN is set up on this kiosk: the operator sets KIOSK_STAFF_PIN.' } });

    await writeFile(join(dir(), 'staff.json'), '{"pin": nul');
    const closed = await startStaff({ now: 0 }, '2468');
    expect(closed.status()).toEqual({ pinConfigured: false, lockedUntil: null, attemptsLeft: 5 });
    expect(await closed.unlock('2468')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Staff entry is closed: the staff record is not valid (see the kiosk log).' } });
  });

  it('a hash scrypt cannot check (given around the schema) never opens staff entry, and the log says why', async () => {
    const credentials = createCredentialsStore({ file: join(dir(), 'staff.json') });
    await credentials.load();
    const log: string[] = [];
    const staff = createStaffAccess(credentials, Date.now, (message) => log.push(message));
    // 1 GiB per check: over the memory scrypt may use.
    expect(await staff.init(undefined, { ...(await hashPin('2468')), N: 1 << 20, r: 8 })).toEqual([]);
    expect(await staff.unlock('2468')).toEqual({ ok: false, error: { code: 'forbidden', message: 'Wrong PIN.', attemptsLeft: 4 } });
    expect(log).toEqual([expect.stringMatching(/^the staff PIN could not be checked: \S.*memory/)]);
  });
});

describe('staff sessions', () => {
  async function openSession(clock: { now: number }) {
    const staff = await startStaff(clock, '2468');
    const result = await staff.unlock('2468');
    if (!result.ok) throw new Error(result.error.message);
    return { staff, token: result.value.token };
  }

  it('last three minutes without use, up to and including their last millisecond', async () => {
    expect(SESSION_TTL_MS).toBe(3 * 60_000);
    const clock = { now: 1_000 };
    const { staff, token } = await openSession(clock);
    const opened = clock.now;
    clock.now = opened + 3 * 60_000;
    expect(staff.check(token)).toBe(true);
    const renewed = clock.now;
    clock.now = renewed + 3 * 60_000 + 1;
    expect(staff.check(token)).toBe(false);
    // An expired token stays expired.
    clock.now = renewed;
    expect(staff.check(token)).toBe(false);
  });

  it('every use renews a session for another three minutes', async () => {
    const clock = { now: 1_000 };
    const { staff, token } = await openSession(clock);
    for (let use = 0; use < 4; use += 1) {
      clock.now += 2 * 60_000;
      expect(staff.check(token)).toBe(true);
    }
  });

  it('an unknown token, or one from another kiosk start, opens nothing', async () => {
    const clock = { now: 1_000 };
    const { token } = await openSession(clock);
    const restarted = await startStaff(clock);
    expect(restarted.check(token)).toBe(false);
    expect(restarted.check('')).toBe(false);
  });
});

describe('the operator\'s staffPinHash', () => {
  const staffFile = () => join(dir(), 'staff.json');

  async function startWith(clock: { now: number }, operatorHash?: PinHash, initialPin?: string) {
    const credentials = createCredentialsStore({ file: staffFile(), now: () => clock.now });
    await credentials.load();
    const staff = createStaffAccess(credentials, () => clock.now);
    return { staff, problems: await staff.init(initialPin, operatorHash) };
  }

  it('sets the PIN on a kiosk that has none yet', async () => {
    const { staff, problems } = await startWith({ now: 0 }, await hashPin('1357'));
    expect(problems).toEqual([]);
    expect((await staff.unlock('1357')).ok).toBe(true);
  });

  it('given again unchanged at the next start, does not rewrite staff.json', async () => {
    const clock = { now: 0 };
    const hash = await hashPin('1357');
    await startWith(clock, hash);
    const before = await stat(staffFile());
    const { problems } = await startWith(clock, hash, '2468');
    expect(problems).toEqual([]);
    const after = await stat(staffFile());
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('with a new salt is a new hash, even where the hash bytes are the same', async () => {
    const clock = { now: 0 };
    const hash = await hashPin('1357');
    await startWith(clock, hash);
    const salted = { ...hash, salt: Buffer.alloc(16, 1).toString('base64') };
    expect((await startWith(clock, salted)).problems).toEqual([]);
    expect(JSON.parse(await readFile(staffFile(), 'utf8')).pin).toEqual(salted);
  });

  it('a new one keeps the count of wrong PINs and the lock: changing the PIN is no way around them', async () => {
    const clock = { now: 1_000_000 };
    const first = await startWith(clock, await hashPin('1357'));
    await first.staff.unlock('0000');
    await first.staff.unlock('0000');
    const second = await startWith(clock, await hashPin('2468'));
    expect(second.staff.status()).toEqual({ pinConfigured: true, lockedUntil: null, attemptsLeft: 3 });
    for (let attempt = 0; attempt < 3; attempt += 1) await second.staff.unlock('0000');
    const third = await startWith(clock, await hashPin('9753'));
    expect(third.staff.status()).toEqual({ pinConfigured: true, lockedUntil: clock.now + LOCKOUT_MS, attemptsLeft: 5 });
    expect((await third.staff.unlock('9753')).ok).toBe(false);
  });
});

describe('setting up the PIN', () => {
  it('has nothing to say when there is nothing to set up, or a PIN is already saved', async () => {
    const credentials = createCredentialsStore({ file: join(dir(), 'staff.json') });
    await credentials.load();
    const staff = createStaffAccess(credentials);
    expect(await staff.init()).toEqual([]);
    expect(await staff.init('')).toEqual([]);
    expect(await staff.init('2468')).toEqual([]);
    expect(await staff.init('1357')).toEqual([]);
    expect((await staff.unlock('2468')).ok).toBe(true);
  });

  it('says where a PIN came from when it cannot be saved, and staff entry stays as it was', async () => {
    const folder = join(dir(), 'kiosk');
    await writeFile(folder, 'a file where the folder should be');
    const credentials = createCredentialsStore({ file: join(folder, 'staff.json') });
    await credentials.load();
    const staff = createStaffAccess(credentials);
    const reason = expect.stringMatching(/^could not be saved \(E[A-Z]+\); staff entry stays as it was$/);
    expect(await staff.init('2468')).toEqual([{ severity: 'error', file: 'KIOSK_STAFF_PIN', field: '(environment)', reason }]);
    expect(staff.status().pinConfigured).toBe(false);
    expect(await staff.init(undefined, await hashPin('1357'))).toEqual([{ severity: 'error', file: 'kiosk.json', field: 'staffPinHash', reason }]);
    expect(staff.status().pinConfigured).toBe(false);
    expect((await staff.unlock('1357')).ok).toBe(false);
  });
});
