/** Staff PINs are kept only as salted scrypt hashes; verification takes constant time. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { pinHashSchema, type PinHash } from './credentials-store';

/** About 50 ms and 16 MiB per check on a kiosk PC: slow for guessing, quick for a trainer. */
const COST = { N: 16_384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, KEY_LENGTH, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, COST);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...COST };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** One line for the operator config (staffPinHash): `scrypt$N$r$p$salt$hash`. */
export function formatPinHash(pin: PinHash): string {
  return ['scrypt', pin.N, pin.r, pin.p, pin.salt, pin.hash].join('$');
}

/** The hash a staffPinHash line stands for, checked like a stored one; null when it is not one. */
export function parsePinHash(line: string): PinHash | null {
  const [algorithm, N, r, p, salt, hash, ...rest] = line.trim().split('$');
  // The schema takes only 'scrypt' as the algorithm.
  if (rest.length > 0) return null;
  const parsed = pinHashSchema.safeParse({ algorithm, N: Number(N), r: Number(r), p: Number(p), salt, hash });
  return parsed.success ? parsed.data : null;
}
