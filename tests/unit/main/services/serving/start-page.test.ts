import { readdirSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartState } from '../../../../../common/channels';
import type { KioskContent } from '../../../../../common/content-view';
import { defaultSettings } from '../../../../../common/default-settings';
import { fail, ok, type Result } from '../../../../../common/result';
import { CONTENT_SECURITY_POLICY } from '../../../../../common/content-security-policy';
import { createStartPage, embedStart, loadFirstScreenRenderer, scriptSafeJson } from '../../../../../main/services/serving/start-page';
import { answerStaticRequest, MAX_INDEX_BYTES, type StaticRoots } from '../../../../../main/services/serving/static-files';
import { useTempDir } from '../../../../support/temp-dir';

const dir = useTempDir('kiosk-start-page');
const BUILT = '<!doctype html>\n<html lang="en">\n<head><title>Kiosk</title></head>\n<body>\n<div id="root"></div>\n</body>\n</html>\n';

/** A start whose content words hold what could end a script element, open a comment or read as a replacement pattern. */
function startWith(words: string, language = 'de'): Result<StartState> {
  const content = { language, version: 'v1', ui: { [language]: { attract: { touchToStart: words } } } } as unknown as KioskContent;
  return ok({ settings: { ...defaultSettings, defaultLanguage: language }, content: ok(content) });
}

const embedded = (html: string) => /<script type="application\/json" id="kiosk-start">(.*?)<\/script><div id="root">(.*?)<\/div>\n<\/body>/s.exec(html);

