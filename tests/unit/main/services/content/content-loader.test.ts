import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-content');

async function load(contentDir: string, assetsDir = EMBEDDED_ASSETS) {
  return loadContentFolder({ contentDir, assetsDir });
}

async function problemsAfter(edit: (contentDir: string) => Promise<void>): Promise<Problem[]> {
  const contentDir = await copyContent(dir());
  await edit(contentDir);
  const outcome = await load(contentDir);
  return outcome.ok ? outcome.warnings : outcome.problems;
}

describe('content loader', () => {
  it('loads the embedded content with no problem at all', async () => {
    const outcome = await load('content');
    expect(outcome.ok && outcome.warnings).toEqual([]);
  });

  it('gives a stable 12-hex version that changes with the text', async () => {
    const contentDir = await copyContent(dir());
    const first = await load(contentDir);
    const second = await load(contentDir);
    await editJson(join(contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl'));
    const third = await load(contentDir);
    if (!first.ok || !second.ok || !third.ok) throw new Error('content should load');
    expect(first.bundle.version).toMatch(/^[0-9a-f]{12}$/);
    expect(second.bundle.version).toBe(first.bundle.version);
    expect(third.bundle.version).not.toBe(first.bundle.version);
  });

  it.each([
    ['a file that is not JSON', async (c: string) => writeFile(join(c, 'muscles/semitendinosus.json'), '{ "id": '), { file: 'muscles/semitendinosus.json', field: '(whole file)' }, /^is not valid JSON: /],
    ['a missing field', async (c: string) => editJson(join(c, 'locales/en/muscles.json'), (d) => delete d.semimembranosus.origin), { file: 'locales/en/muscles.json', field: 'semimembranosus.origin' }, /^is required \(string\)$/],
    ['an empty text', async (c: string) => editJson(join(c, 'locales/en/exercises.json'), (d) => (d['kickback'].tips[1] = '  ')), { file: 'locales/en/exercises.json', field: 'kickback.tips[1]' }, /^must not be empty$/],
    ['an unknown field (a typo)', async (c: string) => editJson(join(c, 'muscles/semimembranosus.json'), (d) => (d.latinNmae = 'x')), { file: 'muscles/semimembranosus.json', field: '(whole file)' }, /^has unknown field "latinNmae" \(a typo\?\)$/],
    ['an id that is not the file name', async (c: string) => editJson(join(c, 'stations/cable-station.json'), (d) => (d.id = 'cable-tower')), { file: 'stations/cable-station.json', field: 'id' }, /^is "cable-tower" but the file name says "cable-station"$/],
    ['a station naming a missing exercise', async (c: string) => editJson(join(c, 'stations/seated-leg-curl.json'), (d) => (d.exercises = ['lying-leg-curl'])), { file: 'stations/seated-leg-curl.json', field: 'exercises[0]' }, /^names exercise "lying-leg-curl", which does not exist$/],
    ['an exercise naming a missing muscle', async (c: string) => editJson(join(c, 'exercises/kickback.json'), (d) => d.secondaryMuscles.push('gluteus-medius')), { file: 'exercises/kickback.json', field: expect.stringMatching(/^secondaryMuscles\[\d\]$/) }, /^names muscle "gluteus-medius", which does not exist$/],
    ['a video missing from the assets', async (c: string) => editJson(join(c, 'exercises/kickback.json'), (d) => (d.video.file = 'video/nope.webm')), { file: 'exercises/kickback.json', field: 'video.file' }, /^"video\/nope.webm" is not in the assets folder$/],
    ['a phase marker after the end of the video', async (c: string) => editJson(join(c, 'exercises/kickback.json'), (d) => (d.video.phases[1].end = 5.5)), { file: 'exercises/kickback.json', field: 'video.phases[1].end' }, /^5.5 s is after the end of the video \(5 s\)$/],
    ['overlapping phases', async (c: string) => editJson(join(c, 'exercises/kickback.json'), (d) => (d.video.phases[1].start = 1.5)), { file: 'exercises/kickback.json', field: 'video.phases[1].start' }, /^1.5 s overlaps the previous phase, which ends at 2 s$/],
    ['a declared length that is not the video\'s', async (c: string) => editJson(join(c, 'exercises/kickback.json'), (d) => (d.video.durationSeconds = 6)), { file: 'exercises/kickback.json', field: 'video.durationSeconds' }, /^is 6 s but "video\/kickback.webm" is 5.00 s long$/],
    ['a fallback language without a text', async (c: string) => editJson(join(c, 'locales/en/stations.json'), (d) => delete d['cable-station']), { file: 'locales/en/stations.json', field: 'cable-station' }, /^has no text, and this is the fallback language$/],
    ['a fallback that is not a listed language', async (c: string) => editJson(join(c, 'languages.json'), (d) => (d.fallback = 'pt')), { file: 'languages.json', field: 'fallback' }, /^"pt" is not one of the listed languages$/],
    ['a muscle without its body-map region', async (c: string) => editJson(join(c, 'muscles/semitendinosus.json'), (d) => (d.bodyMapViews = ['front'])), { file: 'muscles/semitendinosus.json', field: 'bodyMapViews[0]' }, /^"images\/body-map-front.svg" has no region with id="muscle-semitendinosus"$/],
    ['a muscle on a view with no drawing', async (c: string) => editJson(join(c, 'body-maps.json'), (d) => delete d.front), { file: 'muscles/quadriceps-femoris.json', field: 'bodyMapViews[0]' }, /^names view "front", which body-maps.json does not have$/],
    ['an empty stations folder', async (c: string) => rm(join(c, 'stations'), { recursive: true }).then(() => mkdir(join(c, 'stations'))), { file: 'stations/', field: '(folder)' }, /^has no .json files$/],
  ])('%s is an error naming file, field and reason', async (_name, edit, where, reason) => {
    const problems = await problemsAfter(edit);
    const match = problems.find((problem) => problem.file === where.file && problem.severity === 'error' && reason.test(problem.reason));
    expect(match, JSON.stringify(problems, null, 1)).toMatchObject({ severity: 'error', ...where });
  });

  it('a text missing in another language is only a warning, and the content still loads', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/it/muscles.json'), (data) => delete data['gluteus-maximus']);
    const outcome = await load(contentDir);
    expect(outcome.ok).toBe(true);
    // The card now shows English text, so its Italian read-aloud audio no longer matches it.
    expect(outcome.ok && outcome.warnings).toEqual([
      { severity: 'warning', file: 'audio/it/read-aloud/muscle-gluteus-maximus.json', field: 'sentences', reason: expect.stringMatching(/^11 of 11 were made from another text .*; run node scripts\/media\/make-read-aloud\.mjs it$/) },
      { severity: 'warning', file: 'locales/it/muscles.json', field: 'gluteus-maximus', reason: 'has no text yet; the kiosk shows the en text' },
    ]);
  });

  it('one field missing in another language is a warning naming that field, and the content still loads', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/fr/muscles.json'), (data) => delete data.semimembranosus.origin);
    const outcome = await load(contentDir);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.warnings).toEqual([
      { severity: 'warning', file: 'audio/fr/read-aloud/muscle-semimembranosus.json', field: 'sentences[2]', reason: 'was made from another text; run node scripts/media/make-read-aloud.mjs fr' },
      { severity: 'warning', file: 'locales/fr/muscles.json', field: 'semimembranosus.origin', reason: 'has no text yet; the kiosk shows the en text' },
    ]);
  });

  it('a field of the wrong type in another language is still an error', async () => {
    const problems = await problemsAfter((contentDir) => editJson(join(contentDir, 'locales/fr/muscles.json'), (data) => (data.semimembranosus.origin = 42)));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'locales/fr/muscles.json', field: 'semimembranosus.origin' }));
  });

  it('a field missing in the fallback language is an error', async () => {
    const problems = await problemsAfter((contentDir) => editJson(join(contentDir, 'locales/en/muscles.json'), (data) => delete data.semimembranosus.origin));
    expect(problems).toContainEqual({ severity: 'error', file: 'locales/en/muscles.json', field: 'semimembranosus.origin', reason: 'is required (string)' });
  });

  it('a missing interface string is a warning naming its key', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/nl/ui.json'), (data) => delete data.nav.back);
    const outcome = await load(contentDir);
    expect(outcome.ok && outcome.warnings).toEqual([{ severity: 'warning', file: 'locales/nl/ui.json', field: 'nav.back', reason: 'has no text yet; the interface shows the en word' }]);
  });

  it('a file of the wrong type under a video name is refused', async () => {
    const contentDir = await copyContent(dir());
    const assetsDir = join(dir(), 'assets');
    await cp(EMBEDDED_ASSETS, assetsDir, { recursive: true });
    await writeFile(join(assetsDir, 'video/kickback.webm'), 'not a video at all, only some text');
    const outcome = await load(contentDir, assetsDir);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems).toContainEqual({ severity: 'error', file: 'exercises/kickback.json', field: 'video.file', reason: '"video/kickback.webm" is not a video the kiosk can play (expected WebM, MP4)' });
  });

  it('a language without breathing prompts warns and falls back to the English prompts', async () => {
    const contentDir = await copyContent(dir());
    const assetsDir = join(dir(), 'assets');
    await cp(EMBEDDED_ASSETS, assetsDir, { recursive: true });
    await rm(join(assetsDir, 'audio/it'), { recursive: true });
    const outcome = await load(contentDir, assetsDir);
    expect(outcome.ok && outcome.warnings).toEqual([
      { severity: 'warning', file: 'audio/it/prompts.json', field: '(whole file)', reason: 'is not in the assets folder; members hear the en prompts' },
      { severity: 'warning', file: 'audio/it/read-aloud', field: '(folder)', reason: 'has no read-aloud audio: no screen can be read aloud in this language until you run node scripts/media/make-read-aloud.mjs it' },
    ]);
  });
});

