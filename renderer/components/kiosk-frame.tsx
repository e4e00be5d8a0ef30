/**
 * The frame every screen is drawn in; it turns the whole interface for a screen mounted on its side.
 *
 * Two boxes: the frame is the interface's glass (the size container every style sheet measures with cqw/cqh
 * and asks `@container kiosk (orientation: …)`), turned as a whole by a transform, so the browser maps every
 * touch through the same turn; the page inside it scrolls. Dialogs, the PIN pad and the staff corner are fixed
 * to the frame (turned, its transform makes it their containing block; upright, the display is the same box), not
 * to the page, so they stay put while it scrolls.
 */
import './kiosk-frame.css';
import type { ReactNode } from 'react';
import type { KioskSettings } from '../../common/settings';

/** The element that scrolls the current screen (for tests and tools: `document.querySelector(KIOSK_SCROLLER)`). */
export const KIOSK_SCROLLER = '.kiosk-frame__page';

export function KioskFrame({ rotation, children }: { rotation: KioskSettings['rotation']; children: ReactNode }) {
  return (
    <div className="kiosk-frame" data-rotation={rotation}>
      <div className="kiosk-frame__page">{children}</div>
    </div>
  );
}

/** Puts the current screen back at its top: the frame's page scrolls (the document around it should never). */
export function scrollKioskToTop(): void {
  for (const page of document.querySelectorAll(KIOSK_SCROLLER)) page.scrollTo(0, 0);
  window.scrollTo(0, 0);
}
