import { describe, expect, it } from 'vitest';
import { publicPageUrl, siteBase, siteRootFrom, webCreditsPath, webLanguagePath, webPagePath } from '../../../common/web-pages';

describe('web export paths', () => {
  it('puts each page in a folder of its own, by language, kind and id', () => {
    expect(webPagePath('de', { kind: 'exercise', id: 'seated-leg-curl' })).toBe('de/exercises/seated-leg-curl/');
    expect(webPagePath('fr', { kind: 'muscle', id: 'biceps-femoris' })).toBe('fr/muscles/biceps-femoris/');
    expect(webPagePath('pt-BR', { kind: 'station', id: 'cable-station' })).toBe('pt-BR/stations/cable-station/');
    expect(webLanguagePath('nl')).toBe('nl/');
    expect(webCreditsPath('it')).toBe('it/credits/');
  });

  it.each(['../etc', 'a/b', '', 'UPPER', 'x?y'])('never builds a path from the id %j', (id) => {
    expect(() => webPagePath('en', { kind: 'exercise', id })).toThrow(/not an id/);
  });

  it.each(['../', 'english', '', 'de/x'])('never builds a path from the language %j', (language) => {
    expect(() => webPagePath(language, { kind: 'exercise', id: 'kickback' })).toThrow(/not a language code/);
  });

  it('leads from each page back to the site root, for its <base href>', () => {
    expect(siteRootFrom('')).toBe('./');
    expect(siteRootFrom('de/')).toBe('../');
    expect(siteRootFrom('de/credits/')).toBe('../../');
    expect(siteRootFrom('de/exercises/kickback/')).toBe('../../../');
  });

  it('makes the QR code\'s address from publicUrl with nothing added but the page', () => {
    expect(publicPageUrl('https://gym.example.com/exercises/', 'de', { kind: 'exercise', id: 'kickback' })).toBe('https://gym.example.com/exercises/de/exercises/kickback/');
    expect(publicPageUrl('https://gym.example.com/exercises', 'en', { kind: 'muscle', id: 'semitendinosus' })).toBe('https://gym.example.com/exercises/en/muscles/semitendinosus/');
    expect(publicPageUrl('https://gym.example.com', 'en', { kind: 'muscle', id: 'semitendinosus' })).toBe('https://gym.example.com/en/muscles/semitendinosus/');
    expect(siteBase('https://gym.example.com///')).toBe('https://gym.example.com/');
  });
});
