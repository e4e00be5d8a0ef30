/**
 * The first-screen bundle (built for Node by vite.config.ts beside it, loaded by main): the page's first render,
 * drawn ahead from the start state main hands in, so index.html arrives with its screen and the page hydrates it.
 * Same tree as renderer/main.tsx; the words from a fresh i18next instance set up as setupI18n sets up the page's.
 */
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createBridgeByName } from '../../common/bridge-by-name';
import type { StartState } from '../../common/channels';
import type { FirstScreenRenderer } from '../../common/first-screen';
import { fail, type Result } from '../../common/result';
import { addUiText, BUILT_IN_WORDS, FALLBACK_LANGUAGE, startWords, UI_WORDS_OPTIONS } from '../i18n/i18n';
import { KioskRoot } from '../kiosk-root';

/** Drawing runs no effects, so nothing is ever sent; a bridge that would only say so. */
const drawingBridge = createBridgeByName(
  async () => fail('internal', 'the first screen is drawn in main; it sends nothing'),
  () => () => undefined,
);

export const renderFirstScreen: FirstScreenRenderer['renderFirstScreen'] = (start: Result<StartState>, awake = false) => {
  const instance = createInstance();
  // The same language and words as the page's own start (renderer/main.tsx), or hydration would not match.
  const { language, ui } = startWords(start);
  // initAsync: false: the words are all here, so init is done before the render below.
  void instance.use(initReactI18next).init({ ...UI_WORDS_OPTIONS, resources: { [FALLBACK_LANGUAGE]: { ui: BUILT_IN_WORDS } }, lng: language, initAsync: false });
  if (ui) addUiText(ui, instance);
  return renderToString(
    <I18nextProvider i18n={instance}>
      <KioskRoot bridge={drawingBridge} start={start} awake={awake} />
    </I18nextProvider>,
  );
};
