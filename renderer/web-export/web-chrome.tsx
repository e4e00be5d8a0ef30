/** The export's header (the way to the language's index, the same page in each other language) and footer (licences). */
import { useTranslation } from 'react-i18next';
import type { LanguageInfo } from '../../common/content-view';
import type { WebAlternate } from '../../common/web-export';
import { webCreditsPath, webLanguagePath } from '../../common/web-pages';

export function WebHeader({ language, languages, alternates }: { language: string; languages: LanguageInfo[]; alternates: WebAlternate[] }) {
  const { t } = useTranslation();
  const named = alternates.flatMap((alternate) => {
    const info = languages.find((entry) => entry.code === alternate.hreflang);
    return info ? [{ ...info, path: alternate.path }] : [];
  });
  return (
    <header className="web-header">
      <a className="web-header__home" href={webLanguagePath(language)}>
        <span aria-hidden="true">⌂</span> {t('nav.home')}
      </a>
      {named.length > 1 && (
        <nav className="web-header__languages" aria-label={t('nav.languages')}>
          <ul>
            {named.map((entry) => (
              <li key={entry.code}>
                <a href={entry.path} lang={entry.code} hrefLang={entry.code} aria-current={entry.code === language ? 'page' : undefined}>
                  {entry.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}

export function WebFooter({ language }: { language: string }) {
  const { t } = useTranslation();
  return (
    <footer className="web-footer">
      <a href={webCreditsPath(language)}>{t('credits.title')}</a>
      <a href="./">{t('share.pickLanguage')}</a>
    </footer>
  );
}
