/** Every page of the web export, with its folder and the same page in every other language (hreflang). */
import type { WebAlternate, WebExportPage } from '../../../common/web-export';
import { webCreditsPath, webLanguagePath, webPagePath } from '../../../common/web-pages';

export interface SitePage {
  page: WebExportPage;
  language: string;
  /** The page's folder from the site's root; "" for the start page. */
  path: string;
  alternates: WebAlternate[];
}

export interface SiteRecords {
  stations: string[];
  muscles: string[];
  exercises: string[];
}

function pathOf(page: WebExportPage, language: string): string {
  switch (page.kind) {
    case 'start':
      return '';
    case 'language':
      return webLanguagePath(language);
    case 'credits':
      return webCreditsPath(language);
    default:
      return webPagePath(language, page);
  }
}

/** The same page in each language, and x-default: the fallback language's, which a search engine shows when none fits. */
function alternatesOf(page: WebExportPage, languages: string[], fallback: string): WebAlternate[] {
  if (page.kind === 'start') return [...languages.map((code) => ({ hreflang: code, path: webLanguagePath(code) })), { hreflang: 'x-default', path: '' }];
  return [...languages.map((code) => ({ hreflang: code, path: pathOf(page, code) })), { hreflang: 'x-default', path: pathOf(page, fallback) }];
}

/** The start page, then per language its index, stations, exercises, muscles and licences page. */
export function listSitePages(records: SiteRecords, languages: string[], fallback: string): SitePage[] {
  const kinds: WebExportPage[] = [
    { kind: 'language' },
    ...records.stations.map((id) => ({ kind: 'station' as const, id })),
    ...records.exercises.map((id) => ({ kind: 'exercise' as const, id })),
    ...records.muscles.map((id) => ({ kind: 'muscle' as const, id })),
    { kind: 'credits' },
  ];
  const start: WebExportPage = { kind: 'start' };
  return [
    { page: start, language: fallback, path: '', alternates: alternatesOf(start, languages, fallback) },
    ...languages.flatMap((language) => kinds.map((page) => ({ page, language, path: pathOf(page, language), alternates: alternatesOf(page, languages, fallback) }))),
  ];
}

/** The page's file: its folder's index.html. */
export function pageFile(path: string): string {
  return `${path}index.html`;
}
