/**
 * Every rule a content author can break, with the exact words staff read for it (file, field and reason), on a
 * copy of the real content with one thing broken; and the folder-level rules of the loader: which files it reads,
 * what is only a warning, and what a missing optional file means.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../common/result';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { checkPhases } from '../../../../../main/services/content/content-references';
import type { Phase } from '../../../../../main/services/content/content-schema';
import { noReadAloud } from '../../../../../main/services/content/read-aloud-manifests';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-content-rules');

type Folders = { contentDir: string; assetsDir: string };

/** Loads a copy of the content (and of the assets, when asked) after `edit`. */
async function loadAfter(edit: (folders: Folders) => Promise<unknown>, ownAssets = false) {
  const folders = { contentDir: await copyContent(dir()), assetsDir: ownAssets ? join(dir(), 'assets') : EMBEDDED_ASSETS };
  if (ownAssets) await cp(EMBEDDED_ASSETS, folders.assetsDir, { recursive: true });
  await edit(folders);
  return loadContentFolder(folders);
}

/** The problems (errors, or warnings when it loaded) outside the read-aloud audio, whose staleness other tests own. */
async function problemsAfter(edit: (folders: Folders) => Promise<unknown>, ownAssets = false): Promise<{ ok: boolean; problems: Problem[] }> {
  const outcome = await loadAfter(edit, ownAssets);
  const problems = outcome.ok ? outcome.warnings : outcome.problems;
  return { ok: outcome.ok, problems: problems.filter((problem) => !problem.file.startsWith('audio/')) };
}

const error = (file: string, field: string, reason: string): Problem => ({ severity: 'error', file, field, reason });
const warning = (file: string, field: string, reason: string): Problem => ({ severity: 'warning', file, field, reason });

const edit = (file: string, change: (data: any) => void) => ({ contentDir }: Folders) => editJson(join(contentDir, file), change); // eslint-disable-line @typescript-eslint/no-explicit-any

const PATH_INSIDE = 'must be a path inside the assets folder, like "video/leg-curl.webm"';
/** Every muscle, in file order, and the view it is drawn on: each is reported when body-maps.json is unusable. */
const NO_VIEWS = [
  ['biceps-femoris', 'back'],
  ['erector-spinae', 'back'],
  ['gluteus-maximus', 'back'],
  ['quadriceps-femoris', 'front'],
  ['semimembranosus', 'back'],
  ['semitendinosus', 'back'],
].map(([muscle, view]) => error(`muscles/${muscle}.json`, 'bodyMapViews[0]', `names view "${view}", which body-maps.json does not have`));

