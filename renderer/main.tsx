/**
 * Renderer entry, kept small: main's drawing of the first screen is on screen and answers the first touch
 * (public/early-taps.js) while this waits for the moment the app may start, then loads the app (start-app.tsx).
 * Until then the page's main thread is free, so that touch is answered the moment it lands.
 */
import './styles/tokens.css';
import './styles/base.css';
import { appMayStart } from './early-tap';

/** How long the app leaves main's drawing of the attract loop alone when nobody touches it (a kiosk rests there for hours). */
const APP_REST_MS = 600;
/** How long a page whose app did not load waits before it loads again. */
const APP_RETRY_MS = 3_000;

// A long press must not open a context menu on a touchscreen.
window.addEventListener('contextmenu', (event) => event.preventDefault());

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// A page without main's drawing has nothing to show until the app draws: it starts at once.
const drawn = rootElement.firstElementChild !== null;
void (drawn ? appMayStart(APP_REST_MS) : Promise.resolve())
  .then(() => import('./start-app'))
  .then(
    ({ startApp }) => startApp(rootElement),
    (error: Error) => {
      // The app did not arrive (a file mid-update, a host restarting): the drawing stays, and the page tries again.
      console.error(`The app could not be loaded (${error.message}); the page reloads in ${APP_RETRY_MS / 1000} s`);
      setTimeout(() => location.reload(), APP_RETRY_MS);
    },
  );
