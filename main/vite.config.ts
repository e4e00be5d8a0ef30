/**
 * Bundles the Electron main process and the preview server (default mode) and the preload
 * (`--mode preload`) into CommonJS for Node. The preload is built alone because a sandboxed
 * preload cannot require a shared chunk.
 */
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const entries: Record<string, Record<string, string>> = {
  production: {
    index: 'main/index.ts',
    preview: 'main/preview/cli.ts',
    'content-check': 'main/tools/content-check.ts',
    'content-keygen': 'main/tools/content-keygen.ts',
    'content-publish': 'main/tools/content-publish.ts',
    'hash-pin': 'main/tools/hash-pin.ts',
    'export-web': 'main/tools/export-web.ts',
  },
  preload: { preload: 'main/preload.ts' },
};

export default defineConfig(({ mode }) => ({
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'build/main',
    emptyOutDir: mode !== 'preload',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: entries[mode] ?? entries.production,
      external: ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  // Packages are bundled in, so the packaged app needs no node_modules beside the main bundle.
  ssr: { noExternal: true },
}));
