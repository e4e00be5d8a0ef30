/**
 * Builds the web export's two parts into build/web-export/: the page renderer for Node (default mode: the
 * kiosk's screens with their stylesheets, collected into site/site.css) and, with `--mode client`, the one
 * small script the pages load (site/site.js).
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../../build/web-export');

export default defineConfig(({ mode }) =>
  mode === 'client'
    ? {
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: ['chrome100', 'safari15', 'firefox100'],
          rollupOptions: { input: here('./site-script.ts'), output: { format: 'iife', entryFileNames: 'site/site.js' } },
        },
      }
    : {
        logLevel: 'warn',
        plugins: [react()],
        // React's production build: no development checks in a tool that renders hundreds of pages.
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          ssr: here('./render-web-page.tsx'),
          outDir,
          emptyOutDir: true,
          target: 'node20',
          // The stylesheets the screens import become the site's one stylesheet.
          ssrEmitAssets: true,
          cssCodeSplit: false,
          cssTarget: ['chrome100', 'safari15', 'firefox100'],
          rollupOptions: { output: { format: 'es', entryFileNames: 'render-web-page.mjs', assetFileNames: 'site/site[extname]' } },
        },
        // Bundled in, so the export needs only Node and this folder.
        ssr: { noExternal: true },
      },
);
