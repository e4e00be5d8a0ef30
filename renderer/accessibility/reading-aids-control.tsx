/** The "Aa" button in the top bar and, under it, the two switches it opens: larger text and high contrast. */
import './reading-aids-control.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadingAids, type ReadingAidsState } from './reading-aids';

const AIDS: Array<keyof ReadingAidsState> = ['largeText', 'highContrast'];

export function ReadingAidsControl() {
  const { t } = useTranslation();
  const aids = useReadingAids();
  const [open, setOpen] = useState(false);
  const anyOn = aids.largeText || aids.highContrast;
  return (
    <div className="reading-aids">
      <button
        type="button"
        className={`nav-button reading-aids__open${anyOn ? ' reading-aids__open--on' : ''}`}
        aria-label={t('readingAids.open')}
        aria-expanded={open}
        aria-controls="reading-aids-switches"
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open && (
        <div id="reading-aids-switches" className="reading-aids__switches" role="group" aria-label={t('readingAids.open')}>
          {AIDS.map((aid) => (
            <button key={aid} type="button" className="reading-aids__switch" aria-pressed={aids[aid]} onClick={() => aids.toggle(aid)}>
              <span aria-hidden="true" className="reading-aids__check">
                {aids[aid] ? '✓' : ''}
              </span>
              {t(`readingAids.${aid}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
