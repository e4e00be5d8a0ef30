/** `npm run content:keygen -- --out DIR`: the content team's signing key pair (the private key stays with them). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSigningKeys } from '../services/updates/signing-keys';

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } });
  if (!values.out) {
    console.error('Usage: npm run content:keygen -- --out DIR');
    return 2;
  }
  const out = resolve(values.out);
  const keys = generateSigningKeys();
  await mkdir(out, { recursive: true });
  // 'wx': an existing key is never overwritten; losing it would strand every kiosk that trusts it.
  await writeFile(join(out, 'content-signing.key'), keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  await writeFile(join(out, 'content-signing.pub'), `${keys.publicKey}\n`, { mode: 0o644, flag: 'wx' });
  console.log(keys.publicKey);
  console.error(`Wrote ${join(out, 'content-signing.key')} (keep it secret: it signs content for every kiosk) and content-signing.pub.`);
  console.error('Put the public key above into each kiosk\'s kiosk.json as updates.publicKey.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EEXIST' ? `No keys written: ${error.path} already exists (a new pair would strand the kiosks that trust the old one).` : `No keys written: ${error.message}`);
    process.exit(1);
  },
);