describe('content rules: each broken rule is one error, in the words content authors read', () => {
  it.each([
    ['an id that is not kebab-case', edit('stations/cable-station.json', (d) => (d.exercises[0] = 'Kickback')), [error('stations/cable-station.json', 'exercises[0]', 'must be kebab-case letters and digits, like "seated-leg-curl"')]],
    ['a text keyed by an id that is not kebab-case', edit('locales/de/stations.json', (d) => (d['Cable-Station'] = { name: 'x' })), [
      error('locales/de/stations.json', 'Cable-Station', 'must be kebab-case letters and digits, like "seated-leg-curl"'),
      ...['cable-station', 'seated-leg-curl'].map((id) => warning('locales/de/stations.json', id, 'has no text yet; the kiosk shows the en text')),
    ]],
    ['an empty list of steps', edit('locales/en/exercises.json', (d) => (d.kickback.tips = [])), [
      error('locales/en/exercises.json', 'kickback.tips', 'must list at least one item'),
      // The file cannot be used at all, so every exercise is without fallback text.
      ...['cable-deadlift', 'kickback', 'seated-leg-curl'].map((id) => error('locales/en/exercises.json', id, 'has no text, and this is the fallback language')),
    ]],
    ['a media path from the root of the disk', edit('exercises/kickback.json', (d) => (d.video.file = '/video/kickback.webm')), [error('exercises/kickback.json', 'video.file', PATH_INSIDE)]],
    ['a media path climbing out with ..', edit('exercises/kickback.json', (d) => (d.video.file = 'video/../video/kickback.webm')), [error('exercises/kickback.json', 'video.file', PATH_INSIDE)]],
    ['a media path with a space in it', edit('exercises/kickback.json', (d) => (d.video.file = 'video/kick back.webm')), [error('exercises/kickback.json', 'video.file', PATH_INSIDE)]],
    ['a video whose .webm is only in the middle of its name', edit('exercises/kickback.json', (d) => (d.video.file = 'video/kickback.webm.txt')), [error('exercises/kickback.json', 'video.file', 'must be a .webm or .mp4 video')]],
    ['a poster whose .jpg is only in the middle of its name', edit('exercises/kickback.json', (d) => (d.video.poster = 'video/kickback.jpg.txt')), [error('exercises/kickback.json', 'video.poster', 'must be a .jpg, .png or .webp image')]],
    ['a drawing whose .svg is only in the middle of its name', edit('body-maps.json', (d) => (d.back.file = 'images/body-map-back.svg.png')), [
      error('body-maps.json', 'back.file', 'must be an .svg drawing'),
      ...NO_VIEWS,
    ]],
    ['a fallback that is not a language code', edit('languages.json', (d) => (d.fallback = 'English')), [error('languages.json', 'fallback', 'must be a language code like "en"')]],
    ['a language code that is a name', edit('languages.json', (d) => (d.languages[1].code = 'Deutsch')), [error('languages.json', 'languages[1].code', 'must be a language code like "de"')]],
    ['no languages at all', edit('languages.json', (d) => (d.languages = [])), [error('languages.json', 'languages', 'must list at least one language')]],
    ['a station without exercises', edit('stations/cable-station.json', (d) => (d.exercises = [])), [error('stations/cable-station.json', 'exercises', 'a station needs at least one exercise')]],
    ['a station without target muscles', edit('stations/cable-station.json', (d) => (d.targetMuscles = [])), [error('stations/cable-station.json', 'targetMuscles', 'a station needs at least one target muscle')]],
    ['a muscle on no body-map view', edit('muscles/semitendinosus.json', (d) => (d.bodyMapViews = [])), [error('muscles/semitendinosus.json', 'bodyMapViews', 'a muscle must appear on at least one body-map view')]],
    ['a phase that starts before the video', edit('exercises/kickback.json', (d) => (d.video.phases[0].start = -1)), [error('exercises/kickback.json', 'video.phases[0].start', 'must be 0 or more seconds')]],
    ['a phase that ends at 0 s', edit('exercises/kickback.json', (d) => (d.video.phases[0].end = 0)), [error('exercises/kickback.json', 'video.phases[0].end', 'must be more than 0 seconds')]],
    ['a video 0 s long', edit('exercises/kickback.json', (d) => (d.video.durationSeconds = 0)), [error('exercises/kickback.json', 'video.durationSeconds', 'must be more than 0 seconds')]],
    ['an exercise without a primary muscle', edit('exercises/kickback.json', (d) => (d.primaryMuscles = [])), [error('exercises/kickback.json', 'primaryMuscles', 'an exercise needs at least one primary muscle')]],
    ['a station naming a missing muscle', edit('stations/cable-station.json', (d) => (d.targetMuscles[0] = 'deltoid')), [error('stations/cable-station.json', 'targetMuscles[0]', 'names muscle "deltoid", which does not exist')]],
    ['an exercise naming a missing primary muscle', edit('exercises/kickback.json', (d) => (d.primaryMuscles[0] = 'deltoid')), [error('exercises/kickback.json', 'primaryMuscles[0]', 'names muscle "deltoid", which does not exist')]],
    ['a languages.json that is not JSON', ({ contentDir }: Folders) => writeFile(join(contentDir, 'languages.json'), '{"fallback":'), [error('languages.json', '(whole file)', expect.stringMatching(/^is not valid JSON: /))]],
    ['a body-maps.json that is not JSON', ({ contentDir }: Folders) => writeFile(join(contentDir, 'body-maps.json'), '{"back":'), [
      error('body-maps.json', '(whole file)', expect.stringMatching(/^is not valid JSON: /)),
      ...NO_VIEWS,
    ]],
    ['a drawing missing from the assets, reported once, not again for each muscle on it', edit('body-maps.json', (d) => (d.front.file = 'images/body-map-side.svg')), [error('body-maps.json', 'front.file', '"images/body-map-side.svg" is not in the assets folder')]],
    ['no stations folder', ({ contentDir }: Folders) => rm(join(contentDir, 'stations'), { recursive: true }), [error('stations/', '(folder)', 'has no .json files')]],
    ['a fallback language without its station texts', ({ contentDir }: Folders) => rm(join(contentDir, 'locales/en/stations.json')), [
      error('locales/en/stations.json', '(whole file)', 'file is missing'),
      error('locales/en/stations.json', 'cable-station', 'has no text, and this is the fallback language'),
      error('locales/en/stations.json', 'seated-leg-curl', 'has no text, and this is the fallback language'),
    ]],
  ])('%s', async (_name, change, expected) => {
    const { ok, problems } = await problemsAfter(change);
    expect(ok).toBe(false);
    expect(problems).toEqual(expected);
  });

  it('a muscle may be on both views: only the missing region is an error, not the second view', async () => {
    const { problems } = await problemsAfter(edit('muscles/semitendinosus.json', (d) => (d.bodyMapViews = ['back', 'front'])));
    expect(problems).toEqual([error('muscles/semitendinosus.json', 'bodyMapViews[1]', '"images/body-map-front.svg" has no region with id="muscle-semitendinosus"')]);
  });

  it('an interface key that is not a plain name is named with what it must be, and only warns', async () => {
    const outcome = await loadAfter(edit('locales/de/ui.json', (d) => (d['touch-to-start'] = 'Bitte berühren')));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.warnings.filter((problem) => problem.file === 'locales/de/ui.json')).toEqual([
      warning('locales/de/ui.json', 'touch-to-start', 'must be a key of letters and digits, like "touchToStart"; the interface shows the en words'),
    ]);
  });

  it('a text file that is not a record of texts is refused with zod\'s own words, not the words for a bad key', async () => {
    const { problems } = await problemsAfter(({ contentDir }) => writeFile(join(contentDir, 'locales/de/stations.json'), '[]'));
    expect(problems).toContainEqual(error('locales/de/stations.json', '(whole file)', 'Invalid input: expected record, received array'));
  });
});

