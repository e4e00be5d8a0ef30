/** The export's own pages: the start page (pick a language) and each language's index of machines, exercises and muscles. */
import '../components/link-list.css';
import { useTranslation } from 'react-i18next';
import type { KioskContent } from '../../common/content-view';
import { webLanguagePath, webPagePath } from '../../common/web-pages';
import { LinkList } from '../components/link-list';

export function StartPage({ content }: { content: KioskContent }) {
  const { t } = useTranslation();
  return (
    <main className="screen__body web-index">
      <h1 className="screen__title">{t('share.siteTitle')}</h1>
      <nav className="link-list" aria-label={t('share.pickLanguage')}>
        <h2>{t('share.pickLanguage')}</h2>
        <ul>
          {content.languages.map((entry) => (
            <li key={entry.code}>
              <a className="link-button" href={webLanguagePath(entry.code)} lang={entry.code} hrefLang={entry.code}>
                {entry.name}
                <span aria-hidden="true" className="link-button__arrow">›</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}

export function LanguagePage({ content }: { content: KioskContent }) {
  const { t } = useTranslation();
  const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name, content.language));
  return (
    <main className="screen__body web-index">
      <h1 className="screen__title">{t('share.siteTitle')}</h1>
      <section className="link-list">
        <h2>{t('share.stations')}</h2>
        <ul>
          {content.stations.map((station) => (
            <li key={station.id}>
              <a className="link-button" href={webPagePath(content.language, { kind: 'station', id: station.id })}>
                {station.name}
                <span aria-hidden="true" className="link-button__arrow">›</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <LinkList title={t('share.exercises')} items={byName(Object.values(content.exercises))} screen="exercise" />
      <LinkList title={t('share.muscles')} items={byName(Object.values(content.muscles))} screen="muscle" />
    </main>
  );
}
