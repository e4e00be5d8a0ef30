/** Licence, author and source of every image, video and sound the kiosk shows (as wger keeps them). */
import './credits-screen.css';
import { useTranslation } from 'react-i18next';
import type { MediaCredit } from '../../common/content-view';
import { ScreenFrame } from '../components/screen-frame';

export function CreditsScreen({ credits }: { credits: MediaCredit[] }) {
  const { t } = useTranslation();
  return (
    <ScreenFrame name="credits">
      <h1 className="screen__title">{t('credits.title')}</h1>
      <p className="hint">{t('credits.intro')}</p>
      <table className="credits-table">
        <thead>
          <tr>
            <th scope="col">{t('credits.file')}</th>
            <th scope="col">{t('credits.license')}</th>
            <th scope="col">{t('credits.author')}</th>
            <th scope="col">{t('credits.source')}</th>
          </tr>
        </thead>
        <tbody>
          {credits.map((credit) => (
            <tr key={credit.file}>
              <td>{credit.file}</td>
              {/* The column's name goes with each cell, for a narrow screen that shows each file as a card (the web export). */}
              <td data-label={t('credits.license')}>{credit.license}</td>
              <td data-label={t('credits.author')}>{credit.author}</td>
              <td data-label={t('credits.source')}>{credit.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScreenFrame>
  );
}
