/** The content team's Ed25519 key pair: the private key signs a bundle's manifest, kiosks check it with the public key. */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export interface SigningKeys {
  /** PKCS#8 PEM, for the publisher only. */
  privateKeyPem: string;
  /** The public key as one line (base64 of its SPKI DER), for kiosk.json's updates.publicKey. */
  publicKey: string;
}

export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

/** A private key from its PEM; throws with a plain reason when it is not an Ed25519 private key. */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`it is a ${key.asymmetricKeyType ?? 'symmetric'} key, not an Ed25519 one`);
  return key;
}

/** The public key from its one-line form; null when the line is not an Ed25519 public key. */
export function publicKeyFromLine(line: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(line.trim(), 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** The detached signature of `data`, base64. */
export function signBytes(data: Buffer, privateKey: KeyObject): string {
  return sign(null, data, privateKey).toString('base64');
}

/** True only for a signature of exactly these bytes by the holder of this public key. */
export function verifyBytes(data: Buffer, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, data, publicKey, Buffer.from(signature.trim(), 'base64'));
  } catch {
    return false;
  }
}
