/**
 * The page may run only its own scripts, styles and media: nothing remote, and nothing inline but the blocks index.html
 * was built with (named by hash, policyAllowingInline). Sent as a header and written into index.html.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The header both hosts send with every answer. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy in a <meta> element, a second line of defence; browsers ignore frame-ancestors there. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');

/** The inline <script> and <style> blocks of a page (their text, or the SHA-256 of it in base64 for a policy). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const JAVASCRIPT_TYPES = new Set(['module', 'text/javascript', 'application/javascript']);

/** A <script> the browser runs: no src, and no type or a JavaScript one (module included). */
function runs(attributes: string): boolean {
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes);
  return type === null || JAVASCRIPT_TYPES.has(String(type[1]).toLowerCase());
}

/**
 * The text of every inline script the browser would run and every inline style block in `html`, in page order. A
 * data block (type="application/json", the page's start state) never runs, so a policy needs no hash for it.
 */
export function inlineBlocks(html: string): InlineHashes {
  const blocks: InlineHashes = { scripts: [], styles: [] };
  // replace() only to visit each match with its groups, which a callback always gets as strings.
  html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (block, attributes: string, body: string) => {
    if (runs(attributes)) blocks.scripts.push(body);
    return block;
  });
  html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (block, body: string) => {
    blocks.styles.push(body);
    return block;
  });
  return blocks;
}

/** `policy` that also lets exactly these inline blocks run: each hash joins script-src or style-src; no hashes, no change. */
export function policyAllowingInline(policy: string, hashes: InlineHashes): string {
  const sources = (list: string[]) => list.map((hash) => ` 'sha256-${hash}'`).join('');
  return policy
    .split('; ')
    .map((directive) => {
      if (directive.startsWith('script-src ')) return directive + sources(hashes.scripts);
      if (directive.startsWith('style-src ')) return directive + sources(hashes.styles);
      return directive;
    })
    .join('; ');
}
