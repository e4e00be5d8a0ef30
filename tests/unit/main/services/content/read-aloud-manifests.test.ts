/**
 * Read-aloud manifests on real files: the generated ones are fresh, a changed text makes exactly its sentence stale
 * (a warning, and no read-aloud on that screen), and a hostile manifest is a warning naming the file, never a crash.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { localizeContent } from '../../../../../main/services/content/content-localizer';
import type { ContentBundle } from '../../../../../main/services/content/content-schema';
import { loadReadAloud, manifestSchema, MAX_MANIFEST_BYTES, staleSentences, timingProblems, type ContentHash, type ReadAloudEntry } from '../../../../../main/services/content/read-aloud-manifests';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('read-aloud');
const ENTRY: ReadAloudEntry = { manifest: 'audio/{lng}/read-aloud/{screen}.json', license: 'CC0-1.0', author: 'test', source: 'test' };
const SCREENS = 9;
let bundle: ContentBundle;

beforeAll(async () => {
  const outcome = await loadContentFolder({ contentDir: 'content', assetsDir: EMBEDDED_ASSETS });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  bundle = outcome.bundle;
});

/** An assets folder with the German read-aloud audio only, for one test to break. */
async function germanAssets(): Promise<string> {
  const assetsDir = join(dir(), 'assets');
  await mkdir(join(assetsDir, 'audio', 'de'), { recursive: true });
  await cp(join(EMBEDDED_ASSETS, 'audio', 'de', 'read-aloud'), join(assetsDir, 'audio', 'de', 'read-aloud'), { recursive: true });
  return assetsDir;
}

async function loadGerman(assetsDir: string) {
  const problems: Problem[] = [];
  const loaded = await loadReadAloud(bundle, ENTRY, assetsDir, problems, createHash('sha256'));
  return { screens: loaded.byLanguage.get('de') ?? new Map(), problems: problems.filter((problem) => problem.file.startsWith('audio/de/')) };
}

const manifestPath = (assetsDir: string, screen = 'exercise-kickback') => join(assetsDir, 'audio', 'de', 'read-aloud', `${screen}.json`);

