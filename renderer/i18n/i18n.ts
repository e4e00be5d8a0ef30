/**
 * i18next for the interface's words. The build carries the English words (so the loading and error screens
 * always have text); every language's words arrive with the content, so an operator's fix to a ui.json shows
 * without a rebuild, hot-swapped like the rest of the content.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiText } from '../../common/content-view';
import builtInEnglish from '../../content/locales/en/ui.json';

export const FALLBACK_LANGUAGE = 'en';

/** How the interface's words are looked up, on the kiosk and on the exported web pages alike. */
export const UI_WORDS_OPTIONS = {
  fallbackLng: FALLBACK_LANGUAGE,
  defaultNS: 'ui',
  ns: ['ui'],
  interpolation: { escapeValue: false },
  returnNull: false,
  // A word left empty in a ui.json falls back to English instead of showing nothing.
  returnEmptyString: false,
} as const;

export async function setupI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    ...UI_WORDS_OPTIONS,
    resources: { [FALLBACK_LANGUAGE]: { ui: builtInEnglish } },
    lng: language,
    // Screens render again when a content swap brings new words.
    react: { bindI18nStore: 'added' },
  });
  return i18next;
}

/** Adds the content's words for each language over what is there (a missing word keeps the English one). */
export function addUiText(ui: Record<string, UiText>): void {
  for (const [language, words] of Object.entries(ui)) i18next.addResourceBundle(language, 'ui', words, true, true);
}
