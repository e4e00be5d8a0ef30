/**
 * The calm page the kiosk shows when its own page keeps failing: the default language's words, a dark
 * screen, no script. Built here, in main, because the page that failed cannot be trusted to draw it.
 */
import type { UiText } from '../common/content-view';

export const OUT_OF_ORDER_PATH = '/out-of-order.html';

export interface OutOfOrderWords {
  language: string;
  title: string;
  body: string;
}

/** Degrees clockwise, as the kiosk's rotation setting turns the rest of the interface. */
export type Rotation = 0 | 90 | 180 | 270;

/** One word by its dotted key, or null. */
function word(ui: UiText | null, key: string): string | null {
  let node: UiText | string | undefined = ui ?? undefined;
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' && node.trim() ? node : null;
}

/** The page's words in `language` where its ui.json has them, else the kiosk's built-in English. */
export function outOfOrderWords(language: string, ui: UiText | null, builtIn: UiText): OutOfOrderWords {
  const title = word(ui, 'outOfOrder.title');
  const body = word(ui, 'outOfOrder.body');
  if (title && body) return { language, title, body };
  return { language: 'en', title: word(builtIn, 'outOfOrder.title') ?? 'Out of order', body: word(builtIn, 'outOfOrder.body') ?? '' };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function outOfOrderHtml(words: OutOfOrderWords, rotation: Rotation = 0): string {
  return `<!doctype html>
<html lang="${escapeHtml(words.language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no" />
    <title>${escapeHtml(words.title)}</title>
    <link rel="stylesheet" href="./out-of-order.css" />
  </head>
  <body data-rotation="${rotation}">
    <main class="out-of-order" data-screen="out-of-order">
      <h1>${escapeHtml(words.title)}</h1>
      <p>${escapeHtml(words.body)}</p>
    </main>
  </body>
</html>
`;
}
