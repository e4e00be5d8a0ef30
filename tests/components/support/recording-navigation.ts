/** A Navigation for screens rendered on their own: it moves nowhere and records what the member asked for. */
import type { LanguageInfo } from '../../../common/content-view';
import type { Navigation, Route } from '../../../renderer/navigation';

export type NavigationCall = { method: 'open'; route: Route } | { method: 'back' } | { method: 'home' } | { method: 'setLanguage'; language: string };

export type RecordingNavigation = Navigation & {
  readonly calls: NavigationCall[];
  /** The routes opened, in order. */
  readonly opened: Route[];
};

export function createRecordingNavigation(init: { language: string; languages: LanguageInfo[]; canGoBack?: boolean }): RecordingNavigation {
  const calls: NavigationCall[] = [];
  return {
    canGoBack: init.canGoBack ?? false,
    language: init.language,
    languages: init.languages,
    open: (route) => void calls.push({ method: 'open', route }),
    back: () => void calls.push({ method: 'back' }),
    home: () => void calls.push({ method: 'home' }),
    setLanguage: (language) => void calls.push({ method: 'setLanguage', language }),
    calls,
    get opened() {
      return calls.flatMap((call) => (call.method === 'open' ? [call.route] : []));
    },
  };
}
