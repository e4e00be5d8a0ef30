/**
 * The sample configs under deploy/: the one both installers write (deploy/kiosk.json) and the two examples with
 * every documented key (Linux, Windows). Each must be JSON the kiosk's own schema accepts, name a station and
 * languages the content has, and the examples must hold every key the README documents and the schema knows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { operatorConfigSchema } from '../../../main/services/config/operator-config-schema';
import { parsePinHash, verifyPin } from '../../../main/services/staff/pin-hash';
import { ALTERNATIVE_KEYS, DOCUMENTED_KEYS, readText, ROOT } from './deploy-files';

const INSTALLED = 'deploy/kiosk.json';
const EXAMPLES = ['deploy/linux/kiosk.example.json', 'deploy/windows/kiosk.example.json'];

async function readConfig(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readText(file)) as Record<string, unknown>;
}

/** Documented keys a config lacks (an alternative key counts for the one it stands in for). */
function missingKeys(config: Record<string, unknown>): string[] {
  const present = new Set<string>(Object.keys(config).map((key) => ALTERNATIVE_KEYS[key as keyof typeof ALTERNATIVE_KEYS] ?? key));
  return DOCUMENTED_KEYS.filter((key) => !present.has(key));
}

/** What the content folder offers: station ids and language codes. */
async function content(): Promise<{ stations: string[]; languages: string[] }> {
  const stations = (await readdir(`${ROOT}content/stations`)).map((file) => file.replace(/\.json$/, ''));
  const languages = (JSON.parse(await readFile(`${ROOT}content/languages.json`, 'utf8')) as { languages: Array<{ code: string }> }).languages.map((language) => language.code);
  return { stations, languages };
}

function schemaProblems(config: unknown): string[] {
  const parsed = operatorConfigSchema.safeParse(config);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('sample configs', () => {
  it.each([INSTALLED, ...EXAMPLES])('%s is valid kiosk config for the content in this repo', async (file) => {
    const config = await readConfig(file);
    expect(schemaProblems(config)).toEqual([]);
    const { stations, languages } = await content();
    expect(stations).toContain(config.station);
    expect(languages).toContain(config.defaultLanguage);
    for (const language of config.languages as string[]) expect(languages).toContain(language);
  });

  it.each(EXAMPLES)('%s holds every documented key', async (file) => {
    expect(missingKeys(await readConfig(file))).toEqual([]);
  });

  it('the documented keys are the schema\'s keys, so a new key must reach the examples', () => {
    const schemaKeys = Object.keys(operatorConfigSchema.shape).filter((key) => !(key in ALTERNATIVE_KEYS));
    expect([...DOCUMENTED_KEYS].sort()).toEqual(schemaKeys.sort());
  });

  it('the installed sample has a station, languages and opening hours to edit, and no PIN: setup adds the hash', async () => {
    const config = await readConfig(INSTALLED);
    expect(Object.keys(config)).toEqual(expect.arrayContaining(['station', 'defaultLanguage', 'languages', 'openingHours', 'rotation']));
    expect(config).not.toHaveProperty('staffPinHash');
    expect(config).not.toHaveProperty('staffPin');
  });

  it('the checks catch a missing key, a wrong value and a null that the schema does not take', async () => {
    const example = await readConfig(EXAMPLES[0] ?? '');
    const { updates: _updates, ...withoutUpdates } = example;
    expect(missingKeys(withoutUpdates)).toEqual(['updates']);
    expect(schemaProblems({ ...example, rotation: 45 })).not.toEqual([]);
    expect(schemaProblems({ ...example, openingHours: [{ days: ['monday'], open: '06:00', close: '22:00' }] })).not.toEqual([]);
    // Absent means "not used": a null is refused, which is why the samples leave keys out instead.
    expect(schemaProblems({ ...example, publicUrl: null })).not.toEqual([]);
  });

  it('the example staffPinHash is the right shape but no PIN can match it (all-zero key)', async () => {
    for (const file of EXAMPLES) {
      const hash = String((await readConfig(file)).staffPinHash);
      // The shape the kiosk reads: scrypt parameters, a salt and a 32-byte key.
      const parsed = parsePinHash(hash);
      if (!parsed) throw new Error(`${file}: staffPinHash is not a hash the kiosk reads: ${hash}`);
      expect(Buffer.from(parsed.hash, 'base64').equals(Buffer.alloc(32)), file).toBe(true);
      // No PIN derives an all-zero key (a chance of 2^-256), so not even the PIN an installer would try first opens it.
      expect(await verifyPin('0000', parsed), file).toBe(false);
    }
  });
});
