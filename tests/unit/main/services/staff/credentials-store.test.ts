import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCredentialsStore, LOCKOUT_MS } from '../../../../../main/services/staff/credentials-store';
import { hashPin } from '../../../../../main/services/staff/pin-hash';
import { createStaffAccess } from '../../../../../main/services/staff/staff-access';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-credentials');
const file = () => join(dir(), 'staff.json');

async function storeWith(record: unknown, now = 1_000_000) {
  await writeFile(file(), typeof record === 'string' ? record : JSON.stringify(record));
  const store = createCredentialsStore({ file: file(), now: () => now });
  await store.load();
  return store;
}

describe('staff credentials file', () => {
  it('starts empty without a file and writes only a hash', async () => {
    const store = createCredentialsStore({ file: file() });
    await store.load();
    expect(store.get()).toEqual({ pin: null, failedAttempts: 0, lockedUntil: null });
    await store.save({ pin: await hashPin('2468'), failedAttempts: 0, lockedUntil: null });
    const saved = await readFile(file(), 'utf8');
    expect(saved).not.toContain('2468');
    expect((await storeWith(saved)).get()?.pin?.algorithm).toBe('scrypt');
  });

  it.each([
    ['a cost so high every check would fail', { N: 1 << 22 }, /^field pin\.N /],
    ['a cost that is not a power of two', { N: 20_000 }, /^field pin\.N must be a power of two/],
    ['too many lanes', { p: 64 }, /^field pin\.p /],
    ['a hash of the wrong length', { hash: Buffer.alloc(8).toString('base64') }, /^field pin\.hash must hold 32 bytes/],
    ['a salt that is not base64', { salt: '!!!!!!!!!!!!!!!!!!!!!!!!' }, /^field pin\.salt must be base64/],
  ])('a tampered record (%s) closes staff entry and says how to set a new PIN', async (_name, change, reason) => {
    const pin = { ...(await hashPin('2468')), ...change };
    const store = await storeWith({ pin, failedAttempts: 0, lockedUntil: null });
    expect(store.get()).toBeNull();
    const [problem] = store.problems();
    expect(problem).toMatchObject({ severity: 'error', file: 'staff.json', field: '(whole file)' });
    expect(problem?.reason).toMatch(reason);
    expect(problem?.reason).toContain('To set a new PIN, delete staff.json and start the kiosk with KIOSK_STAFF_PIN');
    const staff = createStaffAccess(store);
    expect(await staff.unlock('2468')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('not valid') } });
    expect(staff.status().pinConfigured).toBe(false);
    // The operator's KIOSK_STAFF_PIN does not silently replace a record that is there but broken.
    await staff.init('1357');
    expect(store.get()).toBeNull();
  });

  it('a lock far in the future (a wrong clock, a hand edit) lasts at most one lockout from now', async () => {
    const now = 1_000_000;
    const store = await storeWith({ pin: await hashPin('2468'), failedAttempts: 0, lockedUntil: now + 365 * 24 * 3600_000 }, now);
    expect(store.get()?.lockedUntil).toBe(now + LOCKOUT_MS);
    expect(createStaffAccess(store, () => now).status().lockedUntil).toBe(now + LOCKOUT_MS);
    expect((await createStaffAccess(store, () => now + LOCKOUT_MS + 1).unlock('2468')).ok).toBe(true);
  });

  it('a file that is not JSON, or a folder in its place, closes staff entry with the reason', async () => {
    expect((await storeWith('{"pin": nul')).problems()[0]?.reason).toMatch(/^is not valid JSON: .*; staff entry is closed/);
    await writeFile(file(), '');
    const asFolder = join(dir(), 'folder.json');
    await mkdir(asFolder);
    const store = createCredentialsStore({ file: asFolder });
    await store.load();
    expect(store.get()).toBeNull();
    expect(store.problems()[0]?.reason).toMatch(/^is not a regular file; staff entry is closed/);
  });
});

describe('staff PIN from the operator\'s config', () => {
  it('staffPinHash is the PIN while it is given, also over a record that could not be read', async () => {
    const store = await storeWith('{"pin": broken');
    const staff = createStaffAccess(store);
    expect(await staff.init(undefined, await hashPin('1357'))).toEqual([]);
    expect((await staff.unlock('1357')).ok).toBe(true);
    // A new hash in kiosk.json replaces the PIN at the next start; the same one changes nothing.
    const next = await hashPin('8642');
    await staff.init(undefined, next);
    expect((await staff.unlock('8642')).ok).toBe(true);
    const before = await readFile(file(), 'utf8');
    await staff.init('0000', next);
    expect(await readFile(file(), 'utf8')).toBe(before);
  });
});

