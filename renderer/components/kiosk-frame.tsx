/** The frame every screen is drawn in; it turns the whole interface for a screen mounted on its side. */
import type { ReactNode } from 'react';
import type { KioskSettings } from '../../common/settings';

export function KioskFrame({ rotation, children }: { rotation: KioskSettings['rotation']; children: ReactNode }) {
  return (
    <div className="kiosk-frame" data-rotation={rotation}>
      {children}
    </div>
  );
}

/** Puts the current screen back at its top. */
export function scrollKioskToTop(): void {
  window.scrollTo(0, 0);
}
