import { describe, expect, it } from 'vitest';
import { listSitePages, pageFile } from '../../../../../main/services/web-export/site-pages';
import { sitemapXml } from '../../../../../main/services/web-export/sitemap';

const records = { stations: ['seated-leg-curl'], exercises: ['seated-leg-curl', 'kickback'], muscles: ['semitendinosus'] };
const languages = ['en', 'de', 'fr'];

describe('the export\'s pages', () => {
  const pages = listSitePages(records, languages, 'en');

  it('has a start page and, per language, its index, every station, exercise and muscle, and a licences page', () => {
    expect(pages.map((page) => page.path)).toEqual([
      '',
      ...languages.flatMap((code) => [`${code}/`, `${code}/stations/seated-leg-curl/`, `${code}/exercises/seated-leg-curl/`, `${code}/exercises/kickback/`, `${code}/muscles/semitendinosus/`, `${code}/credits/`]),
    ]);
    expect(pageFile('')).toBe('index.html');
    expect(pageFile('de/exercises/kickback/')).toBe('de/exercises/kickback/index.html');
  });

  it('gives every page the same page in each language, and the fallback language\'s as x-default', () => {
    const kickback = pages.find((page) => page.path === 'de/exercises/kickback/');
    expect(kickback?.alternates).toEqual([
      { hreflang: 'en', path: 'en/exercises/kickback/' },
      { hreflang: 'de', path: 'de/exercises/kickback/' },
      { hreflang: 'fr', path: 'fr/exercises/kickback/' },
      { hreflang: 'x-default', path: 'en/exercises/kickback/' },
    ]);
    for (const page of pages) expect(page.alternates.map((alternate) => alternate.hreflang), page.path).toEqual([...languages, 'x-default']);
    // The start page is the way in for a reader of any language: it is its own x-default.
    expect(pages[0]?.alternates.at(-1)).toEqual({ hreflang: 'x-default', path: '' });
  });
});

describe('sitemap.xml', () => {
  const pages = listSitePages(records, ['en', 'de'], 'en');

  it('lists every page once, with absolute addresses under the public address, and its alternates', () => {
    const xml = sitemapXml(pages, 'https://gym.example.com/kiosk');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual(pages.map((page) => `https://gym.example.com/kiosk/${page.path}`));
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://gym.example.com/kiosk/de/muscles/semitendinosus/"/>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
  });

  it('without a public address writes paths from the site\'s root', () => {
    const xml = sitemapXml(pages, null);
    expect(xml).toContain('<loc>./</loc>');
    expect(xml).toContain('<loc>de/exercises/kickback/</loc>');
  });

  it('escapes what XML must not see raw', () => {
    const xml = sitemapXml([{ page: { kind: 'start' }, language: 'en', path: '', alternates: [{ hreflang: 'x-default', path: 'a&b<"c">' }] }], null);
    expect(xml).toContain('href="a&amp;b&lt;&quot;c&quot;&gt;"');
  });
});
