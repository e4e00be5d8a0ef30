import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
