/** Renderer entry: i18n first, then the app on whichever bridge this page has. */
import './styles/tokens.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { BridgeContext } from './bridge/bridge-context';
import { pickBridge } from './bridge/pick-bridge';
import { ErrorBoundary } from './components/error-boundary';
import { FALLBACK_LANGUAGE, setupI18n } from './i18n/i18n';
import { sendStartRequest } from './start-request';

// A long press must not open a context menu on a touchscreen.
window.addEventListener('contextmenu', (event) => event.preventDefault());

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

const bridge = pickBridge();
sendStartRequest(bridge);
// A renderer error is logged where staff read diagnostics; nothing leaves the machine.
window.addEventListener('error', (event) => void bridge.reportError({ source: 'renderer', message: String(event.message) }));

void setupI18n(FALLBACK_LANGUAGE).then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      <ErrorBoundary>
        <BridgeContext.Provider value={bridge}>
          <App bridge={bridge} />
        </BridgeContext.Provider>
      </ErrorBoundary>
    </StrictMode>,
  );
});
