/** The hashes that let a built page's own inline blocks run under the content security policy, and nothing else. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, policyAllowingInline } from '../../../../../common/content-security-policy';
import { inlineHashes } from '../../../../../main/services/serving/inline-hashes';

// `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`, and the same for the style block.
const ALERT = 'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const RED = 'FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=';
// The same for blocks over several lines with spaces: '\n  alert(1);\n' and 'body { color: red }'.
const ALERT_LINES = '8yUvYAoVPcECP+LCtuQt8Lpqlvatg5ljAKVplA/Yo0M=';
const RED_SPACED = 'kl6HQb5peP+QG0x7FWklMRxR/HYq4xozK9Oa6BWSDQA=';

describe('inline hashes', () => {
  it('hashes each inline script the browser runs and each style block, as CSP writes them', () => {
    const html = '<head><style>body{color:red}</style><script>alert(1)</script><SCRIPT type="module">alert(1)</SCRIPT></head>';
    expect(inlineHashes(html)).toEqual({ scripts: [ALERT, ALERT], styles: [RED] });
  });

  it('reads every way HTML writes a JavaScript type, and blocks over several lines', () => {
    const types = ['type=module', 'type = "module"', "type='MODULE'", 'type="text/javascript"', 'type="application/javascript"', 'id="x"'];
    const scripts = types.map((attributes) => `<script ${attributes}>\n  alert(1);\n</script>`).join('');
    expect(inlineHashes(`${scripts}<style media="screen">body { color: red }</style>`)).toEqual({ scripts: types.map(() => ALERT_LINES), styles: [RED_SPACED] });
  });

  it('leaves out scripts that load a file and data blocks that never run, such as the start state', () => {
    expect(inlineHashes('<script src = "./a.js">alert(1)</script><script type = "text/plain">alert(1)</script><script type=text/plain>alert(1)</script>')).toEqual({ scripts: [], styles: [] });
    const html = '<script src="./a.js"></script><script type="module" crossorigin src="./b.js"></script><script type="application/json" id="kiosk-start">{"ok":true}</script><script type="text/plain">alert(1)</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  it('adds each hash to its own directive and changes nothing else; without hashes the policy is as it was', () => {
    const policy = policyAllowingInline(CONTENT_SECURITY_POLICY, { scripts: [ALERT], styles: [RED, ALERT] });
    expect(policy).toBe(CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'sha256-${ALERT}'`).replace("style-src 'self'", `style-src 'self' 'sha256-${RED}' 'sha256-${ALERT}'`));
    expect(policy).not.toContain('unsafe-inline');
    expect(policyAllowingInline(CONTENT_SECURITY_POLICY, { scripts: [], styles: [] })).toBe(CONTENT_SECURITY_POLICY);
  });
});
