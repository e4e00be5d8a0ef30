/** A way to another screen: a button in the kiosk, a real link where the screens are web pages (the export). */
import { createContext, useContext, type ReactNode } from 'react';
import { NavigationContext, type Route } from './navigation';

/** Where a route leads as a web address; only the web export provides it. */
export const RouteHrefContext = createContext<((route: Route) => string) | null>(null);

export function RouteLink({ route, className, children }: { route: Route; className: string; children: ReactNode }) {
  const href = useContext(RouteHrefContext);
  const navigation = useContext(NavigationContext);
  if (href) {
    return (
      <a className={className} href={href(route)}>
        {children}
      </a>
    );
  }
  return (
    <button type="button" className={className} onClick={() => navigation?.open(route)}>
      {children}
    </button>
  );
}
