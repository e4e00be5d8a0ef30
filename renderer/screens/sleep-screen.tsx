/**
 * While the gym is closed: nearly black, a small clock and when the gym opens, shifting a few pixels every
 * minute so nothing burns into the panel. No video, no sound. A touch wakes the kiosk for one member.
 */
import { useTranslation } from 'react-i18next';
import './sleep-screen.css';

/** How far the content wanders from the centre, in pixels, one step a minute. */
const DRIFT_PX = 24;

function driftAt(now: Date): { x: number; y: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  // Two co-prime strides walk every offset before repeating.
  return { x: ((minute * 7) % (2 * DRIFT_PX + 1)) - DRIFT_PX, y: ((minute * 13) % (2 * DRIFT_PX + 1)) - DRIFT_PX };
}

export function SleepScreen({ now, nextOpening, onWake }: { now: Date; nextOpening: Date | null; onWake: () => void }) {
  const { t, i18n } = useTranslation();
  const time = (date: Date) => new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  const sameDay = nextOpening !== null && nextOpening.toDateString() === now.toDateString();
  const opens =
    nextOpening === null
      ? null
      : sameDay
        ? t('sleep.opensAt', { time: time(nextOpening) })
        : t('sleep.opensOn', { day: new Intl.DateTimeFormat(i18n.language, { weekday: 'long' }).format(nextOpening), time: time(nextOpening) });
  const { x, y } = driftAt(now);
  return (
    <div className="screen screen--sleep sleep" data-screen="sleep" onClick={onWake}>
      <div className="sleep__content" style={{ transform: `translate(${x}px, ${y}px)` }}>
        <p className="sleep__clock">
          <time dateTime={now.toISOString()}>{time(now)}</time>
        </p>
        <p className="sleep__closed">{t('sleep.closed')}</p>
        {opens && <p className="sleep__opens">{opens}</p>}
        <button type="button" className="sleep__wake">
          {t('sleep.touchToWake')}
        </button>
      </div>
    </div>
  );
}
