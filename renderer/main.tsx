/**
 * Renderer entry: i18n first, then the app on whichever bridge this page has. When main handed the start in with the
 * page (and drew the first screen into #root), the app hydrates that screen; otherwise it asks for the start and renders.
 */
import './styles/tokens.css';
import './styles/base.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { pickBridge } from './bridge/pick-bridge';
import { readEmbeddedStart } from './embedded-start';
import { setupI18n, startWords } from './i18n/i18n';
import { KioskRoot } from './kiosk-root';
import { afterFirstPaint } from './after-first-paint';
import { stopRecordingEarlyTaps } from './early-tap';
import { sendStartRequest } from './start-request';

// A long press must not open a context menu on a touchscreen.
window.addEventListener('contextmenu', (event) => event.preventDefault());

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const bridge = pickBridge();
const start = readEmbeddedStart();
if (!start) sendStartRequest(bridge);
// A renderer error is logged where staff read diagnostics; nothing leaves the machine.
window.addEventListener('error', (event) => void bridge.reportError({ source: 'renderer', message: String(event.message) }));

const { language, ui } = startWords(start);
const drawn = start !== null && rootElement.firstElementChild !== null;
// Main's drawing is on screen before React takes it over; a page without one has nothing to show until React draws.
void Promise.all([setupI18n(language, ui), drawn ? afterFirstPaint() : null]).then(() => {
  const tree = <KioskRoot bridge={bridge} start={start} />;
  // From here React hears every touch itself (and replays those that land while it hydrates).
  stopRecordingEarlyTaps();
  if (drawn) {
    hydrateRoot(rootElement, tree, {
      // A screen that differs from main's drawing is drawn afresh by React; staff read why in the diagnostics.
      onRecoverableError: (error) => void bridge.reportError({ source: 'renderer', message: `first screen redrawn: ${(error as Error).message ?? String(error)}`.slice(0, 500) }),
    });
  } else {
    createRoot(rootElement).render(tree);
  }
});
