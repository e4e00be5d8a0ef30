/** Every member screen: the data-screen root, the top bar, and the screen's own content. */
import type { ReactNode } from 'react';
import { TopBar } from './top-bar';

export type ScreenName = 'attract' | 'home' | 'muscle' | 'exercise' | 'guide' | 'credits' | 'staff' | 'error';

export function ScreenFrame({ name, children }: { name: ScreenName; children: ReactNode }) {
  return (
    <div className={`screen screen--${name}`} data-screen={name}>
      <TopBar />
      <main className="screen__body">{children}</main>
    </div>
  );
}
