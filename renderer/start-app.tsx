/**
 * The app itself, loaded by main.tsx once it may start: i18n first, then the app on whichever bridge this page has.
 * When main handed the start in with the page (and drew the first screen into #root), the app hydrates that screen;
 * otherwise it asks for the start and renders.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { pickBridge } from './bridge/pick-bridge';
import { readEmbeddedStart } from './embedded-start';
import { setupI18n, startWords } from './i18n/i18n';
import { KioskRoot } from './kiosk-root';
import { stopRecordingEarlyTaps } from './early-tap';
import { sendStartRequest } from './start-request';

export async function startApp(rootElement: HTMLElement): Promise<void> {
  const bridge = pickBridge();
  const start = readEmbeddedStart();
  if (!start) sendStartRequest(bridge);
  // A renderer error is logged where staff read diagnostics; nothing leaves the machine.
  window.addEventListener('error', (event) => void bridge.reportError({ source: 'renderer', message: String(event.message) }));

  const { language, ui } = startWords(start);
  await setupI18n(language, ui);
  // From here React hears every touch itself (and replays those that land while it hydrates).
  const awake = stopRecordingEarlyTaps();
  const tree = <KioskRoot bridge={bridge} start={start} awake={awake} />;
  if (start !== null && rootElement.firstElementChild !== null) {
    hydrateRoot(rootElement, tree, {
      // A screen that differs from main's drawing is drawn afresh by React; staff read why in the diagnostics.
      onRecoverableError: (error) => void bridge.reportError({ source: 'renderer', message: `first screen redrawn: ${(error as Error).message ?? String(error)}`.slice(0, 500) }),
    });
  } else {
    createRoot(rootElement).render(tree);
  }
}
