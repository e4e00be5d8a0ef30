/**
 * The quiet-hours window as two large lists of half hours, 24-hour clock: a floor kiosk has no keyboard,
 * and a time field wants one. A time set by hand in the settings file stays in its list, never lost.
 */
import './quiet-hours-picker.css';
import { useTranslation } from 'react-i18next';
import type { KioskSettings } from '../../common/settings';

type QuietHours = NonNullable<KioskSettings['quietHours']>;

const HALF_HOURS = Array.from({ length: 48 }, (_, index) => `${String(Math.floor(index / 2)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`);

function timesWith(current: string): string[] {
  return HALF_HOURS.includes(current) ? HALF_HOURS : [...HALF_HOURS, current].sort();
}

export function QuietHoursPicker({ hours, onChange }: { hours: QuietHours; onChange: (window: QuietHours) => void }) {
  const { t } = useTranslation();
  const field = (end: keyof QuietHours, label: string) => (
    <label>
      <span>{label}</span>
      <select value={hours[end]} onChange={(event) => onChange({ ...hours, [end]: event.target.value })}>
        {timesWith(hours[end]).map((time) => (
          <option key={time} value={time}>
            {time}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="time-range">
      {field('start', t('staff.sound.from'))}
      {field('end', t('staff.sound.to'))}
    </div>
  );
}
