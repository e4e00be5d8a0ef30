/**
 * i18next for the interface's words. The build carries the English words of the loading and error screens (so they
 * always have text); every language's words arrive with the content, so an operator's fix to a ui.json shows
 * without a rebuild, hot-swapped like the rest of the content.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { StartState } from '../../common/channels';
import type { UiText } from '../../common/content-view';
import type { Result } from '../../common/result';
// Only what the page says without content (loading, the error screen): main hands in every other word with the
// content, English complete (main/services/content/ui-text.ts), so the first script stays small.
import { app, error } from '../../content/locales/en/ui.json';

export const FALLBACK_LANGUAGE = 'en';

/** The built-in English words the page has before any content arrives. */
export const BUILT_IN_WORDS: UiText = { app, error };

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

/** The language and words a page starts in: the start's default language and its content's words (else the built-in ones). */
export function startWords(start: Result<StartState> | null): { language: string; ui: Record<string, UiText> | undefined } {
  if (!start?.ok) return { language: FALLBACK_LANGUAGE, ui: undefined };
  return { language: start.value.settings.defaultLanguage, ui: start.value.content.ok ? start.value.content.value.ui : undefined };
}

/** The global instance in `language`, with the content's words when the page came with them (its first screen is in that language). */
export async function setupI18n(language: string, ui?: Record<string, UiText>): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    ...UI_WORDS_OPTIONS,
    resources: { [FALLBACK_LANGUAGE]: { ui: BUILT_IN_WORDS } },
    lng: language,
    // Screens render again when a content swap brings new words.
    react: { bindI18nStore: 'added' },
  });
  if (ui) addUiText(ui);
  return i18next;
}

/** Adds the content's words for each language over what is there (a missing word keeps the English one). */
export function addUiText(ui: Record<string, UiText>, instance: Pick<typeof i18next, 'addResourceBundle'> = i18next): void {
  for (const [language, words] of Object.entries(ui)) instance.addResourceBundle(language, 'ui', words, true, true);
}
