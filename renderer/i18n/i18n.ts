/** i18next with every ui.json under content/locales bundled in, so even the error screen is translated. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../../content/locales/en/ui.json';

const files = import.meta.glob<{ default: typeof en }>('../../content/locales/*/ui.json', { eager: true });

/** `{ en: { ui: {...} }, de: { ui: {...} } }`, keyed by the folder name. */
export const uiResources = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.split('/').at(-2) ?? 'en', { ui: module.default }]),
);

export const FALLBACK_LANGUAGE = 'en';

export async function setupI18n(language: string): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: uiResources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    defaultNS: 'ui',
    ns: ['ui'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
