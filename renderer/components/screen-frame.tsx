/** Every member screen: the data-screen root, the top bar, and the screen's own content. */
import type { ReactNode } from 'react';
import type { ScreenName } from '../../common/screens';
import { TopBar } from './top-bar';

export function ScreenFrame({ name, children }: { name: ScreenName; children: ReactNode }) {
  return (
    <div className={`screen screen--${name}`} data-screen={name}>
      <TopBar />
      <main className="screen__body">{children}</main>
    </div>
  );
}
