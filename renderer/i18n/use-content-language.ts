/** Puts the content's interface words in place and switches i18next to the page's language, before the screen is painted. */
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../common/content-view';
import { addUiText } from './i18n';

export function useContentLanguage(content: KioskContent | null, language: string): void {
  const { i18n } = useTranslation();
  useLayoutEffect(() => {
    if (content) addUiText(content.ui);
  }, [content]);
  useLayoutEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}
