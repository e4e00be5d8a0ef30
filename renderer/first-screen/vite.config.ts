/**
 * Builds the first-screen bundle (render-first-screen.tsx) for Node into build/first-screen/, which main loads to
 * draw the page's first screen into index.html (packed into the app beside build/main).
 * Styles stay with the page's own build: this bundle draws markup only.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  logLevel: 'warn',
  plugins: [react()],
  // React's production build, as the page runs: the markup must match what the page's first render draws.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    ssr: here('./render-first-screen.tsx'),
    outDir: here('../../build/first-screen'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    // One file: the screens the page loads on demand are never drawn first, but their imports come along.
    rollupOptions: { output: { format: 'cjs', entryFileNames: 'render-first-screen.cjs', codeSplitting: false } },
  },
  // Bundled in, so the packaged app needs no node_modules for it either.
  ssr: { noExternal: true },
});
