/** Builds the renderer with relative URLs, so the same build runs under kiosk://app/ and in the preview. */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../common/content-security-policy';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Writes the kiosk's content security policy into index.html too: a second line of defence behind the header. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'kiosk-content-security-policy',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace('%KIOSK_CSP%', META_CONTENT_SECURITY_POLICY) },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../build/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // One style sheet (21 kB) instead of one per chunk: the first screen paints once it and index.html are in, not
    // after four requests; the on-demand screens' rules come along and cost nothing until used.
    cssCodeSplit: false,
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
