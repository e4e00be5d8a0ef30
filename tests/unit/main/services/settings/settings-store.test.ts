import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../../common/default-settings';
import { createSettingsStore } from '../../../../../main/services/settings/settings-store';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-settings');
const settingsFile = () => join(dir(), 'settings.json');

describe('settings store', () => {
  it('starts on defaults when there is no file, and writes none until staff save', async () => {
    const store = createSettingsStore({ file: settingsFile() });
    expect(store.problems()).toEqual([]);
    expect(await store.load()).toEqual(defaultSettings);
    expect(store.problems()).toEqual([]);
    expect(await readdir(dir())).toEqual([]);
  });

  it('keeps what staff saved across a restart (a new store on the same file)', async () => {
    await createSettingsStore({ file: settingsFile() }).save({ defaultLanguage: 'de', volume: 0.3, quietHours: { start: '22:00', end: '06:00' } });
    const restarted = createSettingsStore({ file: settingsFile() });
    expect(await restarted.load()).toMatchObject({ defaultLanguage: 'de', volume: 0.3, quietHours: { start: '22:00', end: '06:00' } });
  });

  it('refuses an invalid change, names the field, and leaves the file as it was', async () => {
    const store = createSettingsStore({ file: settingsFile() });
    await store.save({ muted: true });
    const before = await readFile(settingsFile(), 'utf8');
    const result = await store.save({ volume: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'settings-invalid', message: 'Settings were not saved', problems: [{ file: 'settings.json', field: 'volume', reason: 'must be between 0 and 1' }] } });
    expect(await readFile(settingsFile(), 'utf8')).toBe(before);
    expect(store.get().volume).toBe(defaultSettings.volume);
  });

  it('moves a corrupted file aside, keeps its bytes, starts on defaults and says so', async () => {
    await writeFile(settingsFile(), '{"defaultLanguage": "de", "vol');
    const store = createSettingsStore({ file: settingsFile(), now: () => new Date('2026-11-24T08:00:00Z') });
    expect(await store.load()).toEqual(defaultSettings);
    const aside = (await readdir(dir())).find((name) => name.startsWith('settings.json.unreadable-'));
    expect(aside).toBe('settings.json.unreadable-2026-11-24T08-00-00-000Z');
    expect(await readFile(join(dir(), aside ?? ''), 'utf8')).toBe('{"defaultLanguage": "de", "vol');
    expect(store.problems()[0]).toMatchObject({ severity: 'error', file: 'settings.json', field: '(whole file)' });
    expect(store.problems()[0]?.reason).toContain('is not valid JSON');
  });

  it('moves a hand-edited file with a wrong value aside and names the field', async () => {
    await writeFile(settingsFile(), JSON.stringify({ defaultLanguage: 'de', idleTimeoutSeconds: 'sixty' }));
    const store = createSettingsStore({ file: settingsFile() });
    expect(await store.load()).toEqual(defaultSettings);
    expect(store.problems()[0]?.reason).toMatch(/^field idleTimeoutSeconds /);
    expect((await readdir(dir())).some((name) => name.startsWith('settings.json.unreadable-'))).toBe(true);
  });

  it('loads a file saved before newer settings existed, with defaults for those', async () => {
    await writeFile(settingsFile(), JSON.stringify({ defaultLanguage: 'fr', station: 'cable-station' }));
    expect(await createSettingsStore({ file: settingsFile() }).load()).toEqual({ ...defaultSettings, defaultLanguage: 'fr', station: 'cable-station' });
  });

  it('uses the operator\'s initial settings where the file has no value', async () => {
    await writeFile(settingsFile(), JSON.stringify({ volume: 0.5 }));
    const store = createSettingsStore({ file: settingsFile(), initial: { defaultLanguage: 'nl', volume: 1 } });
    expect(await store.load()).toMatchObject({ defaultLanguage: 'nl', volume: 0.5 });
  });

  it('30 concurrent saves all succeed, in order, and leave one valid file with the last of each', async () => {
    const store = createSettingsStore({ file: settingsFile() });
    await store.load();
    const saves = Array.from({ length: 30 }, (_, index) => store.save({ volume: index / 100, idleTimeoutSeconds: 10 + index }));
    const results = await Promise.all(saves);
    expect(results.every((result) => result.ok)).toBe(true);
    const onDisk = JSON.parse(await readFile(settingsFile(), 'utf8'));
    expect(onDisk).toEqual({ volume: 0.29, idleTimeoutSeconds: 39 });
    expect(await createSettingsStore({ file: settingsFile() }).load()).toEqual({ ...defaultSettings, ...onDisk });
    expect(await readdir(dir())).toEqual(['settings.json']);
  });

  it('tells its listener after each save, with what was saved', async () => {
    const saved: unknown[] = [];
    const store = createSettingsStore({ file: settingsFile(), onSaved: (settings) => saved.push(settings) });
    await store.save({ muted: true });
    await store.save({ volume: 2 });
    expect(saved).toEqual([{ ...defaultSettings, muted: true }]);
  });

  it('starts on defaults and says so when the settings path is a folder, and a save reports the failure', async () => {
    await mkdir(settingsFile());
    const store = createSettingsStore({ file: settingsFile() });
    expect(await store.load()).toEqual(defaultSettings);
    expect(store.problems()[0]?.reason).toMatch(/^is not a regular file; the kiosk started on defaults/);
    expect(await store.save({ muted: true })).toMatchObject({ ok: false, error: { code: 'internal', message: 'Settings could not be written to settings.json (EISDIR)' } });
    // Nothing reached the file, so nothing shows as saved.
    expect(store.get()).toEqual(defaultSettings);
  });

  it('after two failed saves in a row, shows what the file holds, not the first failed change', async () => {
    await mkdir(settingsFile());
    const store = createSettingsStore({ file: settingsFile() });
    await store.load();
    const [first, second] = await Promise.all([store.save({ muted: true }), store.save({ volume: 0.9 })]);
    expect([first.ok, second.ok]).toEqual([false, false]);
    expect(store.get()).toEqual(defaultSettings);
  });

  it('a failed save followed by one that lands: memory matches the file', async () => {
    await mkdir(settingsFile());
    const store = createSettingsStore({ file: settingsFile() });
    await store.load();
    const first = store.save({ muted: true });
    const second = store.save({ volume: 0.4 });
    expect(await first).toMatchObject({ ok: false });
    // Synchronously, before the queued second write reaches the disk: the folder in the way goes.
    rmSync(settingsFile(), { recursive: true });
    expect(await second).toMatchObject({ ok: true });
    const onDisk = JSON.parse(await readFile(settingsFile(), 'utf8'));
    expect(onDisk).toEqual({ muted: true, volume: 0.4 });
    expect(store.get()).toEqual({ ...defaultSettings, ...onDisk });
  });

  it('a reload after a repaired file clears the problems of the load before', async () => {
    await writeFile(settingsFile(), '{ broken');
    const store = createSettingsStore({ file: settingsFile() });
    await store.load();
    expect(store.problems()).toHaveLength(1);
    await writeFile(settingsFile(), JSON.stringify({ muted: true }));
    expect(await store.load()).toEqual({ ...defaultSettings, muted: true });
    expect(store.problems()).toEqual([]);
  });

  it('says so when a bad file cannot even be moved aside, and still starts on defaults', async () => {
    await writeFile(settingsFile(), '{ broken');
    // The name the bad file would be kept under is taken by a folder with something in it.
    await mkdir(join(dir(), 'settings.json.unreadable-2026-11-24T08-00-00-000Z', 'inside'), { recursive: true });
    const store = createSettingsStore({ file: settingsFile(), now: () => new Date('2026-11-24T08:00:00Z') });
    expect(await store.load()).toEqual(defaultSettings);
    expect(store.problems()).toEqual([
      { severity: 'error', file: 'settings.json', field: '(whole file)', reason: expect.stringMatching(/is not valid JSON.*; it could not be moved aside \((EISDIR|ENOTEMPTY|EEXIST)\), the kiosk started on defaults$/) },
    ]);
  });
});

