import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../../../main/services/content/content-loader';
import { fallbackChain, localizeContent } from '../../../../../main/services/content/content-localizer';
import { createContentStore } from '../../../../../main/services/content/content-store';
import { copyContent, editJson, EMBEDDED_ASSETS } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-localizer');

async function bundleOf(contentDir: string) {
  const outcome = await loadContentFolder({ contentDir, assetsDir: EMBEDDED_ASSETS });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.bundle;
}

describe('localizer', () => {
  it('falls back requested → English → the other languages', async () => {
    const bundle = await bundleOf('content');
    expect(fallbackChain(bundle, 'de').slice(0, 2)).toEqual(['de', 'en']);
    expect(fallbackChain(bundle, 'pt')[0]).toBe('en');
  });

  it('shows English text for an unknown language, and says so', async () => {
    const content = localizeContent(await bundleOf('content'), 'seated-leg-curl', 'pt');
    expect(content.language).toBe('en');
    expect(content.cueSprite?.language).toBe('en');
  });

  it('takes the prompts and read-aloud audio of the language shown, English prompts where it has none, and no other language\'s read-aloud', async () => {
    const bundle = await bundleOf('content');
    bundle.cueSprites.sprites.delete('de');
    bundle.readAloud.byLanguage.delete('de');
    const content = localizeContent(bundle, 'seated-leg-curl', 'de');
    expect(content.cueSprite).toEqual({ language: 'en', ...bundle.cueSprites.sprites.get('en') });
    expect(Object.values(content.muscles).map((muscle) => muscle.readAloud)).toEqual(Object.values(content.muscles).map(() => null));
    expect(localizeContent(bundle, 'seated-leg-curl', 'fr').cueSprite?.language).toBe('fr');
  });

  it('names the station\'s muscles and lists every body map and media credit, each file once', async () => {
    const bundle = await bundleOf('content');
    const content = localizeContent(bundle, 'seated-leg-curl', 'de');
    const station = bundle.stations.get('seated-leg-curl');
    const germanMuscles = bundle.text.get('de')?.muscles;
    expect(content.station.targetMuscles).toEqual(station?.targetMuscles.map((id) => ({ id, name: germanMuscles?.get(id)?.name })));
    expect(content.bodyMaps).toEqual(Object.entries(bundle.bodyMaps).map(([view, map]) => ({ view, ...map })));
    const files = content.credits.map(({ file }) => file);
    for (const exercise of bundle.exercises.values()) {
      if (exercise.video) expect(files).toEqual(expect.arrayContaining([exercise.video.file, exercise.video.poster]));
    }
    expect(new Set(files).size).toBe(files.length);
    // An exercise without a video adds no credit and breaks nothing.
    const [first] = bundle.exercises.values();
    if (!first?.video) throw new Error('the first exercise has a video');
    const withoutVideo = { ...first, video: undefined };
    bundle.exercises.set(first.id, withoutVideo as unknown as typeof first);
    expect(localizeContent(bundle, 'seated-leg-curl', 'de').credits.map(({ file }) => file)).not.toContain(first.video.file);
  });

  it('fills a text missing in German with the English one, never an empty field', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/de/muscles.json'), (data) => delete data.semitendinosus);
    const content = localizeContent(await bundleOf(contentDir), 'seated-leg-curl', 'de');
    const english = localizeContent(await bundleOf(contentDir), 'seated-leg-curl', 'en');
    expect(content.muscles.semitendinosus?.origin).toBe(english.muscles.semitendinosus?.origin);
    expect(content.muscles.semimembranosus?.origin).not.toBe(english.muscles.semimembranosus?.origin);
  });

  it('fills one field missing in French with the English field and keeps the rest of the card French', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/fr/muscles.json'), (data) => delete data.semimembranosus.origin);
    const bundle = await bundleOf(contentDir);
    const french = localizeContent(bundle, 'seated-leg-curl', 'fr').muscles.semimembranosus;
    const english = localizeContent(bundle, 'seated-leg-curl', 'en').muscles.semimembranosus;
    expect(french?.origin).toBe(english?.origin);
    expect(french?.insertion).toBeTruthy();
    expect(french?.insertion).not.toBe(english?.insertion);
  });

  it('derives which exercises train a muscle from the exercises', async () => {
    const content = localizeContent(await bundleOf('content'), 'cable-station', 'en');
    const glute = content.muscles['gluteus-maximus'];
    expect(glute?.primaryExercises.map((exercise) => exercise.id).sort()).toEqual(['cable-deadlift', 'kickback']);
    expect(content.station.id).toBe('cable-station');
  });

  it('a language without read-aloud credits lists only the other media', async () => {
    const bundle = await bundleOf('content');
    bundle.readAloud.credits.delete('de');
    const files = localizeContent(bundle, 'seated-leg-curl', 'de').credits.map(({ file }) => file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !/\.(webm|mp4|jpg|png|webp|svg|mp3|ogg)$/.test(file))).toEqual([]);
    expect(files.some((file) => file.includes('/read-aloud/'))).toBe(false);
  });

  // The loader refuses such a bundle; if one ever got through, the kiosk must fail loudly, not draw blank cards.
  it('a bundle without any text for a record, or without stations, is an error naming what is missing', async () => {
    const bundle = await bundleOf('content');
    const [firstMuscle] = bundle.muscles.keys();
    const text = structuredClone(bundle.text);
    for (const records of text.values()) records.muscles.delete(firstMuscle ?? '');
    expect(() => localizeContent({ ...bundle, text }, 'seated-leg-curl', 'en')).toThrow(`No text for muscles "${firstMuscle}" in any language`);
    expect(() => localizeContent({ ...bundle, text: new Map() }, 'seated-leg-curl', 'en')).toThrow('No text for exercises');
    expect(() => localizeContent({ ...bundle, stations: new Map() }, 'seated-leg-curl', 'en')).toThrow('Content has no station');
  });

  it('an unknown station falls back to the first one', async () => {
    const content = localizeContent(await bundleOf('content'), 'rowing-machine', 'en');
    expect(content.stations.map((station) => station.id)).toContain(content.station.id);
  });
});

