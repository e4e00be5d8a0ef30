/** The hidden way in: a 3-second press on the bottom-left corner, which a member will not hold by chance. */
import './staff-corner.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const STAFF_HOLD_MS = 3_000;

export function StaffCorner({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => cancel, []);

  return (
    <div
      className="staff-corner"
      role="button"
      tabIndex={-1}
      aria-label={t('staff.corner')}
      onPointerDown={(event) => {
        event.stopPropagation();
        cancel();
        timer.current = setTimeout(onOpen, STAFF_HOLD_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
