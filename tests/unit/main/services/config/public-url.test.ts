import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../../common/result';
import { loadOperatorConfig } from '../../../../../main/services/config/operator-config';
import { operatorSetup, operatorWithoutConfig } from '../../../../../main/services/config/operator-setup';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-public-url');

async function load(config: unknown) {
  await mkdir(join(dir(), 'etc'), { recursive: true });
  await writeFile(join(dir(), 'etc', 'kiosk.json'), JSON.stringify(config));
  return loadOperatorConfig({ file: join(dir(), 'etc', 'kiosk.json'), named: true, lastGoodFile: join(dir(), 'data', 'kiosk.last-good.json') });
}

describe('publicUrl (where members\' phones find the web export)', () => {
  it.each([
    ['https://gym.example.com/exercises/', 'https://gym.example.com/exercises/'],
    ['https://gym.example.com/exercises', 'https://gym.example.com/exercises/'],
    ['https://gym.example.com', 'https://gym.example.com/'],
    ['http://kiosk-site.gym.lan:8080/kiosk//', 'http://kiosk-site.gym.lan:8080/kiosk/'],
  ])('takes %s as %s (one trailing slash, so pages go under it)', async (publicUrl, expected) => {
    const loaded = await load({ publicUrl });
    expect(loaded.problems).toEqual([]);
    expect(operatorSetup(loaded, {}).publicUrl).toBe(expected);
  });

  it.each([
    ['a query', 'https://gym.example.com/?utm_source=kiosk', /no query \(\?…\) or fragment \(#…\)/],
    ['an empty query', 'https://gym.example.com/?', /no query/],
    ['a fragment', 'https://gym.example.com/#kiosk-7', /or fragment/],
    ['a user name and password', 'https://staff:secret@gym.example.com/', /user name or password/],
    ['another scheme', 'ftp://gym.example.com/', /absolute web address/],
    ['no scheme', 'gym.example.com/exercises', /absolute web address/],
    ['a path alone', '/exercises/', /absolute web address/],
    ['a number', 42, /./],
  ])('refuses %s, naming the file, the key and the reason', async (_name, publicUrl, reason) => {
    const loaded = await load({ publicUrl });
    expect(loaded.blocking).toBe(true);
    expect(loaded.problems).toHaveLength(1);
    const [problem] = loaded.problems;
    expect(problem).toMatchObject({ severity: 'error', file: 'kiosk.json', field: 'publicUrl' });
    expect(formatProblem(problem!)).toMatch(/^kiosk\.json › publicUrl: /);
    expect(problem?.reason).toMatch(reason);
  });

  it('KIOSK_PUBLIC_URL wins over the file, and is checked by the same rule', async () => {
    const loaded = await load({ publicUrl: 'https://file.example.com/' });
    expect(operatorSetup(loaded, { KIOSK_PUBLIC_URL: 'https://env.example.com/x' }).publicUrl).toBe('https://env.example.com/x/');
    const bad = operatorSetup(loaded, { KIOSK_PUBLIC_URL: 'https://env.example.com/?ref=kiosk' });
    // A wrong override shows no code at all, rather than sending phones to the address the operator replaced.
    expect(bad.publicUrl).toBeUndefined();
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'KIOSK_PUBLIC_URL', field: 'publicUrl', reason: expect.stringMatching(/no query .*; no QR code is shown/) })]);
  });

  it('without a config file, KIOSK_PUBLIC_URL alone sets it; without either there is none', () => {
    expect(operatorWithoutConfig({ KIOSK_PUBLIC_URL: 'https://gym.example.com' }).publicUrl).toBe('https://gym.example.com/');
    expect(operatorWithoutConfig({}).publicUrl).toBeUndefined();
    expect(operatorWithoutConfig({ KIOSK_PUBLIC_URL: 'not a url' }).problems).toEqual([expect.objectContaining({ file: 'KIOSK_PUBLIC_URL' })]);
  });
});
