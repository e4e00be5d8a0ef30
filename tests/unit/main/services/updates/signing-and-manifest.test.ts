import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../../../../main/services/updates/bundle-manifest';
import { generateSigningKeys, privateKeyFromPem, publicKeyFromLine, signBytes, verifyBytes } from '../../../../../main/services/updates/signing-keys';

describe('signing keys', () => {
  it('sign a manifest so that only the same bytes and the matching public key verify', () => {
    const keys = generateSigningKeys();
    const other = generateSigningKeys();
    const bytes = Buffer.from('{"version": 3}');
    const signature = signBytes(bytes, privateKeyFromPem(keys.privateKeyPem));
    const publicKey = publicKeyFromLine(keys.publicKey);
    if (!publicKey) throw new Error('the public key should read');
    expect(verifyBytes(bytes, signature, publicKey)).toBe(true);
    expect(verifyBytes(Buffer.from('{"version": 4}'), signature, publicKey)).toBe(false);
    const flipped = Buffer.from(bytes);
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(verifyBytes(flipped, signature, publicKey)).toBe(false);
    expect(verifyBytes(bytes, signature, publicKeyFromLine(other.publicKey) ?? publicKey)).toBe(false);
    expect(verifyBytes(bytes, 'not base64 at all!', publicKey)).toBe(false);
  });

  it('refuse a public key line that is not an Ed25519 key, and a private key of another kind', () => {
    expect(publicKeyFromLine('hello')).toBeNull();
    expect(publicKeyFromLine('')).toBeNull();
    expect(() => privateKeyFromPem('-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n')).toThrow();
  });
});

describe('bundle manifest', () => {
  const file = (path: string) => ({ path, size: 1, sha256: 'a'.repeat(64) });
  const manifest = (files: unknown[]) => ({ format: 1, channel: 'stable', version: 2, publishedAt: '2026-11-25T10:00:00.000Z', files });

  it('accepts files below content/ and assets/', () => {
    expect(manifestSchema.safeParse(manifest([file('content/languages.json'), file('assets/video/leg-curl.webm')])).success).toBe(true);
  });

  it.each([
    ['a path out of its folder', 'content/../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a folder other than content and assets', 'main/index.cjs'],
    ['a hidden file', 'content/.env'],
  ])('refuses %s', (_name, path) => {
    expect(manifestSchema.safeParse(manifest([file(path)])).success).toBe(false);
  });

  it('refuses a file named twice, a hash that is not SHA-256, and a version below 1', () => {
    expect(manifestSchema.safeParse(manifest([file('content/a.json'), file('content/a.json')])).success).toBe(false);
    expect(manifestSchema.safeParse(manifest([{ ...file('content/a.json'), sha256: 'abc' }])).success).toBe(false);
    expect(manifestSchema.safeParse({ ...manifest([file('content/a.json')]), version: 0 }).success).toBe(false);
  });
});
