import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { type AudioFile, audioFileSchema, loadCueSprites } from '../../../../../main/services/content/cue-sprites';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-cue-sprites');
const credit = { license: 'CC0-1.0', author: 'Gym Floor Kiosk maintainers', source: 'espeak-ng' };
const audio: AudioFile = { breathingPrompts: { sprite: 'audio/{lng}/prompts.json', ...credit } };
const CUES = { exhale: [0, 628], inhale: [928, 607], 'tone-exhale': [1835, 770], 'tone-inhale': [2905, 770] };

/** An assets folder with the embedded English prompts under every code given (real WebM and MP3 files). */
async function assetsWith(...codes: string[]): Promise<string> {
  const assets = join(dir(), 'assets');
  for (const code of codes) {
    await mkdir(join(assets, 'audio', code), { recursive: true });
    for (const file of ['prompts.webm', 'prompts.mp3']) await cp(join('assets/audio/en', file), join(assets, 'audio', code, file));
    await writeSprite(assets, code, { src: ['prompts.webm', 'prompts.mp3'], sprite: CUES });
  }
  return assets;
}

const writeSprite = (assets: string, code: string, sprite: unknown) => writeFile(join(assets, 'audio', code, 'prompts.json'), typeof sprite === 'string' ? sprite : JSON.stringify(sprite));

async function load(assets: string, codes: string[]) {
  const problems: Problem[] = [];
  const loaded = await loadCueSprites(audio, codes, 'en', assets, problems);
  return { loaded, problems };
}

describe('breathing-prompt sprites', () => {
  it('loads each language\'s sprite with its files beside it, and credits every file', async () => {
    const { loaded, problems } = await load(await assetsWith('en', 'de'), ['en', 'de']);
    expect(problems).toEqual([]);
    expect([...loaded.sprites.keys()]).toEqual(['en', 'de']);
    expect(loaded.sprites.get('de')).toEqual({ src: ['audio/de/prompts.webm', 'audio/de/prompts.mp3'], sprite: CUES });
    expect(loaded.credits).toEqual(['en', 'de'].flatMap((code) => [{ file: `audio/${code}/prompts.webm`, ...credit }, { file: `audio/${code}/prompts.mp3`, ...credit }]));
    // The embedded sprites load the same way.
    expect((await load('assets', ['en'])).problems).toEqual([]);
  });

  it('a missing sprite is an error for the fallback language, and a warning naming the fallback for another', async () => {
    const { loaded, problems } = await load(await assetsWith(), ['en', 'de']);
    expect(problems).toEqual([
      { severity: 'error', file: 'audio/en/prompts.json', field: '(whole file)', reason: 'is not in the assets folder' },
      { severity: 'warning', file: 'audio/de/prompts.json', field: '(whole file)', reason: 'is not in the assets folder; members hear the en prompts' },
    ]);
    expect(loaded).toEqual({ sprites: new Map(), credits: [] });
  });

  it('a sprite that is a folder, or not JSON, says why and loads nothing for that language', async () => {
    const assets = await assetsWith('en', 'de', 'fr');
    await rm(join(assets, 'audio/de/prompts.json'));
    await mkdir(join(assets, 'audio/de/prompts.json'));
    await writeSprite(assets, 'fr', '{ "src": [');
    const { loaded, problems } = await load(assets, ['en', 'de', 'fr']);
    expect(problems).toEqual([
      { severity: 'warning', file: 'audio/de/prompts.json', field: '(whole file)', reason: expect.stringMatching(/^is not a regular file.*; members hear the en prompts$/) },
      { severity: 'warning', file: 'audio/fr/prompts.json', field: '(whole file)', reason: expect.stringMatching(/^is not valid JSON.*; members hear the en prompts$/) },
    ]);
    expect([...loaded.sprites.keys()]).toEqual(['en']);
  });

  it('names each field of a sprite that is wrong: file names, cue names, and whole positive milliseconds', async () => {
    const assets = await assetsWith('en');
    await writeSprite(assets, 'en', {
      src: ['../de/prompts.webm', 'prompts.wav'],
      sprite: { exhale: [-1, 628], inhale: [928, 0], 'tone-exhale': [1835.5, 770], Tone: [0, 1] },
    });
    const { loaded, problems } = await load(assets, ['en']);
    expect(problems.map(({ field, reason }) => `${field}: ${reason}`)).toEqual([
      'src[0]: must be an audio file name beside the sprite',
      'src[1]: must be an audio file name beside the sprite',
      'sprite.exhale[0]: Too small: expected number to be >=0',
      'sprite.inhale[1]: Too small: expected number to be >0',
      'sprite.tone-exhale[0]: Invalid input: expected int, received number',
      'sprite.Tone: must be a cue name like "exhale"',
    ]);
    expect(problems.every(({ severity, file }) => severity === 'error' && file === 'audio/en/prompts.json')).toBe(true);
    expect(loaded.sprites.size).toBe(0);
    await writeSprite(assets, 'en', { src: [], sprite: CUES });
    expect((await load(assets, ['en'])).problems.map(({ field }) => field)).toEqual(['src']);
    // Names that only start right are refused too.
    await writeSprite(assets, 'en', { src: ['prompts.webm.txt'], sprite: { ...CUES, 'exhale.2': [0, 1] } });
    expect((await load(assets, ['en'])).problems.map(({ field, reason }) => `${field}: ${reason}`)).toEqual([
      'src[0]: must be an audio file name beside the sprite',
      'sprite.exhale.2: must be a cue name like "exhale"',
    ]);
  });

  it('a sprite without every cue the kiosk plays, or with a file that is not audio, loads nothing and says all of it', async () => {
    const assets = await assetsWith('en');
    await writeSprite(assets, 'en', { src: ['prompts.webm', 'prompts.mp3', 'gone.webm'], sprite: { exhale: CUES.exhale, inhale: CUES.inhale } });
    await writeFile(join(assets, 'audio/en/prompts.mp3'), 'ID3 is how an MP3 starts, but this is text');
    await writeFile(join(assets, 'audio/en/prompts.webm'), 'no WebM here, only words that fill more than a head');
    const { loaded, problems } = await load(assets, ['en']);
    expect(problems).toEqual([
      { severity: 'error', file: 'audio/en/prompts.json', field: 'sprite', reason: 'has no "tone-exhale", "tone-inhale"' },
      { severity: 'error', file: 'audio/en/prompts.json', field: 'src', reason: '"audio/en/prompts.webm" is not an audio file the kiosk can play (expected WebM audio, MP3)' },
      { severity: 'error', file: 'audio/en/prompts.json', field: 'src', reason: '"audio/en/gone.webm" is not in the assets folder' },
    ]);
    expect(loaded).toEqual({ sprites: new Map(), credits: [] });
  });

  it('a sprite with all cues but one bad file, or with good files but a cue missing, is not loaded either', async () => {
    const assets = await assetsWith('en', 'de');
    await writeFile(join(assets, 'audio/de/prompts.mp3'), Buffer.alloc(64));
    const { exhale, inhale, 'tone-exhale': toneExhale } = CUES;
    await writeSprite(assets, 'en', { src: ['prompts.webm'], sprite: { exhale, inhale, 'tone-exhale': toneExhale } });
    const { loaded, problems } = await load(assets, ['en', 'de']);
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual(['audio/en/prompts.json sprite', 'audio/de/prompts.json src']);
    expect(loaded.sprites.size).toBe(0);
    expect(loaded.credits).toEqual([]);
  });
});