describe('read-aloud manifests', () => {
  it('the generated audio is fresh for every exercise and muscle in every language, and reaches the screens', async () => {
    for (const { code } of bundle.languages.languages) expect([...(bundle.readAloud.byLanguage.get(code)?.keys() ?? [])], code).toHaveLength(SCREENS);
    const content = localizeContent(bundle, 'cable-station', 'de');
    const kickback = content.exercises.kickback?.readAloud;
    expect(kickback?.language).toBe('de');
    expect(kickback?.src).toEqual(['audio/de/read-aloud/exercise-kickback.webm', 'audio/de/read-aloud/exercise-kickback.mp3']);
    expect(kickback?.sentences[0]).toMatchObject({ field: 'name', start: expect.any(Number), duration: expect.any(Number) });
    expect(content.muscles.semimembranosus?.readAloud?.sentences.map((sentence) => sentence.field).slice(0, 5)).toEqual(['name', 'group', 'origin', 'insertion', 'innervation']);
    // Credited like the other media, in the language a member hears.
    expect(content.credits).toContainEqual({ file: 'audio/de/read-aloud/exercise-kickback.webm', license: 'CC0-1.0', author: 'Gym Floor Kiosk maintainers', source: expect.stringContaining('make-read-aloud.mjs') });
    expect(content.credits.some((credit) => credit.file.startsWith('audio/fr/read-aloud/'))).toBe(false);
  });

  it('parses a generated manifest, with sentences in order inside the audio', async () => {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath(EMBEDDED_ASSETS, 'muscle-semimembranosus'), 'utf8')));
    manifest.sentences.forEach((sentence, index) => {
      const next = manifest.sentences[index + 1];
      if (next) expect(next.at[0]).toBeGreaterThanOrEqual(sentence.at[0] + sentence.at[1]);
      expect(sentence.at[0] + sentence.at[1]).toBeLessThanOrEqual(manifest.durationMs);
    });
  });

  it('a changed sentence is stale: one warning naming file, field and what to run, and that screen is not offered', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/de/exercises.json'), (data) => (data.kickback.tips[1] = 'Halte das Becken ganz gerade.'));
    const outcome = await loadContentFolder({ contentDir, assetsDir: EMBEDDED_ASSETS });
    if (!outcome.ok) throw new Error('content should load');
    const stale = outcome.bundle.readAloud.byLanguage.get('de');
    const index = JSON.parse(await readFile(manifestPath(EMBEDDED_ASSETS), 'utf8')).sentences.findIndex((sentence: { field: string }) => sentence.field === 'tips[1]');
    expect(outcome.warnings).toEqual([{ severity: 'warning', file: 'audio/de/read-aloud/exercise-kickback.json', field: `sentences[${index}]`, reason: 'was made from another text; run node scripts/media/make-read-aloud.mjs de' }]);
    expect(localizeContent(outcome.bundle, 'cable-station', 'de').exercises.kickback?.readAloud).toBeNull();
    expect(stale?.has('exercise-cable-deadlift')).toBe(true);
    // The same exercise in English is untouched.
    expect(localizeContent(outcome.bundle, 'cable-station', 'en').exercises.kickback?.readAloud).not.toBeNull();
  });

  it.each([
    ['fresh', [{ field: 'a', hash: '1' }], [{ field: 'a', textHash: '1' }], []],
    ['another text', [{ field: 'a', hash: '2' }], [{ field: 'a', textHash: '1' }], [{ field: 'sentences[0]', reason: 'was made from another text; run it' }]],
    ['another field', [{ field: 'b', hash: '1' }], [{ field: 'a', textHash: '1' }], [{ field: 'sentences[0]', reason: 'reads "a" where the screen has "b"; run it' }]],
    ['a sentence the text lost', [], [{ field: 'a', textHash: '1' }], [{ field: 'sentences[0]', reason: 'reads "a", which the screen no longer has; run it' }]],
    ['a sentence the text gained', [{ field: 'a', hash: '1' }, { field: 'b', hash: '2' }], [{ field: 'a', textHash: '1' }], [{ field: 'sentences', reason: 'has no audio for b; run it' }]],
    ['two sentences the text gained, named in order', [{ field: 'a', hash: '1' }, { field: 'b', hash: '2' }, { field: 'c', hash: '3' }], [{ field: 'a', textHash: '1' }], [{ field: 'sentences', reason: 'has no audio for b, c; run it' }]],
    ['three sentences of other text, still named one by one', ['a', 'b', 'c'].map((field) => ({ field, hash: 'new' })), ['a', 'b', 'c'].map((field) => ({ field, textHash: 'old' })), [0, 1, 2].map((index) => ({ field: `sentences[${index}]`, reason: 'was made from another text; run it' }))],
    ['a whole screen of other text, in one line', ['a', 'b', 'c', 'd'].map((field) => ({ field, hash: 'new' })), ['a', 'b', 'c', 'd'].map((field) => ({ field, textHash: 'old' })), [{ field: 'sentences', reason: '4 of 4 were made from another text ([0], [1], [2] …); run it' }]],
  ])('staleness: %s', (_name, expected, sentences, found) => {
    const manifest = { language: 'de', src: ['x.webm'], durationMs: 10_000, sentences: sentences.map((sentence, index) => ({ ...sentence, at: [index * 1000, 900] as [number, number] })) };
    expect(staleSentences(manifest, expected, 'run it')).toEqual(found);
  });

  it.each([
    ['one after another, the last ending where the audio does', [[0, 900], [900, 1100]], []],
    ['with a pause between', [[0, 900], [1000, 1000]], []],
    ['a sentence starting before the one before it ends', [[0, 900], [899, 1101]], [{ field: 'sentences[1].at', reason: 'starts at 899 ms, before the sentence before it ends' }]],
    ['a sentence starting inside the one before it', [[1000, 900], [1200, 100]], [{ field: 'sentences[1].at', reason: 'starts at 1200 ms, before the sentence before it ends' }]],
    ['a sentence ending 1 ms after the audio', [[0, 900], [900, 1101]], [{ field: 'sentences[1].at', reason: 'ends at 2001 ms, after the audio (2000 ms)' }]],
  ])('timing: %s', (_name, at, found) => {
    const manifest = { language: 'de', src: ['x.webm'], durationMs: 2000, sentences: at.map((span, index) => ({ field: `tips[${index}]`, at: span as [number, number], textHash: '0123456789abcdef' })) };
    expect(timingProblems(manifest)).toEqual(found);
  });

  const hostile: Array<[string, (assetsDir: string) => Promise<unknown>, string, RegExp]> = [
    ['missing', (a) => rm(manifestPath(a)), '(whole file)', /^is not in the assets folder; the screen has no "Read aloud" until you run node scripts\/media\/make-read-aloud\.mjs de$/],
    ['truncated', async (a) => truncate(manifestPath(a), 200), '(whole file)', /^is not valid JSON: .*; run node scripts\/media\/make-read-aloud\.mjs de$/],
    ['not JSON at all', (a) => writeFile(manifestPath(a), Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0xff, 0xfe, 7])), '(whole file)', /^is not valid JSON: /],
    ['huge', (a) => writeFile(manifestPath(a), `{"sentences": [${'0,'.repeat(MAX_MANIFEST_BYTES / 2)}0]}`), '(whole file)', /^is \d+ bytes, more than the 262144 a file of this kind may have; /],
    ['nested thousands deep', (a) => writeFile(manifestPath(a), `${'['.repeat(5000)}${']'.repeat(5000)}`), '(whole file)', /^nests lists or objects more than 64 levels deep; /],
    ['a link out of the assets folder', async (a) => {
      await writeFile(join(dir(), 'elsewhere.json'), await readFile(manifestPath(EMBEDDED_ASSETS)));
      await rm(manifestPath(a));
      await symlink(join(dir(), 'elsewhere.json'), manifestPath(a));
    }, '(whole file)', /^is a link that leads outside its folder; /],
    ['a folder', async (a) => rm(manifestPath(a)).then(() => mkdir(manifestPath(a))), '(whole file)', /^is not a regular file; /],
    ['a named pipe', async (a) => {
      await rm(manifestPath(a));
      execFileSync('mkfifo', [manifestPath(a)]);
    }, '(whole file)', /^is not a regular file; /],
    ['of the wrong shape', (a) => writeFile(manifestPath(a), '{"language":"de","src":["../../x.webm"],"durationMs":1,"sentences":"all"}'), 'src[0]', /^must be an audio file name beside the manifest$/],
    ['for another language', (a) => editJson(manifestPath(a), (data) => (data.language = 'nl')), 'language', /^is "nl", the file is for "de"; /],
    ['with a sentence past the end of its audio', (a) => editJson(manifestPath(a), (data) => (data.durationMs = 1000)), 'sentences[1].at', /^ends at \d+ ms, after the audio \(1000 ms\)$/],
    ['without its audio', (a) => rm(join(a, 'audio/de/read-aloud/exercise-kickback.webm')), 'src', /^"audio\/de\/read-aloud\/exercise-kickback\.webm" is not in the assets folder; run /],
    ['with its audio cut short', async (a) => truncate(join(a, 'audio/de/read-aloud/exercise-kickback.webm'), 300), 'src', /^"audio\/de\/read-aloud\/exercise-kickback\.webm" is cut short: /],
  ];

  it.each(hostile)('a manifest that is %s is a warning naming it, and only its screen loses "Read aloud"', async (_name, spoil, field, reason) => {
    const assetsDir = await germanAssets();
    await spoil(assetsDir);
    const { screens, problems } = await loadGerman(assetsDir);
    expect(problems).toContainEqual({ severity: 'warning', file: 'audio/de/read-aloud/exercise-kickback.json', field, reason: expect.stringMatching(reason) });
    expect(problems.every((problem) => problem.file === 'audio/de/read-aloud/exercise-kickback.json')).toBe(true);
    expect(screens.has('exercise-kickback')).toBe(false);
    expect(screens.size).toBe(SCREENS - 1);
  });

  it('a manifest wrong in many ways names its first five problems, not a screenful', async () => {
    const assetsDir = await germanAssets();
    await writeFile(manifestPath(assetsDir), JSON.stringify({ language: 1, src: [], durationMs: -1, sentences: [{ field: '', at: [0, 0], textHash: 'x' }, {}] }));
    const { problems } = await loadGerman(assetsDir);
    expect(problems.map((problem) => problem.field)).toEqual(['language', 'src', 'durationMs', 'sentences[0].field', 'sentences[0].at[1]']);
  });

  it('the content version follows each manifest that is there, named by language and screen', async () => {
    const assetsDir = await germanAssets();
    await rm(manifestPath(assetsDir, 'muscle-semimembranosus'));
    const updates: string[] = [];
    const recorder: ContentHash = { update: (data) => (updates.push(data), recorder) };
    await loadReadAloud(bundle, ENTRY, assetsDir, [], recorder);
    const kickback = updates.indexOf('de/exercise-kickback');
    expect(updates[kickback + 1]).toBe(await readFile(manifestPath(assetsDir), 'utf8'));
    // Only German is in this folder, and the removed manifest adds nothing: each other screen's name, then its text.
    const names = updates.filter((_data, index) => index % 2 === 0);
    expect(names).toHaveLength(SCREENS - 1);
    expect(names.every((name) => /^de\/(exercise|muscle)-[a-z-]+$/.test(name))).toBe(true);
    expect(names).not.toContain('de/muscle-semimembranosus');
  });

  it('a language whose every screen is broken, but not all missing, names each file', async () => {
    const assetsDir = await germanAssets();
    const folder = join(assetsDir, 'audio', 'de', 'read-aloud');
    await rm(folder, { recursive: true });
    await mkdir(folder);
    await writeFile(manifestPath(assetsDir), '{');
    const { problems } = await loadGerman(assetsDir);
    expect(problems).toHaveLength(SCREENS);
    expect(problems.filter((problem) => problem.reason.startsWith('is not in the assets folder'))).toHaveLength(SCREENS - 1);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'audio/de/read-aloud/exercise-kickback.json', field: '(whole file)', reason: expect.stringMatching(/^is not valid JSON/) }));
  });

  it('content without exercises or muscles has nothing to read aloud and nothing to warn about', async () => {
    const problems: Problem[] = [];
    const loaded = await loadReadAloud({ ...bundle, exercises: new Map(), muscles: new Map() }, ENTRY, join(dir(), 'no-assets'), problems, createHash('sha256'));
    expect(problems).toEqual([]);
    expect([...loaded.byLanguage.values()].every((screens) => screens.size === 0)).toBe(true);
  });

  it('a language without any audio is one warning for its folder, not one per screen', async () => {
    const assetsDir = await germanAssets();
    await rm(join(assetsDir, 'audio', 'de', 'read-aloud'), { recursive: true });
    const { screens, problems } = await loadGerman(assetsDir);
    expect(problems).toEqual([{ severity: 'warning', file: 'audio/de/read-aloud', field: '(folder)', reason: 'has no read-aloud audio: no screen can be read aloud in this language until you run node scripts/media/make-read-aloud.mjs de' }]);
    expect(screens.size).toBe(0);
  });
});
