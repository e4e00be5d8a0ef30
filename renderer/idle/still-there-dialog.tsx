/** "Still there?": covers the screen during the idle countdown; any touch keeps the member's screen. */
import './still-there-dialog.css';
import '../components/primary-button.css';
import { useTranslation } from 'react-i18next';

export function StillThereDialog({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation();
  return (
    <div className="still-there" role="alertdialog" aria-modal="true" aria-labelledby="still-there-title" aria-describedby="still-there-body">
      <div className="still-there__panel">
        <h2 id="still-there-title" className="still-there__title">
          {t('idle.title')}
        </h2>
        <p id="still-there-body" className="lead">
          {t('idle.body', { seconds: secondsLeft })}
        </p>
        <p className="still-there__count" aria-hidden="true">
          {secondsLeft}
        </p>
        {/* Any touch dismisses (the idle timer listens on the window); the button names that for screen readers. */}
        <button type="button" className="primary-button">
          <span className="primary-button__label">{t('idle.continue')}</span>
        </button>
      </div>
    </div>
  );
}
