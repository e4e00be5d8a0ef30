/** Where the member is and how to move: shared by the screens and the top bar. */
import { createContext, useContext } from 'react';
import type { LanguageInfo } from '../common/content-view';

export type Route =
  | { screen: 'home' }
  | { screen: 'guide' }
  | { screen: 'credits' }
  | { screen: 'muscle'; id: string }
  | { screen: 'exercise'; id: string };

export interface Navigation {
  canGoBack: boolean;
  open(route: Route): void;
  back(): void;
  home(): void;
  language: string;
  languages: LanguageInfo[];
  setLanguage(language: string): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationContext provider');
  return navigation;
}