describe('staff record validation', () => {
  const closedBecause = (reason: string) => `${reason}; staff entry is closed. To set a new PIN, delete staff.json and start the kiosk with KIOSK_STAFF_PIN`;
  const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');

  async function loadPin(change: Record<string, unknown>, rest: Record<string, unknown> = {}) {
    const pin = { ...(await hashPin('2468')), ...change };
    return storeWith({ pin, failedAttempts: 0, lockedUntil: null, ...rest });
  }

  it('accepts every cost, salt and count a kiosk or the operator may have written', async () => {
    for (const [change, rest] of [
      [{ N: 1 << 18, r: 1 }, {}], // exactly 32 MiB per check
      [{ N: 1024, r: 16, p: 4 }, {}],
      [{ p: 2 }, {}],
      [{ salt: base64Of(16) }, {}],
      [{ salt: base64Of(64) }, {}],
      [{}, { failedAttempts: 3 }],
      [{}, { failedAttempts: 1000, lockedUntil: 0 }],
    ] as const) {
      const store = await loadPin(change, rest);
      expect(store.problems()).toEqual([]);
      expect(store.get()).toMatchObject({ pin: change, ...rest });
    }
  });

  it('refuses a cost of more than 32 MiB per check, naming N', async () => {
    for (const cost of [{ N: 1 << 18, r: 2 }, { N: 1 << 20, r: 1 }, { N: 1 << 15, r: 16 }]) {
      const store = await loadPin(cost);
      expect(store.get()).toBeNull();
      expect(store.problems()).toEqual([
        { severity: 'error', file: 'staff.json', field: '(whole file)', reason: closedBecause('field pin.N needs more than 32 MiB per check') },
      ]);
    }
  });

  it('refuses a salt or hash of the wrong size, saying the size it must be', async () => {
    for (const salt of [base64Of(15), base64Of(65), base64Of(200)]) {
      expect((await loadPin({ salt })).problems()[0]?.reason).toBe(closedBecause('field pin.salt must hold 16 to 64 bytes'));
    }
    expect((await loadPin({ hash: base64Of(33) })).problems()[0]?.reason).toBe(closedBecause('field pin.hash must hold 32 bytes'));
  });

  it('refuses a salt with anything but base64 before or after it', async () => {
    for (const salt of [`!${base64Of(18)}`, `${base64Of(18)}!`, `${base64Of(18)} `]) {
      expect((await loadPin({ salt })).problems()[0]?.reason).toBe(closedBecause('field pin.salt must be base64'));
    }
  });

  it('refuses a negative count of wrong PINs', async () => {
    expect((await loadPin({}, { failedAttempts: -1 })).problems()[0]?.reason).toMatch(/^field failedAttempts /);
  });
});

describe('staff record problems', () => {
  it('a new store has none, before and after loading without a file', async () => {
    const store = createCredentialsStore({ file: file() });
    expect(store.problems()).toEqual([]);
    await store.load();
    expect(store.problems()).toEqual([]);
  });

  it('reloading a mended file opens staff entry again and forgets the old problem', async () => {
    const store = await storeWith('{"pin": nul');
    expect(store.problems()).toHaveLength(1);
    const record = { pin: await hashPin('2468'), failedAttempts: 2, lockedUntil: null };
    await writeFile(file(), JSON.stringify(record));
    await store.load();
    expect(store.problems()).toEqual([]);
    expect(store.get()).toEqual(record);
    await rm(file());
    await store.load();
    expect(store.get()).toEqual({ pin: null, failedAttempts: 0, lockedUntil: null });
  });

  it('saving a new record over a broken one clears the problem', async () => {
    const store = await storeWith('not json');
    const record = { pin: await hashPin('2468'), failedAttempts: 0, lockedUntil: null };
    await store.save(record);
    expect(store.problems()).toEqual([]);
    expect(store.get()).toEqual(record);
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(record);
  });

  it('a record that cannot be written is not kept either: the old record and its problem stay', async () => {
    const folder = join(dir(), 'kiosk');
    const inFolder = join(folder, 'staff.json');
    await mkdir(folder);
    await writeFile(inFolder, 'not json');
    const store = createCredentialsStore({ file: inFolder });
    await store.load();
    const problems = store.problems();
    expect(problems).toHaveLength(1);
    // The folder turns into a file: nothing can be written there any more.
    await rm(folder, { recursive: true });
    await writeFile(folder, 'a file where the folder should be');
    await expect(store.save({ pin: await hashPin('2468'), failedAttempts: 0, lockedUntil: null })).rejects.toMatchObject({ code: expect.stringMatching(/^E[A-Z]+$/) });
    expect(store.get()).toBeNull();
    expect(store.problems()).toEqual(problems);
  });
});