describe('content loader, files that are not what they seem', () => {
  it('an audio.json that is a link to nowhere is reported, not taken for "no breathing prompts"', async () => {
    const problems = await problemsAfter(async (c) => {
      await rm(join(c, 'audio.json'));
      await symlink(join(c, 'gone.json'), join(c, 'audio.json'));
    });
    expect(problems).toContainEqual({ severity: 'error', file: 'audio.json', field: '(whole file)', reason: 'file is missing' });
  });

  it('a record file linked from outside the content folder is refused, and its content never shown', async () => {
    const problems = await problemsAfter(async (c) => {
      await rm(join(c, 'muscles/semitendinosus.json'));
      await symlink('/etc/passwd', join(c, 'muscles/semitendinosus.json'));
    });
    expect(problems).toContainEqual({ severity: 'error', file: 'muscles/semitendinosus.json', field: '(whole file)', reason: 'is a link that leads outside its folder' });
    expect(JSON.stringify(problems)).not.toContain('root:');
  });

  it('a UTF-8 byte-order mark from an editor is fine', async () => {
    const contentDir = await copyContent(dir());
    const file = join(contentDir, 'stations/cable-station.json');
    await writeFile(file, `\uFEFF${await readFile(file, 'utf8')}`);
    expect((await load(contentDir)).ok).toBe(true);
  });
});

describe('content loader, knock-on errors', () => {
  it('a broken exercise file is reported once, not again as "does not exist" where a station names it', async () => {
    const problems = await problemsAfter(async (c) => writeFile(join(c, 'exercises/seated-leg-curl.json'), '{"id":"seated-leg-curl","video":null}'));
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file} › ${problem.field}`)).toEqual([
      'exercises/seated-leg-curl.json › primaryMuscles',
      'exercises/seated-leg-curl.json › secondaryMuscles',
    ]);
  });
});
