/** The brief moment before settings and content arrive: the kiosk's colours and a word, never white. */
import './loading-screen.css';
import { useTranslation } from 'react-i18next';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen screen--loading" data-screen="loading" aria-busy="true">
      <p className="lead" role="status">
        {t('app.loading')}
      </p>
    </div>
  );
}
