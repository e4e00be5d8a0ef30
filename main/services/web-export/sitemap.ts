/**
 * sitemap.xml for the export, with each page's language alternates (xhtml:link), as search engines read them.
 * The sitemap protocol wants absolute addresses: with the site's public address they are; without it they
 * are written from the site's root, and the command says so.
 */
import { siteBase } from '../../../common/web-pages';
import type { SitePage } from './site-pages';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

export function sitemapXml(pages: SitePage[], publicUrl: string | null): string {
  const address = (path: string) => xml(publicUrl ? `${siteBase(publicUrl)}${path}` : path || './');
  const entries = pages.map((page) => {
    const alternates = page.alternates.map((alternate) => `\n    <xhtml:link rel="alternate" hreflang="${xml(alternate.hreflang)}" href="${address(alternate.path)}"/>`).join('');
    return `  <url>\n    <loc>${address(page.path)}</loc>${alternates}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
