/**
 * Renders a screen as the app does: i18next set up by the renderer's own setupI18n and the content's words,
 * inside the bridge and navigation contexts and the kiosk frame (which the style sheets measure the screen by),
 * with the real content the global setup provided.
 */
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { inject } from 'vitest';
import { render } from 'vitest-browser-react';
import type { KioskContent, UiText } from '../../../common/content-view';
import type { KioskSettings } from '../../../common/settings';
import { BridgeContext } from '../../../renderer/bridge/bridge-context';
import { KioskFrame } from '../../../renderer/components/kiosk-frame';
import { addUiText, setupI18n } from '../../../renderer/i18n/i18n';
import { NavigationContext } from '../../../renderer/navigation';
import { createRecordingBridge, type RecordingBridge } from './recording-bridge';
import { createRecordingNavigation, type RecordingNavigation } from './recording-navigation';

export const DEFAULT_STATION = 'seated-leg-curl';

/** The real content for one station in one language, as getContent answers it. */
export function contentFor(language = 'en', station = DEFAULT_STATION): KioskContent {
  const content = inject('kioskContent')[station]?.[language];
  if (!content) throw new Error(`No content provided for station ${station} in ${language}`);
  return content;
}

/** What useContentLanguage does when content arrives: the content's words in place, its language switched on. */
export async function showLanguage(content: KioskContent): Promise<void> {
  if (!i18next.isInitialized) await setupI18n(content.language);
  addUiText(content.ui);
  await i18next.changeLanguage(content.language);
  document.documentElement.lang = content.language;
}

/**
 * A word of the interface straight from the content's ui.json (not through i18next, so a test fails when the
 * screen's i18next set-up does): dotted key, plural forms by their suffix (`staff.pin.wrong_other`), `{{name}}` filled in.
 */
export function uiWord(content: KioskContent, key: string, values: Record<string, string | number> = {}): string {
  let node: UiText | string | undefined = content.ui[content.language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`${content.language}/ui.json has no word "${key}"`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** index.html's #root, which the style sheet sizes like the page. */
function rootElement(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const root = document.createElement('div');
  root.id = 'root';
  return document.body.appendChild(root);
}

export interface Rendered {
  screen: Awaited<ReturnType<typeof render>>;
  bridge: RecordingBridge;
  navigation: RecordingNavigation;
}

/**
 * Renders `ui` inside the contexts the app gives it (both recording fakes unless a test brings its own) and the
 * kiosk frame, upright unless a test turns it. Like the page, a test has one #root: a second render in the same
 * test renders over the first.
 */
export async function renderInKiosk(ui: ReactNode, options: { content?: KioskContent; bridge?: RecordingBridge; navigation?: RecordingNavigation; rotation?: KioskSettings['rotation'] } = {}): Promise<Rendered> {
  const content = options.content ?? contentFor();
  const bridge = options.bridge ?? createRecordingBridge();
  const navigation = options.navigation ?? createRecordingNavigation({ language: content.language, languages: content.languages });
  const screen = await render(
    <BridgeContext.Provider value={bridge}>
      <NavigationContext.Provider value={navigation}>
        <KioskFrame rotation={options.rotation ?? 0}>{ui}</KioskFrame>
      </NavigationContext.Provider>
    </BridgeContext.Provider>,
    { container: rootElement() },
  );
  return { screen, bridge, navigation };
}

/** The items of the list in the section a heading opens, as members read them (arrows and hidden text left out). */
export function itemsUnder(heading: Element): string[] {
  const section = heading.closest('section');
  if (!section) throw new Error(`"${heading.textContent}" heads no section`);
  return [...section.querySelectorAll('li')].map((item) => visibleText(item).trim());
}

function visibleText(element: Element): string {
  return [...element.childNodes].map((node) => (node instanceof Element ? (node.getAttribute('aria-hidden') === 'true' ? '' : visibleText(node)) : (node.textContent ?? ''))).join('');
}
