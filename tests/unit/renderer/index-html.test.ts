import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../common/content-security-policy';

const BUILT = 'build/renderer/index.html';

describe('the built index.html', () => {
  it('carries the content security policy in a <meta>, before any script, as a second line of defence', async () => {
    if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run "npm run build" first (npm test does).`);
    const html = await readFile(BUILT, 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(policy).toBe(META_CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self'");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });
});
