/** Builds the renderer with relative URLs, so the same build runs under kiosk://app/ and in the preview. */
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { inlineBlocks, META_CONTENT_SECURITY_POLICY, policyAllowingInline } from '../common/content-security-policy';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Writes the kiosk's content security policy into index.html too: a second line of defence behind the header. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'kiosk-content-security-policy',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace('%KIOSK_CSP%', META_CONTENT_SECURITY_POLICY) },
  };
}

/**
 * Puts the style sheet and the early-tap script into index.html itself, each allowed by its hash in the meta policy
 * (the header gets the same hashes from main/services/serving/inline-hashes.ts): the first screen paints once
 * index.html is in, without waiting for two more requests (about 20 ms of a 150 ms start here, measured A/B against
 * the linked files). The files stay beside it.
 */
function inlineFirstPaint(): Plugin {
  return {
    name: 'kiosk-inline-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const source = (name: string) => {
          const file = context.bundle?.[name];
          if (file?.type !== 'asset') throw new Error(`index.html links ${name}, which the build did not make`);
          return String(file.source);
        };
        const inlined = html
          .replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (_tag, name: string) => `<style>${source(name)}</style>`)
          .replace('<script src="./early-taps.js"></script>', () => `<script>${readFileSync(join(root, 'public', 'early-taps.js'), 'utf8')}</script>`);
        if (/<link rel="stylesheet"|src="\.\/early-taps\.js"/.test(inlined)) throw new Error('index.html still links a style sheet or early-taps.js');
        // The same hashes main/services/serving/inline-hashes.ts gives the header (the renderer may not import main/).
        const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
        const { scripts, styles } = inlineBlocks(inlined);
        const policy = policyAllowingInline(META_CONTENT_SECURITY_POLICY, { scripts: scripts.map(sha256), styles: styles.map(sha256) });
        return inlined.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/, (_meta, start: string) => `${start}${policy}"`);
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta(), inlineFirstPaint()],
  build: {
    outDir: fileURLToPath(new URL('../build/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // Chromium has modulepreload of its own: the polyfill would be dead weight in the first screen's script.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One style sheet (21 kB) instead of one per chunk: the first screen paints once it and index.html are in, not
    // after four requests; the on-demand screens' rules come along and cost nothing until used.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry runs before the app may start (main.tsx imports it; the app uses it too): its own small
            // file, else it would go into the app's and the entry would load the whole app with the page.
            { name: 'boot', priority: 1, test: /renderer[\\/](early-tap|after-first-paint)\.ts$|preload-helper/ },
            // The app and everything it imports, React among it, as one file: split by what the on-demand screens
            // share with it, it came as four (about 1.3 kB more gzip, and three more requests before it could start).
            { name: 'start-app', test: /renderer[\\/]start-app\.tsx$/ },
          ],
        },
      },
    },
  },
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
});