describe('the start written into index.html', () => {
  it('puts the start state before #root and the first screen inside it, and the language on <html>', () => {
    const start = startWith('Zum Starten berühren');
    const html = embedStart(BUILT, start, '<main data-screen="attract">Zum Starten berühren</main>');
    const [, json, root] = embedded(html) ?? [];
    expect(JSON.parse(json ?? '')).toEqual(start);
    expect(root).toBe('<main data-screen="attract">Zum Starten berühren</main>');
    expect(html).toContain('<html lang="de">');
    expect(html.startsWith('<!doctype html>\n<html lang="de">\n<head><title>Kiosk</title></head>')).toBe(true);
  });

  it('cannot be broken out of by the content: </script>, <!--, & and the line separators stay inside the JSON', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 $& $1 $`';
    const start = startWith(hostile);
    const html = embedStart(BUILT, start, null);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    const [, json, root] = embedded(html) ?? [];
    expect(root).toBe('');
    expect(JSON.parse(json ?? '')).toEqual(start);
    expect(scriptSafeJson({ words: hostile })).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('leaves <html lang> alone for a start that failed or a language code that is not one', () => {
    const failed = fail('settings-invalid', 'The operator config (kiosk.json) is not valid: fix it and restart the kiosk.');
    const html = embedStart(BUILT, failed, null);
    expect(html).toContain('<html lang="en">');
    expect(JSON.parse(embedded(html)?.[1] ?? '')).toEqual(failed);
    for (const code of ['de" onload="x', '"><b>de', 'de-', 'de-CH-toolongsubtag', 'd']) expect(embedStart(BUILT, startWith('x', code), null), code).toContain('<html lang="en">');
    for (const code of ['de-CH', 'gsw', 'zh-Hant-TW', 'es-419']) expect(embedStart(BUILT, startWith('x', code), null), code).toContain(`<html lang="${code}">`);
  });

  it('changes nothing in a page that has no empty #root (not the renderer\'s build)', () => {
    const other = '<!doctype html><html lang="en"><body><div id="root">drawn</div></body></html>';
    expect(embedStart(other, startWith('x'), '<p>first</p>')).toBe(other);
  });
});

describe('the screen after the first touch, drawn beside the attract loop', () => {
  const awakeTemplate = (html: string) => /<div id="root">(.*?)<\/div><template id="kiosk-awake-screen">(.*?)<\/template>\n<\/body>/s.exec(html);

  it('sits in an inert template right after #root, and is left out when there is none', () => {
    const html = embedStart(BUILT, startWith('x'), '<main data-screen="attract">a</main>', '<main data-screen="home">h</main>');
    const [, root, awake] = awakeTemplate(html) ?? [];
    expect(root).toBe('<main data-screen="attract">a</main>');
    expect(awake).toBe('<main data-screen="home">h</main>');
    expect(embedStart(BUILT, startWith('x'), '<main data-screen="attract">a</main>')).not.toContain('<template');
    expect(embedStart(BUILT, startWith('x'), '<main data-screen="attract">a</main>', null)).not.toContain('<template');
  });

  /** A bundle that draws the attract loop, or `asleep` instead, and home when drawn awake, noting every call. */
  async function drawingBundle(name: string, body: string): Promise<string> {
    const file = join(dir(), name);
    await writeFile(file, `globalThis.__calls = []; exports.renderFirstScreen = (start, awake) => { globalThis.__calls.push(awake === true); ${body} };`);
    return file;
  }
  const calls = () => (globalThis as { __calls?: boolean[] }).__calls;

  it('is drawn, awake, when the first screen is the attract loop', async () => {
    const file = await drawingBundle('attract.cjs', 'return awake ? "<main data-screen=\\"home\\">h</main>" : "<main data-screen=\\"attract\\">a</main>";');
    const logs: string[] = [];
    const html = await createStartPage({ start: async () => startWith('x'), firstScreenModule: file, log: (message) => logs.push(message) })(BUILT);
    expect(awakeTemplate(html)?.slice(1)).toEqual(['<main data-screen="attract">a</main>', '<main data-screen="home">h</main>']);
    expect(calls()).toEqual([false, true]);
    expect(logs).toEqual([]);
  });

  it('is not drawn when the first screen is another one (sleep, error, home): no touch there for the early script to answer', async () => {
    const file = await drawingBundle('asleep.cjs', 'return "<main data-screen=\\"sleep\\">z</main>";');
    const html = await createStartPage({ start: async () => startWith('x'), firstScreenModule: file, log: () => undefined })(BUILT);
    expect(html).not.toContain('<template');
    expect(embedded(html)?.[2]).toBe('<main data-screen="sleep">z</main>');
    expect(calls()).toEqual([false]);
  });

  it('when drawing it throws, the attract loop is still drawn, without it, and the log says which drawing failed', async () => {
    const file = await drawingBundle('awake-throws.cjs', 'if (awake) throw new Error("no home words"); return "<main data-screen=\\"attract\\">a</main>";');
    const logs: string[] = [];
    const html = await createStartPage({ start: async () => startWith('x'), firstScreenModule: file, log: (message) => logs.push(message) })(BUILT);
    expect(html).not.toContain('<template');
    expect(embedded(html)?.[2]).toBe('<main data-screen="attract">a</main>');
    expect(logs).toEqual(['first screen: drawing the screen after the first touch failed (no home words); the page draws it itself']);
  });
});

describe('the first-screen bundle main loads', () => {
  it('loads a real module file that exports renderFirstScreen, and draws with it', async () => {
    const file = join(dir(), 'render-first-screen.cjs');
    await writeFile(file, 'exports.renderFirstScreen = (start) => `<p>${start.ok ? start.value.settings.defaultLanguage : "none"}</p>`;');
    const logs: string[] = [];
    const renderer = loadFirstScreenRenderer(file, (message) => logs.push(message));
    expect(renderer?.renderFirstScreen(startWith('x'))).toBe('<p>de</p>');
    expect(logs).toEqual([]);
  });

  it('is null, with the reason logged, when the file is missing, is not a module or exports no renderer', async () => {
    await writeFile(join(dir(), 'broken.cjs'), 'exports.renderFirstScreen = (');
    await writeFile(join(dir(), 'other.cjs'), 'exports.something = 1;');
    await writeFile(join(dir(), 'null.cjs'), 'module.exports = null;');
    const logs: string[] = [];
    for (const name of ['missing.cjs', 'broken.cjs', 'other.cjs', 'null.cjs']) expect(loadFirstScreenRenderer(join(dir(), name), (message) => logs.push(message)), name).toBeNull();
    expect(logs).toHaveLength(4);
    expect(logs[3]).toMatch(/null\.cjs has no renderFirstScreen; pages start without it$/);
    expect(logs[0]).toMatch(/^first screen: cannot load .*missing\.cjs \(Cannot find module/);
    expect(logs[1]).toMatch(/^first screen: cannot load .*broken\.cjs \(/);
    expect(logs[2]).toMatch(/other\.cjs has no renderFirstScreen; pages start without it$/);
  });
});

describe('index.html built for each page load', () => {
  it('asks for the start on every load (settings may have changed) and loads the bundle once', async () => {
    const file = join(dir(), 'counting.cjs');
    await writeFile(file, 'globalThis.__loads = (globalThis.__loads ?? 0) + 1; exports.renderFirstScreen = () => "<p>drawn</p>";');
    let language = 'de';
    const page = createStartPage({ start: async () => startWith('x', language), firstScreenModule: file, log: () => undefined });
    expect(await page(BUILT)).toContain('<html lang="de">');
    language = 'fr';
    const second = await page(BUILT);
    expect(second).toContain('<html lang="fr">');
    expect(embedded(second)?.[2]).toBe('<p>drawn</p>');
    expect((globalThis as { __loads?: number }).__loads).toBe(1);
  });

  it('still hands in the start state when drawing throws, and says why', async () => {
    const logs: string[] = [];
    const file = join(dir(), 'throwing.cjs');
    await writeFile(file, 'exports.renderFirstScreen = () => { throw new Error("no such muscle"); };');
    const html = await createStartPage({ start: async () => startWith('x'), firstScreenModule: file, log: (message) => logs.push(message) })(BUILT);
    expect(embedded(html)?.[2]).toBe('');
    expect(JSON.parse(embedded(html)?.[1] ?? '')).toEqual(startWith('x'));
    expect(logs).toEqual(['first screen: drawing failed (no such muscle); the page draws it itself']);
  });

  it('without a bundle named, hands in the start state only, and has nothing to log', async () => {
    const logs: string[] = [];
    const html = await createStartPage({ start: async () => startWith('x'), log: (message) => logs.push(message) })(BUILT);
    expect(embedded(html)?.[2]).toBe('');
    expect(embedded(html)?.[1]).toBeTruthy();
    expect(logs).toEqual([]);
  });

  it('tries a bundle that cannot be loaded once, not on every page load', async () => {
    const logs: string[] = [];
    const page = createStartPage({ start: async () => startWith('x'), firstScreenModule: join(dir(), 'not-built.cjs'), log: (message) => logs.push(message) });
    for (let load = 0; load < 3; load += 1) expect(embedded(await page(BUILT))?.[1]).toBeTruthy();
    expect(logs).toHaveLength(1);
  });
});

describe('a page drawn once for as long as nothing it shows has changed', () => {
  /** A bundle that counts its drawings and writes the count and the language into the first screen. */
  async function countingBundle(name: string): Promise<string> {
    const file = join(dir(), name);
    await writeFile(file, 'globalThis.__draws = 0; exports.renderFirstScreen = (start) => `<p>${++globalThis.__draws} ${start.value.settings.defaultLanguage}</p>`;');
    return file;
  }
  const draws = () => (globalThis as { __draws?: number }).__draws;
  afterEach(() => void vi.useRealTimers());

  it('asks for the start on every load, and draws again only when the start, the built page or the minute changed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T10:15:05Z'));
    let language = 'de';
    let asked = 0;
    const page = createStartPage({ start: async () => ((asked += 1), startWith('x', language)), firstScreenModule: await countingBundle('counting-draws.cjs'), log: () => undefined });
    const first = await page(BUILT);
    expect(embedded(first)?.[2]).toBe('<p>1 de</p>');
    vi.setSystemTime(new Date('2026-12-05T10:15:59Z'));
    expect(await page(BUILT)).toBe(first);
    expect([asked, draws()]).toEqual([2, 1]);

    language = 'fr';
    expect(embedded(await page(BUILT))?.[2]).toBe('<p>2 fr</p>');
    const otherBuild = BUILT.replace('<title>Kiosk</title>', '<title>Kiosk 2</title>');
    const rebuilt = await page(otherBuild);
    expect(rebuilt).toContain('<title>Kiosk 2</title>');
    expect(embedded(rebuilt)?.[2]).toBe('<p>3 fr</p>');
    // The sleep screen's clock shows the minute, and opening hours turn on one.
    vi.setSystemTime(new Date('2026-12-05T10:16:00Z'));
    expect(embedded(await page(otherBuild))?.[2]).toBe('<p>4 fr</p>');
    expect([asked, draws()]).toEqual([5, 4]);
  });

  it('gives each of many loads at once the whole page, the same one', async () => {
    const page = createStartPage({ start: async () => startWith('x'), firstScreenModule: await countingBundle('concurrent-draws.cjs'), log: () => undefined });
    const pages = await Promise.all(Array.from({ length: 25 }, () => page(BUILT)));
    expect(new Set(pages).size).toBe(1);
    expect(JSON.parse(embedded(pages[0] ?? '')?.[1] ?? '')).toEqual(startWith('x'));
    expect(draws()).toBeGreaterThanOrEqual(1);
    expect(draws()).toBeLessThan(25);
  });

  it('does not keep a drawing that failed: the next load tries again, and says so again', async () => {
    const file = join(dir(), 'fails-once.cjs');
    await writeFile(file, 'let calls = 0; exports.renderFirstScreen = () => { calls += 1; if (calls === 1) throw new Error("content mid-swap"); return "<p>drawn</p>"; };');
    const logs: string[] = [];
    const page = createStartPage({ start: async () => startWith('x'), firstScreenModule: file, log: (message) => logs.push(message) });
    expect(embedded(await page(BUILT))?.[2]).toBe('');
    expect(embedded(await page(BUILT))?.[2]).toBe('<p>drawn</p>');
    expect(logs).toEqual(['first screen: drawing failed (content mid-swap); the page draws it itself']);
  });
});

describe('the index page answer', () => {
  async function rendererWith(index: string | Buffer): Promise<StaticRoots> {
    const rendererDir = join(dir(), 'app');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), index);
    await writeFile(join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
    return { rendererDir, assetsDir: join(dir(), 'assets') };
  }
  const pages = { index: async (built: string) => built.replace('<div id="root"></div>', '<div id="root">drawn</div>') };

  it('serves / and /index.html built for this load, whole, uncached, with its length and the security headers', async () => {
    const roots = await rendererWith(BUILT);
    for (const path of ['/', '/index.html', '/./index.html', '/assets/../index.html']) {
      const answer = await answerStaticRequest(path, 'GET', undefined, roots, pages);
      const body = answer.body ? await text(answer.body) : null;
      expect(body, path).toContain('<div id="root">drawn</div>');
      expect(answer.status).toBe(200);
      expect(answer.headers).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body ?? '')), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      expect(answer.headers['Content-Security-Policy']).toContain("script-src 'self'");
    }
  });

  it('answers HEAD with the same length and no body, and a Range with the whole page (it is built for one load)', async () => {
    const roots = await rendererWith(BUILT);
    const get = await answerStaticRequest('/', 'GET', undefined, roots, pages);
    const head = await answerStaticRequest('/', 'HEAD', undefined, roots, pages);
    expect(head.body).toBeNull();
    expect(head.headers['Content-Length']).toBe(get.headers['Content-Length']);
    const ranged = await answerStaticRequest('/', 'GET', 'bytes=0-9', roots, pages);
    expect(ranged.status).toBe(200);
    expect(ranged.headers['Content-Range']).toBeUndefined();
    expect(await text(ranged.body!)).toContain('drawn');
  });

  it('lets the built page\'s own inline blocks run by hash, and not one the start put in', async () => {
    const withInline = BUILT.replace('<head>', '<head><style>body{color:red}</style><script>alert(1)</script>');
    const roots = await rendererWith(withInline);
    const injecting = { index: async (built: string) => built.replace('<div id="root"></div>', '<div id="root"><script>steal()</script><style>*{}</style></div>') };
    const answer = await answerStaticRequest('/', 'GET', undefined, roots, injecting);
    expect(await text(answer.body!)).toContain('steal()');
    expect(answer.headers['Content-Security-Policy']).toBe(
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='").replace("style-src 'self'", "style-src 'self' 'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='"),
    );
    // Served as built (a host without a start page) it gets the same policy, so it is never shown unstyled.
    expect((await answerStaticRequest('/', 'GET', undefined, roots)).headers['Content-Security-Policy']).toBe(answer.headers['Content-Security-Policy']);
    // Other files keep the plain policy (and their stream is read, so its file is closed).
    const other = await answerStaticRequest('/assets/main.js', 'GET', undefined, roots, injecting);
    expect(other.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(await text(other.body!)).toBe('console.log(1)');
  });

  it('serves the page as built when building it fails, and other files untouched', async () => {
    const roots = await rendererWith(BUILT);
    const failing = { index: async () => Promise.reject(new Error('services stopped')) };
    expect(await text((await answerStaticRequest('/', 'GET', undefined, roots, failing)).body!)).toBe(BUILT);
    const script = await answerStaticRequest('/assets/main.js', 'GET', undefined, roots, { index: async () => Promise.reject(new Error('only index.html is built')) });
    expect(script.headers['Content-Type']).toMatch(/^(application|text)\/javascript/);
    expect(await text(script.body!)).toBe('console.log(1)');
  });

  it('builds only the renderer\'s index.html: one under /media/ is a media file like any other', async () => {
    const roots = await rendererWith(BUILT);
    await mkdir(roots.assetsDir, { recursive: true });
    await writeFile(join(roots.assetsDir, 'index.html'), BUILT);
    const answer = await answerStaticRequest('/media/index.html', 'GET', undefined, roots, pages);
    expect(await text(answer.body!)).toBe(BUILT);
    expect(answer.headers['Cache-Control']).toBeUndefined();
  });

  it('closes the file it built from: a thousand loads leave no descriptor open', async () => {
    const roots = await rendererWith(BUILT);
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let load = 0; load < 1000; load += 1) await text((await answerStaticRequest('/', 'GET', undefined, roots, pages)).body!);
    expect(open() - before).toBeLessThan(50);
  });

  it('builds an index.html of exactly the largest size it reads whole', async () => {
    const roots = await rendererWith(Buffer.concat([Buffer.from(BUILT), Buffer.alloc(MAX_INDEX_BYTES - Buffer.byteLength(BUILT), ' ')]));
    const answer = await answerStaticRequest('/', 'GET', undefined, roots, pages);
    expect(answer.headers['Cache-Control']).toBe('no-store');
    expect((await text(answer.body!)).startsWith(BUILT.replace('<div id="root"></div>', '<div id="root">drawn</div>'))).toBe(true);
  });

  it('serves an index.html larger than any build as it is, in ranges, without reading it whole', async () => {
    const huge = Buffer.alloc(MAX_INDEX_BYTES + 1, 'a');
    const roots = await rendererWith(huge);
    let built = false;
    const answer = await answerStaticRequest('/', 'GET', 'bytes=0-3', roots, { index: async (html) => ((built = true), html) });
    expect(answer.status).toBe(206);
    expect(await text(answer.body!)).toBe('aaaa');
    expect(built).toBe(false);
  });

  it('never builds from an index.html that links out of the build folder', async () => {
    const roots = await rendererWith(BUILT);
    await writeFile(join(dir(), 'outside.html'), BUILT);
    await rm(join(roots.rendererDir, 'index.html'));
    await symlink(join(dir(), 'outside.html'), join(roots.rendererDir, 'index.html'));
    let built = false;
    const answer = await answerStaticRequest('/', 'GET', undefined, roots, { index: async (html) => ((built = true), html) });
    expect(answer.status).toBe(404);
    expect(built).toBe(false);
  });

  it('builds each of many pages loaded at once from the file, each whole', async () => {
    const roots = await rendererWith(BUILT);
    let calls = 0;
    const answers = await Promise.all(Array.from({ length: 30 }, () => answerStaticRequest('/', 'GET', undefined, roots, { index: async (html) => (calls += 1, html.replace('<div id="root"></div>', `<div id="root">${calls}</div>`)) })));
    const bodies = await Promise.all(answers.map((answer) => text(answer.body!)));
    expect(calls).toBe(30);
    expect(new Set(bodies).size).toBe(30);
    for (const body of bodies) expect(body).toMatch(/^<!doctype html>[\s\S]*<div id="root">\d+<\/div>[\s\S]*<\/html>\n$/);
  });
});