describe('content rules, the phase markers', () => {
  const phase = (start: number, end: number): Phase => ({ start, end, kind: 'concentric', breath: 'exhale' });

  it('may end exactly at the end of the video and start exactly where the previous one ends', () => {
    expect(checkPhases([phase(0, 2), phase(2, 5)], 5, 'exercises/x.json')).toEqual([]);
  });

  it('a phase that does not start before it ends is an error, also when both are the same time', () => {
    expect(checkPhases([phase(2, 2), phase(3, 2.5)], 5, 'exercises/x.json')).toEqual([
      error('exercises/x.json', 'video.phases[0].start', "2 s is not before the phase's end (2 s)"),
      error('exercises/x.json', 'video.phases[1].start', "3 s is not before the phase's end (2.5 s)"),
    ]);
  });
});

/** Rewrites bytes of a media file in place. */
async function patchFile(file: string, find: Buffer, write: (bytes: Buffer, at: number) => void): Promise<void> {
  const bytes = await readFile(file);
  const at = bytes.indexOf(find);
  expect(at, `${find.toString('hex')} in ${file}`).toBeGreaterThan(0);
  write(bytes, at);
  await writeFile(file, bytes);
}

/** The Duration element of a WebM's Segment Info: id 0x4489, size 8 (a float64 of milliseconds at the usual scale). */
const DURATION_ELEMENT = Buffer.from([0x44, 0x89, 0x88]);
const setDurationMs = (ms: number) => ({ assetsDir }: Folders) => patchFile(join(assetsDir, 'video/kickback.webm'), DURATION_ELEMENT, (bytes, at) => bytes.writeDoubleBE(ms, at + 3));
const durationProblems = (problems: Problem[]) => problems.filter((problem) => problem.field === 'video.durationSeconds');

