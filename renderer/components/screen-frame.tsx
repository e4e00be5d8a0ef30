/** Every member screen: the data-screen root, the top bar, and the screen's own content. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ScreenName } from '../../common/screens';
import { TopBar } from './top-bar';

/** A header in place of the kiosk's top bar, where the screens are web pages (the export); null in the kiosk. */
export const ScreenHeaderContext = createContext<ReactNode>(null);

export function ScreenFrame({ name, children }: { name: ScreenName; children: ReactNode }) {
  const header = useContext(ScreenHeaderContext);
  return (
    <div className={`screen screen--${name}`} data-screen={name}>
      {header ?? <TopBar />}
      <main className="screen__body">{children}</main>
    </div>
  );
}