describe('settings store, over the operator\'s config', () => {
  it('the operator\'s values apply until staff change them; the file holds only what staff changed', async () => {
    const store = createSettingsStore({ file: settingsFile(), initial: { station: 'cable-station', defaultLanguage: 'de' } });
    expect(await store.load()).toMatchObject({ station: 'cable-station', defaultLanguage: 'de' });
    await store.save({ defaultLanguage: 'fr' });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual({ defaultLanguage: 'fr' });
    // The operator later edits the config: what staff did not change follows it, what they changed stays.
    const later = createSettingsStore({ file: settingsFile(), initial: { station: 'seated-leg-curl', defaultLanguage: 'nl' } });
    expect(await later.load()).toMatchObject({ station: 'seated-leg-curl', defaultLanguage: 'fr' });
  });

  it('a reset forgets every staff change, so the operator\'s values apply again, and tells its listener', async () => {
    const told: unknown[] = [];
    const store = createSettingsStore({ file: settingsFile(), initial: { defaultLanguage: 'de' }, onSaved: (settings) => told.push(settings.defaultLanguage) });
    await store.load();
    await store.save({ defaultLanguage: 'fr', muted: true });
    const reset = await store.reset();
    expect(reset).toMatchObject({ ok: true, value: { defaultLanguage: 'de', muted: false } });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual({});
    expect(told).toEqual(['fr', 'de']);
  });
});
