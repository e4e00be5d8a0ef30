/** One i18next instance per page, in the page's language, from the content's own words (the kiosk's ui.json). */
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiText } from '../../common/content-view';
import builtInEnglish from '../../content/locales/en/ui.json';
import { FALLBACK_LANGUAGE, UI_WORDS_OPTIONS } from '../i18n/i18n';

/** Words the kiosk says about itself that a web page says differently ("on this kiosk" → "on these pages"). */
function forTheWeb(words: UiText): UiText {
  const share = typeof words.share === 'object' ? words.share : {};
  const credits = typeof words.credits === 'object' ? words.credits : {};
  return typeof share.creditsIntro === 'string' ? { ...words, credits: { ...credits, intro: share.creditsIntro } } : words;
}

export function webI18n(language: string, ui: Record<string, UiText>): i18n {
  const instance = createInstance();
  const resources = Object.fromEntries(Object.entries({ [FALLBACK_LANGUAGE]: builtInEnglish, ...ui }).map(([code, words]) => [code, { ui: forTheWeb(words) }]));
  // initAsync: false makes init finish before the first render; the words are all here already.
  void instance.use(initReactI18next).init({
    ...UI_WORDS_OPTIONS,
    resources,
    lng: language,
    initAsync: false,
  });
  return instance;
}
