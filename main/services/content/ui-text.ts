/**
 * Compares each language's ui.json with the words the kiosk uses (the build's own English copy): a missing
 * or empty word falls back, so it warns; an unknown key is most likely a typo.
 */
import type { UiText } from '../../../common/content-view';
import type { Problem } from '../../../common/result';
import builtInEnglish from '../../../content/locales/en/ui.json' with { type: 'json' };

function flatten(value: UiText, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else flatten(child, path, out);
  }
  return out;
}

export function checkUiText(ui: ReadonlyMap<string, UiText>, codes: string[], fallback: string): Problem[] {
  const problems: Problem[] = [];
  const kioskKeys = flatten(builtInEnglish as UiText);
  const fallbackText = ui.get(fallback);
  const reference = fallbackText ? flatten(fallbackText) : kioskKeys;
  for (const code of codes) {
    const text = ui.get(code);
    if (!text) continue;
    const file = `locales/${code}/ui.json`;
    const words = flatten(text);
    // The fallback language is held against the kiosk's own keys; the others against the fallback language.
    const expected = code === fallback ? kioskKeys : reference;
    const shownInstead = code === fallback ? 'the built-in English word' : `the ${fallback} word`;
    for (const key of expected.keys()) {
      if (!words.get(key)?.trim()) problems.push({ severity: 'warning', file, field: key, reason: `has no text yet; the interface shows ${shownInstead}` });
    }
    for (const key of words.keys()) {
      if (!kioskKeys.has(key)) problems.push({ severity: 'warning', file, field: key, reason: 'is not a word the kiosk uses (a typo?)' });
    }
  }
  return problems;
}

function mergeWords(base: UiText, over: UiText): UiText {
  const merged: UiText = { ...base };
  for (const [key, word] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = typeof word === 'object' && typeof under === 'object' ? mergeWords(under, word) : word;
  }
  return merged;
}

/**
 * The words the page gets: each language's own, and under English every word the kiosk uses (the content's where it
 * has one, else the built-in one). The page's fallback is English, so a word missing anywhere still shows, and the
 * page carries no English copy of its own beyond what it says without content (loading, error).
 */
export function pageUiWords(ui: ReadonlyMap<string, UiText>): Record<string, UiText> {
  const words = Object.fromEntries(ui);
  return { ...words, en: mergeWords(builtInEnglish as UiText, words.en ?? {}) };
}