describe('content rules, a video as long as declared', () => {
  it('may differ from the declared length by 0.1 s exactly, not more', async () => {
    const within = await problemsAfter(async (folders) => {
      await setDurationMs(100)(folders);
      await edit('exercises/kickback.json', (d) => (d.video.durationSeconds = 0.2))(folders);
    }, true);
    expect(durationProblems(within.problems)).toEqual([]);
    const beyond = await problemsAfter(async (folders) => {
      await setDurationMs(100)(folders);
      await edit('exercises/kickback.json', (d) => (d.video.durationSeconds = 0.201))(folders);
    }, true);
    expect(durationProblems(beyond.problems)).toEqual([error('exercises/kickback.json', 'video.durationSeconds', 'is 0.201 s but "video/kickback.webm" is 0.10 s long')]);
  });

  it('a WebM that declares no length (footage recorded live) is not compared, and loads', async () => {
    const outcome = await loadAfter(async ({ assetsDir }) => {
      // Renamed to an element the kiosk does not read (0x4488), the Duration is gone.
      await patchFile(join(assetsDir, 'video/kickback.webm'), DURATION_ELEMENT, (bytes, at) => bytes.writeUInt8(0x88, at + 1));
    }, true);
    expect(outcome.ok && outcome.warnings.filter((problem) => !problem.file.startsWith('audio/'))).toEqual([]);
  });

  it('a video that is broken is reported for what it is, not also for its length or phases', async () => {
    const { problems } = await problemsAfter(async (folders) => {
      const file = join(folders.assetsDir, 'video/kickback.webm');
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, bytes.length - 1000));
      await edit('exercises/kickback.json', (d) => (d.video.durationSeconds = 4.6))(folders);
    }, true);
    expect(problems.filter((problem) => problem.file === 'exercises/kickback.json')).toEqual([
      error('exercises/kickback.json', 'video.file', expect.stringMatching(/^"video\/kickback\.webm" is cut short: it has \d+ bytes, its header says \d+$/)),
    ]);
  });

  it('only a .webm is read for its length: an .mp4 is played as it is', async () => {
    const { problems } = await problemsAfter(async (folders) => {
      await cp(join(folders.assetsDir, 'video/kickback.webm'), join(folders.assetsDir, 'video/kickback.mp4'));
      await edit('exercises/kickback.json', (d) => Object.assign(d.video, { file: 'video/kickback.mp4', durationSeconds: 4.6 }))(folders);
    }, true);
    expect(problems.filter((problem) => problem.file === 'exercises/kickback.json')).toEqual([]);
  });

  it('an exercise without a video loads, with nothing to check', async () => {
    const outcome = await loadAfter(edit('exercises/kickback.json', (d) => (d.video = null)));
    expect(outcome.ok && outcome.warnings.filter((problem) => !problem.file.startsWith('audio/'))).toEqual([]);
  });
});

describe('content rules, a body-map drawing', () => {
  it('too big to read is an error on body-maps.json naming the drawing, not on every muscle', async () => {
    const { problems } = await problemsAfter(async ({ assetsDir }) => {
      const file = join(assetsDir, 'images/body-map-front.svg');
      await writeFile(file, `${await readFile(file, 'utf8')}<!--${' '.repeat(2 * 1024 * 1024)}-->`);
    }, true);
    expect(problems).toEqual([error('body-maps.json', 'front.file', expect.stringMatching(/^"images\/body-map-front\.svg" is \d+ bytes, more than the 2097152 a file of this kind may have$/))]);
  });
});

