import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOperatorConfig } from '../../../../../main/services/config/operator-config';
import { operatorSetup } from '../../../../../main/services/config/operator-setup';
import { formatPinHash, hashPin, verifyPin } from '../../../../../main/services/staff/pin-hash';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-config');
const configFile = () => join(dir(), 'etc', 'kiosk.json');
const lastGoodFile = () => join(dir(), 'data', 'kiosk.last-good.json');

async function load(config: unknown, named = true) {
  await mkdir(join(dir(), 'etc'), { recursive: true });
  if (config !== undefined) await writeFile(configFile(), typeof config === 'string' ? config : JSON.stringify(config));
  return loadOperatorConfig({ file: configFile(), named, lastGoodFile: lastGoodFile() });
}

const full = {
  station: 'cable-station',
  defaultLanguage: 'de',
  languages: ['de', 'en'],
  contentDir: 'content',
  assetsDir: '/srv/kiosk/assets',
  openingHours: [{ days: ['mon', 'tue'], open: '06:00', close: '22:00' }],
  rotation: 90,
  publicUrl: 'https://kiosk.example.com/',
  updates: { url: 'https://cdn.example.com/kiosk/', publicKey: 'MCowBQYDK2VwAyEA', intervalMinutes: 30, channel: 'stable' },
  displayOffCommand: 'wlr-randr --output HDMI-A-1 --off',
  displayOnCommand: 'wlr-randr --output HDMI-A-1 --on',
};

describe('operator config', () => {
  it('reads every key; relative folders are taken from the config file\'s folder', async () => {
    const loaded = await load(full);
    expect(loaded).toMatchObject({ source: 'file', problems: [], blocking: false });
    expect(loaded.config.contentDir).toBe(join(dir(), 'etc', 'content'));
    expect(loaded.config.assetsDir).toBe('/srv/kiosk/assets');
    expect(operatorSetup(loaded, {})).toMatchObject({
      settings: { station: 'cable-station', defaultLanguage: 'de', enabledLanguages: ['de', 'en'], rotation: 90, openingHours: full.openingHours },
      displayOffCommand: full.displayOffCommand,
      blocking: false,
    });
  });

  it('is optional where nobody named it, and a problem where somebody did', async () => {
    expect(await load(undefined, false)).toMatchObject({ source: 'none', problems: [], blocking: false });
    expect(await load(undefined, true)).toMatchObject({ blocking: true, problems: [{ file: 'kiosk.json', field: '(whole file)', reason: 'file is missing' }] });
  });

  it.each([
    ['an unknown key', { statoin: 'x' }, '(whole file)', /unknown field "statoin"/],
    ['a rotation that is not a quarter turn', { rotation: 45 }, 'rotation', /./],
    ['a day that is not a day', { openingHours: [{ days: ['monday'], open: '06:00', close: '22:00' }] }, 'openingHours[0].days[0]', /./],
    ['an update origin over plain http', { updates: { url: 'http://cdn.example.com/', publicKey: 'k' } }, 'updates.url', /https/],
    ['a PIN that is not digits', { staffPin: 'abcd' }, 'staffPin', /4 to 8 digits/],
    ['a PIN hash that is not one', { staffPinHash: 'md5$x' }, 'staffPinHash', /staff:hash-pin/],
  ])('names the key and the reason for %s, and blocks a first start', async (_name, config, field, reason) => {
    const loaded = await load(config);
    expect(loaded.blocking).toBe(true);
    const problem = loaded.problems.find((entry) => entry.field === field);
    expect(problem, JSON.stringify(loaded.problems)).toMatchObject({ severity: 'error', file: 'kiosk.json' });
    expect(problem?.reason).toMatch(reason);
  });

  it('runs on the last good copy when a later edit breaks the file, and says so', async () => {
    await load(full);
    const broken = await load('{ "station": "cable-station", ');
    expect(broken).toMatchObject({ source: 'last-good', blocking: false });
    expect(broken.config.station).toBe('cable-station');
    expect(broken.problems.map((problem) => problem.reason)).toEqual([expect.stringMatching(/^is not valid JSON/), 'is not valid; the kiosk runs on the last good copy until it is fixed']);
    expect(JSON.parse(await readFile(lastGoodFile(), 'utf8')).station).toBe('cable-station');
  });

  it('warns while a plain staffPin stays in the file, and hands it on as the first PIN', async () => {
    const loaded = await load({ staffPin: '1357' });
    expect(loaded.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'staffPin' })]);
    expect(operatorSetup(loaded, {}).firstPin).toBe('1357');
    expect(operatorSetup(loaded, { KIOSK_STAFF_PIN: '2468' }).firstPin).toBe('2468');
  });

  it('turns staffPinHash into the PIN hash, and refuses one whose cost is out of range', async () => {
    const line = formatPinHash(await hashPin('2468'));
    const setup = operatorSetup(await load({ staffPinHash: line }), {});
    expect(setup.pinHash && (await verifyPin('2468', setup.pinHash))).toBe(true);
    const tooCostly = line.replace('$16384$', '$4194304$');
    expect(operatorSetup(await load({ staffPinHash: tooCostly }), {}).problems).toEqual([expect.objectContaining({ field: 'staffPinHash' })]);
  });
});
