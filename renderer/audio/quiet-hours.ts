/** Whether a local time falls in the staff's quiet hours; the window may pass midnight (22:00–06:00). */
import type { KioskSettings } from '../../common/settings';

function minutes(clock: string): number {
  const [hours, mins] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (mins ?? 0);
}

export function isQuietTime(now: Date, quietHours: KioskSettings['quietHours']): boolean {
  if (!quietHours) return false;
  const current = now.getHours() * 60 + now.getMinutes();
  const start = minutes(quietHours.start);
  const end = minutes(quietHours.end);
  return start < end ? current >= start && current < end : current >= start || current < end;
}