describe('content loader, the folder', () => {
  it('without audio.json, the kiosk is silent but complete: no prompts, no read-aloud, no problem', async () => {
    const outcome = await loadAfter(({ contentDir }) => rm(join(contentDir, 'audio.json')));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.warnings).toEqual([]);
    expect(outcome.bundle.cueSprites).toEqual({ sprites: new Map(), credits: [] });
    expect(outcome.bundle.readAloud).toEqual(noReadAloud());
  });

  it('reads only the .json files of a record folder: notes and backups beside them are left alone', async () => {
    const outcome = await loadAfter(async ({ contentDir }) => {
      await writeFile(join(contentDir, 'stations/README.md'), '# Stations\nOne file per station.');
      await writeFile(join(contentDir, 'muscles/semitendinosus.json~'), '{ "id": ');
    });
    expect(outcome.ok && outcome.warnings).toEqual([]);
  });

  it('takes the id from the file name without its final .json only', async () => {
    const { problems } = await problemsAfter(async ({ contentDir }) => {
      await cp(join(contentDir, 'stations/cable-station.json'), join(contentDir, 'stations/cable-station.json.orig.json'));
    });
    expect(problems).toEqual([error('stations/cable-station.json.orig.json', 'id', 'is "cable-station" but the file name says "cable-station.json.orig"')]);
  });

  it('gives the same version whatever order the files were written in', async () => {
    const inOrder = await copyContent(join(dir(), 'a'));
    const reversed = await copyContent(join(dir(), 'b'));
    const names = ['biceps-femoris', 'erector-spinae', 'gluteus-maximus', 'quadriceps-femoris', 'semimembranosus', 'semitendinosus'];
    for (const [folder, order] of [[inOrder, names], [reversed, [...names].reverse()]] as const) {
      const texts = await Promise.all(order.map((name) => readFile(join(folder, `muscles/${name}.json`))));
      await rm(join(folder, 'muscles'), { recursive: true });
      await mkdir(join(folder, 'muscles'));
      for (const [index, name] of order.entries()) await writeFile(join(folder, `muscles/${name}.json`), texts[index]!);
    }
    const first = await loadContentFolder({ contentDir: inOrder, assetsDir: EMBEDDED_ASSETS });
    const second = await loadContentFolder({ contentDir: reversed, assetsDir: EMBEDDED_ASSETS });
    expect(first.ok && second.ok && second.bundle.version).toBe(first.ok && first.bundle.version);
  });

  it('a language other than the fallback without its station texts only warns, and the kiosk shows the fallback text', async () => {
    const outcome = await loadAfter(({ contentDir }) => rm(join(contentDir, 'locales/it/stations.json')));
    expect(outcome.ok && outcome.warnings.filter((problem) => problem.file.startsWith('locales/'))).toEqual([
      warning('locales/it/stations.json', '(whole file)', 'file is missing'),
      warning('locales/it/stations.json', 'cable-station', 'has no text yet; the kiosk shows the en text'),
      warning('locales/it/stations.json', 'seated-leg-curl', 'has no text yet; the kiosk shows the en text'),
    ]);
  });

  it.each([
    ['nl', 'file is missing; the interface shows the en words'],
    ['en', 'file is missing; the interface shows the built-in English words'],
  ])('a missing locales/%s/ui.json only warns, saying which words the interface shows', async (code, reason) => {
    const outcome = await loadAfter(({ contentDir }) => rm(join(contentDir, `locales/${code}/ui.json`)));
    expect(outcome.ok && outcome.warnings.filter((problem) => problem.file.startsWith('locales/'))).toEqual([warning(`locales/${code}/ui.json`, '(whole file)', reason)]);
  });

  it('whatever goes wrong outside the files (a folder that is not a path) is one problem of the folder, never an exception', async () => {
    const outcome = await loadContentFolder({ contentDir: 42 as unknown as string, assetsDir: EMBEDDED_ASSETS });
    expect(outcome).toEqual({ ok: false, problems: [error('(content folder)', '(whole folder)', 'could not be loaded (ERR_INVALID_ARG_TYPE)')] });
  });
});
