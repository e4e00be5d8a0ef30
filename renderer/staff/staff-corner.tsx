/**
 * The hidden way in: a 3-second press on the bottom-left corner, which a member will not hold by chance. A shorter
 * touch goes on to whatever lies under the corner (a muscle card scrolled there, the call to start), so the corner
 * never takes a member's tap.
 */
import './staff-corner.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const STAFF_HOLD_MS = 3_000;
/** A touch shorter than this is a member's tap, for what lies under the corner; a longer one that lets go early, nothing. */
export const PASS_TAP_MS = 500;

export function StaffCorner({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const touchedAt = useRef<number | null>(null);
  const cancel = () => {
    clearTimeout(timer.current);
    touchedAt.current = null;
  };
  useEffect(() => cancel, []);

  return (
    <div
      className="staff-corner"
      role="button"
      tabIndex={-1}
      aria-label={t('staff.corner')}
      data-passes-taps=""
      onPointerDown={(event) => {
        event.stopPropagation();
        cancel();
        touchedAt.current = performance.now();
        timer.current = setTimeout(() => {
          touchedAt.current = null;
          onOpen();
        }, STAFF_HOLD_MS);
      }}
      onPointerUp={(event) => {
        const tap = touchedAt.current !== null && performance.now() - touchedAt.current < PASS_TAP_MS;
        cancel();
        if (tap) passTapOn(event.currentTarget, event.clientX, event.clientY);
      }}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

/** Clicks what lies under `corner` at the touched point, as if the corner were not there. */
function passTapOn(corner: Element, x: number, y: number): void {
  const below = document.elementsFromPoint(x, y).find((element) => !corner.contains(element));
  below?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window }));
}
