import { beforeEach, describe, expect, it } from 'vitest';
import { ROTATIONS } from '../../../common/settings';
import { scrollKioskToTop } from '../../../renderer/components/kiosk-frame';
import { HomeScreen } from '../../../renderer/screens/home-screen';
import { StaffCorner } from '../../../renderer/staff/staff-corner';
import { contentFor, renderInKiosk, showLanguage, uiWord } from '../support/kiosk';
import { kioskScroller } from '../support/layout';

// The test page is a 1080 × 1920 portrait display: turned a quarter, the interface is 1920 wide and 1080 high.
const DISPLAY = { width: 1080, height: 1920 };

describe('kiosk frame', () => {
  const content = contentFor('en');

  beforeEach(() => showLanguage(content));

  async function renderHome(rotation: (typeof ROTATIONS)[number]) {
    const rendered = await renderInKiosk(
      <>
        <HomeScreen content={content} />
        <StaffCorner onOpen={() => undefined} />
      </>,
      { content, rotation },
    );
    await document.fonts.ready;
    expect([window.innerWidth, window.innerHeight]).toEqual([DISPLAY.width, DISPLAY.height]);
    const frame = document.querySelector<HTMLElement>('.kiosk-frame')!;
    return { ...rendered, frame };
  }

  /** Where a point of the interface (frame coordinates) shows on the display, for a clockwise turn. */
  function onDisplay(rotation: number, x: number, y: number): [number, number] {
    if (rotation === 90) return [DISPLAY.width - y, x];
    if (rotation === 180) return [DISPLAY.width - x, DISPLAY.height - y];
    if (rotation === 270) return [y, DISPLAY.height - x];
    return [x, y];
  }

  describe.each(ROTATIONS)('turned %i°', (rotation) => {
    const quarter = rotation % 180 !== 0;

    it('covers the whole display and lays the interface out for its own width and height', async () => {
      const { frame } = await renderHome(rotation);

      const box = frame.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, DISPLAY.width, DISPLAY.height]);
      expect([frame.offsetWidth, frame.offsetHeight]).toEqual(quarter ? [DISPLAY.height, DISPLAY.width] : [DISPLAY.width, DISPLAY.height]);
      expect([kioskScroller().clientWidth, kioskScroller().clientHeight]).toEqual([frame.offsetWidth, frame.offsetHeight]);
      // Nothing sticks out of the frame sideways, and the document itself never scrolls.
      expect(kioskScroller().scrollWidth).toBeLessThanOrEqual(kioskScroller().clientWidth);
      expect([document.documentElement.scrollWidth, document.documentElement.scrollHeight]).toEqual([DISPLAY.width, DISPLAY.height]);
      // Landscape layout (media and text side by side) exactly when the interface is wider than high.
      const columns = getComputedStyle(document.querySelector('.screen__columns')!).gridTemplateColumns.split(' ');
      expect(columns).toHaveLength(quarter ? 2 : 1);
    });

    it('keeps the staff corner in the bottom-left corner of the interface, as the person in front of it sees it', async () => {
      const { frame, screen } = await renderHome(rotation);

      const corner = screen.getByRole('button', { name: uiWord(content, 'staff.corner') }).element();
      const size = corner.getBoundingClientRect().width;
      // The corner's four corners in frame coordinates, taken to the display: their bounding box is the corner's box.
      const points = [[0, frame.offsetHeight], [size, frame.offsetHeight], [0, frame.offsetHeight - size], [size, frame.offsetHeight - size]].map(([x, y]) => onDisplay(rotation, x!, y!));
      const box = corner.getBoundingClientRect();
      expect([box.left, box.top, box.right, box.bottom]).toEqual([Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))]);
      // It stays there while the screen scrolls under it.
      kioskScroller().scrollTo(0, 400);
      expect(kioskScroller().scrollTop).toBeGreaterThan(0);
      const scrolled = corner.getBoundingClientRect();
      expect([scrolled.left, scrolled.top]).toEqual([box.left, box.top]);
    });

    it('hit-tests through the turn: a muscle button is what lies under its centre on the display', async () => {
      const { frame, screen } = await renderHome(rotation);

      for (const muscle of content.station.targetMuscles) {
        const button = screen.getByRole('button', { name: muscle.name, exact: true }).element() as HTMLElement;
        button.scrollIntoView({ block: 'center' });
        // The button's centre in frame coordinates, from layout alone (offsets), then turned by our own formula.
        let x = button.offsetWidth / 2;
        let y = button.offsetHeight / 2;
        for (let node: HTMLElement | null = button; node && node !== frame; node = node.offsetParent as HTMLElement | null) {
          x += node.offsetLeft;
          y += node.offsetTop;
        }
        y -= kioskScroller().scrollTop;
        const [left, top] = onDisplay(rotation, x, y);
        expect(document.elementFromPoint(left, top)?.closest('button'), muscle.name).toBe(button);
      }
    });

    it('is what scrollKioskToTop puts back at the top', async () => {
      await renderHome(rotation);

      kioskScroller().scrollTo(0, 500);
      expect(kioskScroller().scrollTop).toBeGreaterThan(0);
      scrollKioskToTop();
      expect(kioskScroller().scrollTop).toBe(0);
    });
  });
});
