/**
 * Whether the gym is closed now, looked at again at each full minute (plain timers and Date, so a test clock
 * controls it), and when it opens next.
 */
import { useEffect, useState } from 'react';
import { isOpen, nextOpening, type OpeningHours } from '../../common/opening-hours';

export interface OpeningState {
  closed: boolean;
  /** The minute it is now (the sleep screen's clock). */
  now: Date;
  nextOpening: Date | null;
}

function stateAt(now: Date, hours: OpeningHours | null): OpeningState {
  return { closed: !isOpen(now, hours), now, nextOpening: nextOpening(now, hours) };
}

export function useOpeningHours(hours: OpeningHours | null | undefined): OpeningState {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = new Date();
      setNow(current);
      timer = setTimeout(tick, 60_000 - (current.getSeconds() * 1000 + current.getMilliseconds()));
    };
    tick();
    return () => clearTimeout(timer);
  }, []);
  return stateAt(now, hours ?? null);
}