describe('audio.json', () => {
  const parse = (breathingPrompts: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    audioFileSchema.safeParse({ breathingPrompts: { ...audio.breathingPrompts, ...breathingPrompts }, ...extra });

  it('takes a sprite path inside the assets folder with {lng}, ending in .json', async () => {
    expect(parse({}).success).toBe(true);
    expect(parse({ sprite: 'prompts/{lng}.json' }).success).toBe(true);
    for (const sprite of ['/audio/{lng}/prompts.json', 'audio/../{lng}/prompts.json', 'audio/en/prompts.json', 'audio/{lng}/prompts.mp3', 'audio/{lng}/prompts.json.bak', 'audio/{lng}/my prompts.json']) {
      expect(parse({ sprite }).success, sprite).toBe(false);
    }
    const refused = parse({ sprite: 'audio/en/prompts.json' });
    expect(refused.success ? [] : refused.error.issues.map(({ message }) => message)).toEqual(['must be a path inside the assets folder with {lng}, like "audio/{lng}/prompts.json"']);
    const json = JSON.parse(await readFile('content/audio.json', 'utf8')) as unknown;
    expect(audioFileSchema.safeParse(json).success).toBe(true);
  });

  it('needs a license, author and source that are more than spaces, and no unknown field', () => {
    const issues = (result: ReturnType<typeof parse>) => (result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
    expect(issues(parse({ license: '  ', author: '' }))).toEqual(['breathingPrompts.license must not be empty', 'breathingPrompts.author must not be empty']);
    expect(issues(parse({ source: undefined }))).toEqual(['breathingPrompts.source Invalid input: expected string, received undefined']);
    expect(parse({ volume: 1 }).success).toBe(false);
    expect(parse({}, { music: {} }).success).toBe(false);
  });
});
