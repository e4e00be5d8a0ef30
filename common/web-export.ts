/**
 * What the web export's command (main) hands the page renderer (a renderer bundle built for Node) for one
 * page: plain data, so neither side imports the other.
 */
import type { KioskContent } from './content-view';
import type { WebPageRef } from './web-pages';

/** A kiosk screen (station, muscle, exercise), or one of the export's own pages. */
export type WebExportPage = WebPageRef | { kind: 'start' } | { kind: 'language' } | { kind: 'credits' };

export interface WebAlternate {
  /** A language code, or "x-default" for the page a search engine shows when no language fits. */
  hreflang: string;
  /** From the site's root. */
  path: string;
}

export interface WebPageInput {
  page: WebExportPage;
  /** The page's folder from the site's root ("de/exercises/kickback/"; "" for the start page). */
  path: string;
  /** The content in the page's language (for a station page, with that station). */
  content: KioskContent;
  /** The same page in every language, and x-default. */
  alternates: WebAlternate[];
  /** Body-map drawings by media file (the SVG text), so the maps are drawn into the page. */
  bodyMaps: Record<string, string>;
  /** The stylesheet and the script, from the site's root. */
  stylesheet: string;
  script: string;
}

/** The renderer bundle's one export. */
export interface WebPageRenderer {
  renderWebPage(input: WebPageInput): string;
}
