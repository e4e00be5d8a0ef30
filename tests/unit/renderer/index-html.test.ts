import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY, policyAllowingInline } from '../../../common/content-security-policy';
import { inlineHashes } from '../../../main/services/serving/inline-hashes';

const BUILT = 'build/renderer/index.html';

describe('the built index.html', () => {
  it('carries the content security policy in a <meta>, before any script, as a second line of defence', async () => {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npm run build" first (npm test does).`);
    const html = await readFile(BUILT, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(policy).toBe(policyAllowingInline(META_CONTENT_SECURITY_POLICY, inlineHashes(html)));
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('holds its style sheet and early-tap script inline, one of each, so the first paint waits for no other file', async () => {
    const html = await readFile(BUILT, 'utf8');
    expect(html).not.toMatch(/<link rel="stylesheet"|early-taps\.js/);
    expect(inlineHashes(html)).toEqual({ scripts: [expect.any(String)], styles: [expect.any(String)] });
    expect(html).toContain(await readFile('renderer/public/early-taps.js', 'utf8'));
    // The style sheet is the whole app's (one for all chunks): the first screen's rules and the on-demand screens'.
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    for (const rule of ['.attract__call', '.pin-pad']) expect(style).toContain(rule);
  });

  it('starts a small entry that imports the app only when it may start, the app itself as one file', async () => {
    const html = await readFile(BUILT, 'utf8');
    const fetchedAtOnce = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"|<link[^>]+modulepreload[^>]+href="\.\/([^"]+)"/g)].map((match) => match[1] ?? match[2]);
    expect(fetchedAtOnce.length).toBeGreaterThan(0);
    // Nothing of the app is fetched with the page, or imported by what is: it would run before the first touch.
    expect(fetchedAtOnce.filter((file) => file?.includes('start-app'))).toEqual([]);
    const entry = await readFile(join('build/renderer', fetchedAtOnce[0]!), 'utf8');
    expect(entry).toMatch(/import\(`\.\/start-app-[\w-]+\.js`\)/);
    expect(entry).not.toMatch(/^import[^;]*from"\.\/start-app-/m);
    // The app's own modules and React come in the one file the entry imports, not split across shared chunks.
    const app = /\.\/(start-app-[\w-]+\.js)/.exec(entry)?.[1] ?? '';
    const appImports = [...(await readFile(join('build/renderer/assets', app), 'utf8')).matchAll(/from"\.\/([^"]+\.js)"/g)].map((match) => match[1]);
    expect(appImports.filter((file) => !/^(boot|rolldown-runtime)-/.test(file ?? ''))).toEqual([]);
  });
});
