import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PinHash } from '../../../../../main/services/staff/credentials-store';
import { formatPinHash, hashPin, parsePinHash, verifyPin } from '../../../../../main/services/staff/pin-hash';

/** A hash made the way another tool (or an older kiosk) would, with its own scrypt cost. */
function hashWithCost(pin: string, cost: { N: number; r: number; p: number }): PinHash {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, 32, { ...cost, maxmem: 64 * 1024 * 1024 });
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...cost };
}

describe('PIN verification', () => {
  it('checks a PIN with the cost stored beside its hash, not with today\'s default cost', async () => {
    const cheap = hashWithCost('2468', { N: 1024, r: 1, p: 2 });
    expect(await verifyPin('2468', cheap)).toBe(true);
    expect(await verifyPin('2469', cheap)).toBe(false);
  });

  it('can check a hash at the highest cost a staff record may hold (32 MiB per check)', async () => {
    const dearest = hashWithCost('13579', { N: 32_768, r: 8, p: 1 });
    expect(await verifyPin('13579', dearest)).toBe(true);
  });

  it('says no, without throwing, to a hash of the wrong length', async () => {
    const short = { ...(await hashPin('2468')), hash: Buffer.alloc(16).toString('base64') };
    expect(await verifyPin('2468', short)).toBe(false);
  });
});

describe('staffPinHash lines', () => {
  it('are written as scrypt$N$r$p$salt$hash and read back to the same hash', async () => {
    const hash = await hashPin('2468');
    const line = formatPinHash(hash);
    expect(line).toBe(`scrypt$16384$8$1$${hash.salt}$${hash.hash}`);
    expect(parsePinHash(line)).toEqual(hash);
    const parsed = parsePinHash(line);
    expect(parsed && (await verifyPin('2468', parsed))).toBe(true);
  });

  it('may carry spaces or a line break around them (a hand-edited kiosk.json)', async () => {
    const hash = await hashPin('2468');
    expect(parsePinHash(`  ${formatPinHash(hash)}\r\n`)).toEqual(hash);
  });

  it('are refused when they are not exactly one scrypt hash', async () => {
    const hash = await hashPin('2468');
    const line = formatPinHash(hash);
    expect(parsePinHash(`${line}$extra`)).toBeNull();
    expect(parsePinHash(`${line}$`)).toBeNull();
    expect(parsePinHash(line.replace(/^scrypt/, 'bcrypt'))).toBeNull();
    expect(parsePinHash(line.replace('$16384$', '$20000$'))).toBeNull();
    expect(parsePinHash(line.replace('$16384$', '$many$'))).toBeNull();
    expect(parsePinHash(['scrypt', 16_384, 8, 1, hash.salt].join('$'))).toBeNull();
    expect(parsePinHash('')).toBeNull();
    expect(parsePinHash('2468')).toBeNull();
  });
});