describe('content store', () => {
  it('keeps the last good content when the folder turns invalid, and takes a valid change', async () => {
    const contentDir = await copyContent(dir());
    const store = createContentStore({ contentDir, assetsDir: EMBEDDED_ASSETS });
    expect((await store.reload()).ok).toBe(true);
    const good = store.get({ language: 'en', station: 'seated-leg-curl' });

    await editJson(join(contentDir, 'stations/seated-leg-curl.json'), (data) => (data.exercises = ['missing']));
    const failed = await store.reload();
    expect(failed.ok).toBe(false);
    expect(store.get({ language: 'en', station: 'seated-leg-curl' })).toEqual(good);
    expect(store.status().problems.some((problem) => problem.field === 'exercises[0]')).toBe(true);

    await editJson(join(contentDir, 'stations/seated-leg-curl.json'), (data) => (data.exercises = ['seated-leg-curl']));
    await editJson(join(contentDir, 'locales/en/stations.json'), (data) => (data['seated-leg-curl'].name = 'Leg curl, new'));
    expect((await store.reload()).ok).toBe(true);
    const fresh = store.get({ language: 'en', station: 'seated-leg-curl' });
    expect(fresh.ok && fresh.value.station.name).toBe('Leg curl, new');
  });
});

describe('the interface words the page gets', () => {
  it('English holds every word the kiosk uses: the content\'s own where it has one, the built-in one where it has none', async () => {
    const contentDir = await copyContent(dir());
    await editJson(join(contentDir, 'locales/en/ui.json'), (data) => {
      delete data.sleep;
      data.attract.touchToStart = 'Tap me to begin';
      data.nav.back = '';
    });
    await editJson(join(contentDir, 'locales/de/ui.json'), (data) => delete data.nav);
    const { ui } = localizeContent(await bundleOf(contentDir), 'seated-leg-curl', 'de');
    const builtIn = JSON.parse(await readFile('content/locales/en/ui.json', 'utf8')) as { sleep: Record<string, string>; nav: Record<string, string> };
    expect(ui.en).toMatchObject({ sleep: builtIn.sleep, attract: { touchToStart: 'Tap me to begin' } });
    // A word the operator left empty stays empty: the page falls back from it as it did before (never to a key).
    expect((ui.en?.nav as Record<string, string>).back).toBe('');
    expect((ui.en?.nav as Record<string, string>).home).toBe(builtIn.nav.home);
    // Other languages are the content's own words, gaps and all (the page falls back to English for those).
    expect(ui.de).not.toHaveProperty('nav');
    expect(Object.keys(ui).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl']);
  });
});
