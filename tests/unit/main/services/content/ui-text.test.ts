import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { UiText } from '../../../../../common/content-view';
import { checkUiText, pageUiWords } from '../../../../../main/services/content/ui-text';

const builtIn = JSON.parse(await readFile('content/locales/en/ui.json', 'utf8')) as UiText;
/** The built-in English words with some changed: `{ 'attract.touchToStart': 'Tap' }`. */
function withWords(changes: Record<string, string | null>): UiText {
  const copy = structuredClone(builtIn) as Record<string, UiText>;
  for (const [path, word] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let node = copy as UiText;
    for (const key of keys) {
      node[key] ??= {};
      node = node[key] as UiText;
    }
    if (word === null) delete node[last];
    else node[last] = word;
  }
  return copy;
}

describe('checking ui.json against the words the kiosk uses', () => {
  it('the built-in English words, and a language with all of them, pass', () => {
    const ui = new Map([['en', builtIn], ['de', withWords({ 'attract.touchToStart': 'Zum Starten berühren' })]]);
    expect(checkUiText(ui, ['en', 'de'], 'en')).toEqual([]);
  });

  it('a word missing or blank in the fallback language falls back to the built-in English one', () => {
    const ui = new Map([['en', withWords({ 'attract.touchToStart': null, 'nav.home': '  ' })]]);
    expect(checkUiText(ui, ['en'], 'en')).toEqual([
      { severity: 'warning', file: 'locales/en/ui.json', field: 'nav.home', reason: 'has no text yet; the interface shows the built-in English word' },
      { severity: 'warning', file: 'locales/en/ui.json', field: 'attract.touchToStart', reason: 'has no text yet; the interface shows the built-in English word' },
    ]);
  });

  it('another language is held against the fallback language\'s words, and names it', () => {
    // German as the fallback, without nav.guide: French need not have it either, but misses nav.home.
    const ui = new Map([['de', withWords({ 'nav.guide': null })], ['fr', withWords({ 'nav.guide': null, 'nav.home': null })]]);
    expect(checkUiText(ui, ['de', 'fr'], 'de')).toEqual([
      { severity: 'warning', file: 'locales/de/ui.json', field: 'nav.guide', reason: 'has no text yet; the interface shows the built-in English word' },
      { severity: 'warning', file: 'locales/fr/ui.json', field: 'nav.home', reason: 'has no text yet; the interface shows the de word' },
    ]);
  });

  it('without the fallback language\'s ui.json, the others are held against the kiosk\'s own words', () => {
    const ui = new Map([['fr', withWords({ 'nav.home': null })]]);
    expect(checkUiText(ui, ['en', 'fr'], 'en').map(({ file, field, reason }) => `${file} ${field}: ${reason}`)).toEqual(['locales/fr/ui.json nav.home: has no text yet; the interface shows the en word']);
  });

  it('a key the kiosk does not use is a typo, at any depth; a language not listed is not checked', () => {
    const ui = new Map([['en', withWords({ 'attract.touchToStrat': 'Touch', 'extra': 'x' })], ['nl', withWords({ 'nav.home': null })]]);
    expect(checkUiText(ui, ['en'], 'en')).toEqual([
      { severity: 'warning', file: 'locales/en/ui.json', field: 'attract.touchToStrat', reason: 'is not a word the kiosk uses (a typo?)' },
      { severity: 'warning', file: 'locales/en/ui.json', field: 'extra', reason: 'is not a word the kiosk uses (a typo?)' },
    ]);
  });
});

describe('the words a page gets', () => {
  it('each language as it is, and under English every built-in word the content\'s English does not have', () => {
    const de = { attract: { touchToStart: 'Zum Starten berühren' } };
    const words = pageUiWords(new Map<string, UiText>([['en', { attract: { touchToStart: 'Tap to begin' }, nav: 'flat' }], ['de', de]]));
    expect(words.de).toBe(de);
    const en = words.en as Record<string, Record<string, string> | string>;
    // A nested word is merged word by word; a word that is a string in the content replaces the built-in group.
    expect(en.attract).toEqual({ ...(builtIn.attract as object), touchToStart: 'Tap to begin' });
    expect(en.nav).toBe('flat');
    expect(en.home).toEqual(builtIn.home);
    // A group in the content is merged into the built-in group; where the built-in word is a string, the content's group wins.
    const grouped = pageUiWords(new Map<string, UiText>([['en', { nav: { home: 'Start' }, attract: { touchToStart: { short: 'Tap' } } }]])).en as Record<string, Record<string, unknown>>;
    expect(grouped.nav).toEqual({ ...(builtIn.nav as object), home: 'Start' });
    expect(grouped.attract?.touchToStart).toEqual({ short: 'Tap' });
    // Without any English content, English is the built-in words.
    expect(pageUiWords(new Map()).en).toEqual(builtIn);
  });
});
