/**
 * Builds the static web export: every station, exercise and muscle in every language, drawn by the kiosk's own
 * screens from the same content view the kiosk gets, with the media those pages use, a start page, a licences
 * page per language, hreflang alternates and a sitemap.
 */
import type { KioskContent } from '../../../common/content-view';
import type { Problem } from '../../../common/result';
import type { WebPageRenderer } from '../../../common/web-export';
import { loadContentFolder, type ContentFolders } from '../content/content-loader';
import { localizeContent } from '../content/content-localizer';
import type { ContentBundle } from '../content/content-schema';
import { describeRefusal, openInside } from '../files/open-inside';
import { EXPORT_MARKER, prepareOutFolder } from './out-folder';
import { hashedName, createSiteWriter } from './site-files';
import { listSitePages, pageFile } from './site-pages';
import { sitemapXml } from './sitemap';

export interface WebExportOptions extends ContentFolders {
  outDir: string;
  renderer: WebPageRenderer;
  /** The stylesheet and script the page renderer was built with. */
  siteAssets: { stylesheet: Uint8Array; script: Uint8Array };
  /** The site's public address, for absolute addresses in the sitemap; null: written from the site's root. */
  publicUrl: string | null;
}

export type WebExportOutcome =
  | { ok: true; pages: number; files: number; bytes: number; replaced: boolean; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** The media the pages show: each exercise's video and poster (body maps are drawn into the pages themselves). */
function mediaShown(bundle: ContentBundle): string[] {
  return [...new Set([...bundle.exercises.values()].flatMap((exercise) => (exercise.video ? [exercise.video.file, exercise.video.poster] : [])))];
}

async function readMedia(assetsDir: string, file: string): Promise<Uint8Array> {
  const opened = await openInside(assetsDir, file);
  if (!opened.ok) throw new Error(`media "${file}" ${describeRefusal(opened.refusal, opened.code)}`);
  try {
    return await opened.handle.readFile();
  } finally {
    await opened.handle.close();
  }
}

export async function writeWebExport(options: WebExportOptions): Promise<WebExportOutcome> {
  const loaded = await loadContentFolder(options);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { bundle } = loaded;
  const prepared = await prepareOutFolder(options.outDir);
  if (!prepared.ok) return { ok: false, problems: [{ severity: 'error', file: '--out', field: '(folder)', reason: prepared.reason }] };

  const site = createSiteWriter(options.outDir);
  const media = mediaShown(bundle);
  const drawings: Record<string, string> = {};
  for (const map of Object.values(bundle.bodyMaps)) drawings[map.file] = Buffer.from(await readMedia(options.assetsDir, map.file)).toString('utf8');
  // The licences page lists what the pages show, not the kiosk's breathing sounds.
  const shown = new Set([...media, ...Object.keys(drawings)]);

  const stylesheet = hashedName('site/site.css', options.siteAssets.stylesheet);
  const script = hashedName('site/site.js', options.siteAssets.script);
  await site.write(stylesheet, options.siteAssets.stylesheet);
  await site.write(script, options.siteAssets.script);

  const languages = bundle.languages.languages.map((language) => language.code);
  const stations = [...bundle.stations.keys()];
  const pages = listSitePages({ stations, exercises: [...bundle.exercises.keys()], muscles: [...bundle.muscles.keys()] }, languages, bundle.languages.fallback);
  const views = new Map<string, KioskContent>();
  const viewFor = (language: string, station: string): KioskContent => {
    const key = `${language}/${station}`;
    let view = views.get(key);
    if (!view) {
      const localized = localizeContent(bundle, station, language);
      view = { ...localized, credits: localized.credits.filter((credit) => shown.has(credit.file)) };
      views.set(key, view);
    }
    return view;
  };
  for (const page of pages) {
    const station = page.page.kind === 'station' ? page.page.id : (stations[0] ?? '');
    const html = options.renderer.renderWebPage({ page: page.page, path: page.path, content: viewFor(page.language, station), alternates: page.alternates, bodyMaps: drawings, stylesheet, script });
    await site.write(pageFile(page.path), html);
  }
  for (const file of media) await site.write(`media/${file}`, await readMedia(options.assetsDir, file));
  await site.write('sitemap.xml', sitemapXml(pages, options.publicUrl));
  // No time stamp: the same content gives the same bytes, so a sync to the host moves only what changed.
  await site.write(EXPORT_MARKER, `${JSON.stringify({ generator: 'gym-floor-kiosk export:web', contentVersion: bundle.version, languages, pages: pages.length }, null, 2)}\n`);
  return { ok: true, pages: pages.length, files: site.files, bytes: site.bytes, replaced: prepared.replaced, warnings: loaded.warnings };
}
