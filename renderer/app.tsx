/** The kiosk page: settings and content kept current, the interface's words and language, and the frame every screen is drawn in. */
import type { KioskBridge } from '../common/channels';
import { ReadingAidsProvider } from './accessibility/reading-aids';
import { KioskFrame } from './components/kiosk-frame';
import { FALLBACK_LANGUAGE } from './i18n/i18n';
import { useContentLanguage } from './i18n/use-content-language';
import { KioskScreens } from './kiosk-screens';
import { useKioskContent } from './use-kiosk-content';

export function App({ bridge }: { bridge: KioskBridge }) {
  const kiosk = useKioskContent(bridge, FALLBACK_LANGUAGE);
  useContentLanguage(kiosk.content, kiosk.language);
  return (
    <ReadingAidsProvider>
      <KioskFrame rotation={kiosk.settings?.rotation ?? 0}>
        <KioskScreens bridge={bridge} kiosk={kiosk} />
      </KioskFrame>
    </ReadingAidsProvider>
  );
}
