/** The kiosk page: settings and content kept current, the interface's words and language, and the frame every screen is drawn in. */
import type { KioskBridge, StartState } from '../common/channels';
import type { Result } from '../common/result';
import { ReadingAidsProvider } from './accessibility/reading-aids';
import { KioskFrame } from './components/kiosk-frame';
import { FALLBACK_LANGUAGE } from './i18n/i18n';
import { useContentLanguage } from './i18n/use-content-language';
import { KioskScreens } from './kiosk-screens';
import { useKioskContent } from './use-kiosk-content';

/**
 * `start`: the start state main handed in with the page (the first render draws from it), or null to ask for it.
 * `awake`: a member has already touched the attract loop, so the page starts past it.
 */
export function App({ bridge, start = null, awake = false }: { bridge: KioskBridge; start?: Result<StartState> | null; awake?: boolean }) {
  const kiosk = useKioskContent(bridge, FALLBACK_LANGUAGE, start);
  useContentLanguage(kiosk.content, kiosk.language);
  return (
    <ReadingAidsProvider>
      <KioskFrame rotation={kiosk.settings?.rotation ?? 0}>
        <KioskScreens bridge={bridge} kiosk={kiosk} awake={awake} />
      </KioskFrame>
    </ReadingAidsProvider>
  );
}
