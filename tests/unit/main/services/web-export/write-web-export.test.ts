/** The whole export on the real content, with the real page renderer (`npm run build` makes it). */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WebPageRenderer } from '../../../../../common/web-export';
import { writeWebExport, type WebExportOptions } from '../../../../../main/services/web-export/write-web-export';
import { copyContent } from '../../../../support/content-copy';
import { useTempDir } from '../../../../support/temp-dir';

const ROOT = resolve(__dirname, '../../../../..');
const BUILT = join(ROOT, 'build', 'web-export');
const dir = useTempDir('kiosk-export');
let renderer: WebPageRenderer;
let siteAssets: WebExportOptions['siteAssets'];

beforeAll(async () => {
  if (!existsSync(join(BUILT, 'render-web-page.mjs'))) throw new Error('The page renderer is not built: run "npm run build" first.');
  renderer = (await import(pathToFileURL(join(BUILT, 'render-web-page.mjs')).href)) as WebPageRenderer;
  siteAssets = { stylesheet: await readFile(join(BUILT, 'site', 'site.css')), script: await readFile(join(BUILT, 'site', 'site.js')) };
});

const run = (options: Partial<WebExportOptions> = {}) =>
  writeWebExport({ contentDir: join(ROOT, 'content'), assetsDir: join(ROOT, 'assets'), outDir: join(dir(), 'site'), renderer, siteAssets, publicUrl: null, ...options });

async function filesBelow(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1)).sort();
}

/** 1 start page, and per language its index, every station, exercise and muscle, and the licences page. */
async function expectedPages(): Promise<number> {
  const count = async (kind: string) => (await readdir(join(ROOT, 'content', kind))).filter((name) => name.endsWith('.json')).length;
  const languages = (JSON.parse(await readFile(join(ROOT, 'content', 'languages.json'), 'utf8')) as { languages: unknown[] }).languages.length;
  return 1 + languages * (2 + (await count('stations')) + (await count('exercises')) + (await count('muscles')));
}

describe('the web export', () => {
  it('writes every page, only the media the pages show, the site\'s stylesheet and script, the sitemap and its marker', async () => {
    const outcome = await run();
    const pages = await expectedPages();
    expect(pages).toBeGreaterThan(1);
    expect(outcome).toMatchObject({ ok: true, pages, replaced: false });
    const files = await filesBelow(join(dir(), 'site'));
    expect(files.filter((file) => file.startsWith('media/'))).toEqual([
      'media/video/cable-deadlift.jpg',
      'media/video/cable-deadlift.webm',
      'media/video/kickback.jpg',
      'media/video/kickback.webm',
      'media/video/seated-leg-curl.jpg',
      'media/video/seated-leg-curl.webm',
    ]);
    const siteFiles = files.filter((file) => file.startsWith('site/'));
    expect(siteFiles).toHaveLength(2);
    expect(siteFiles).toEqual(expect.arrayContaining([expect.stringMatching(/^site\/site-[0-9a-f]{8}\.css$/), expect.stringMatching(/^site\/site-[0-9a-f]{8}\.js$/)]));
    expect(files.filter((file) => file.endsWith('index.html'))).toHaveLength(pages);
    expect(files).toContain('sitemap.xml');
    expect(files).toContain('web-export.json');
  });

  it('draws each page from the kiosk\'s screens, with real links, the body map drawn in, and licences only for what it shows', async () => {
    await run();
    const page = await readFile(join(dir(), 'site', 'de', 'stations', 'seated-leg-curl', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<base href="../../../">');
    expect(page).toContain('data-screen="home"');
    expect(page).toMatch(/<a class="primary-button" href="de\/exercises\/seated-leg-curl\/">/);
    expect(page).toMatch(/<a class="link-button" href="de\/muscles\/semimembranosus\/">/);
    expect(page).toMatch(/<svg class="body-map"[^>]*>.*body-map__region--highlighted/s);
    expect(page).not.toContain('<button');
    const credits = await readFile(join(dir(), 'site', 'en', 'credits', 'index.html'), 'utf8');
    expect(credits).toContain('video/kickback.webm');
    expect(credits).toContain('images/body-map-back.svg');
    expect(credits).not.toContain('audio/');
  });

  it('gives the same bytes for the same content, and replaces its own previous export', async () => {
    await run();
    const first = await readFile(join(dir(), 'site', 'fr', 'exercises', 'kickback', 'index.html'));
    const again = await run();
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(await readFile(join(dir(), 'site', 'fr', 'exercises', 'kickback', 'index.html'))).toEqual(first);
  });

  it('exports nothing, and leaves the folder as it was, when the content has errors', async () => {
    const contentDir = await copyContent(dir());
    await writeFile(join(contentDir, 'exercises', 'kickback.json'), '{ "id": "kickback" ');
    const outcome = await run({ contentDir });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map((problem) => problem.file)).toContain('exercises/kickback.json');
    expect(existsSync(join(dir(), 'site'))).toBe(false);
  });
});
