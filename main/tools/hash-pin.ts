/**
 * `npm run staff:hash-pin`: asks for a staff PIN twice without showing it and prints the line for kiosk.json's
 * staffPinHash, so the PIN itself is never written into a config file. Reads two lines from a pipe too.
 */
import { createInterface } from 'node:readline';
import { isValidPin } from '../../common/staff';
import { formatPinHash, hashPin } from '../services/staff/pin-hash';

/** Reads one line from a terminal with nothing echoed (Enter ends it, Ctrl+C gives up). */
function askHidden(question: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    // Echo off before the question shows: a PIN typed the moment it appears is never shown.
    input.setRawMode(true);
    process.stderr.write(question);
    input.resume();
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') {
          input.setRawMode(false);
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on('data', onData);
  });
}

/** Two lines from a pipe, for scripts: the PIN and its repetition. */
async function readPiped(): Promise<[string, string]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin })) {
    lines.push(line);
    if (lines.length === 2) break;
  }
  return [lines[0] ?? '', lines[1] ?? ''];
}

async function main(): Promise<number> {
  const [pin, again] = process.stdin.isTTY ? [await askHidden('Staff PIN (4 to 8 digits): '), await askHidden('The same PIN again: ')] : await readPiped();
  if (!isValidPin(pin)) {
    console.error('A staff PIN is 4 to 8 digits; nothing was printed.');
    return 1;
  }
  if (pin !== again) {
    console.error('The two PINs differ; nothing was printed.');
    return 1;
  }
  console.log(formatPinHash(await hashPin(pin)));
  console.error('Put this line in kiosk.json as "staffPinHash", and remove any "staffPin".');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`No PIN hash was made: ${error.message}`);
    process.exit(2);
  },
);
