/**
 * Where each page of the static web export lives (`<lng>/exercises/<id>/`), shared by the export, which writes
 * the pages, and the kiosk, whose QR code points a phone at the same page.
 */
import { ID_PATTERN, LANGUAGE_CODE_PATTERN } from './identifiers';

/** A screen of the kiosk that is also a page of the web export. */
export type WebPageKind = 'station' | 'muscle' | 'exercise';

export interface WebPageRef {
  kind: WebPageKind;
  id: string;
}

const FOLDERS: Record<WebPageKind, string> = { station: 'stations', muscle: 'muscles', exercise: 'exercises' };

/** A page's folder from the site's root, with a trailing slash: `de/exercises/kickback/`. */
export function webPagePath(language: string, page: WebPageRef): string {
  // Ids and codes are checked by the content schema; a bad one here is a programming error, never a path escape.
  if (!LANGUAGE_CODE_PATTERN.test(language)) throw new Error(`"${language}" is not a language code`);
  if (!ID_PATTERN.test(page.id)) throw new Error(`"${page.id}" is not an id`);
  return `${language}/${FOLDERS[page.kind]}/${page.id}/`;
}

/** A language's own index page: `de/`. */
export function webLanguagePath(language: string): string {
  if (!LANGUAGE_CODE_PATTERN.test(language)) throw new Error(`"${language}" is not a language code`);
  return `${language}/`;
}

/** The media licences page of one language: `de/credits/`. */
export function webCreditsPath(language: string): string {
  return `${webLanguagePath(language)}credits/`;
}

/**
 * The way from a page back to the site's root (`../../../` from `de/exercises/x/`), for the page's
 * `<base href>`: every link and media address on it is then written from the root, and the site works
 * under any path of any host.
 */
export function siteRootFrom(path: string): string {
  const depth = path.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** The base address with exactly one trailing slash, so page paths append under it, never beside it. */
export function siteBase(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/`;
}

/** A page's full address under the operator's publicUrl: no query, no fragment, nothing that tracks. */
export function publicPageUrl(publicUrl: string, language: string, page: WebPageRef): string {
  return `${siteBase(publicUrl)}${webPagePath(language, page)}`;
}
