/** Where some elements of a screen are drawn, and how: to tell that two pages lay the same markup out alike. */
import type { Page } from './fixtures';

export interface DrawnElement {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: string;
  color: string;
  backgroundColor: string;
}

/** The box, font size and colours of the first match of each of `selectors` inside the `data-screen` screen `name`. */
export function drawnLayout(page: Page, name: string, selectors: string[]): Promise<DrawnElement[]> {
  return page.locator(`[data-screen="${name}"]`).evaluate(
    (screen, { screenName, wanted }) =>
      wanted.map((selector) => {
        const element = screen.querySelector(selector);
        if (!element) throw new Error(`The ${screenName} screen has no ${selector}`);
        const { x, y, width, height } = element.getBoundingClientRect();
        const { fontSize, color, backgroundColor } = getComputedStyle(element);
        return { x, y, width, height, fontSize, color, backgroundColor };
      }),
    { screenName: name, wanted: selectors },
  );
}
