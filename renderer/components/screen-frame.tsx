/** Every member screen: the data-screen root, the top bar, and the screen's own content. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ScreenName } from '../../common/screens';
import { TopBar } from './top-bar';

/** A header in place of the kiosk's top bar, where the screens are web pages (the export); null in the kiosk. */
export const ScreenHeaderContext = createContext<ReactNode>(null);

/** True inside MemberScreensFrame: the frame around the screen is already drawn, and stays as the screens change. */
const FrameDrawn = createContext(false);

function Frame({ name, header, children }: { name: ScreenName; header: ReactNode; children: ReactNode }) {
  return (
    <div className={`screen screen--${name}`} data-screen={name}>
      {header}
      <main className="screen__body">{children}</main>
    </div>
  );
}

export function ScreenFrame({ name, children }: { name: ScreenName; children: ReactNode }) {
  const header = useContext(ScreenHeaderContext);
  return useContext(FrameDrawn) ? children : <Frame name={name} header={header ?? <TopBar />}>{children}</Frame>;
}

/**
 * The same frame, drawn once for the member screens shown one after another: a tap then builds only the next
 * screen's content, not the top bar again (a fifth of each screen's elements, built and taken down every tap).
 * A new `visit` (each screen opened, or gone back to) starts the top bar's menus closed, as a new screen would.
 */
export function MemberScreensFrame({ name, visit, children }: { name: ScreenName; visit: number; children: ReactNode }) {
  return (
    <Frame name={name} header={<TopBar visit={visit} />}>
      <FrameDrawn value>{children}</FrameDrawn>
    </Frame>
  );
}
