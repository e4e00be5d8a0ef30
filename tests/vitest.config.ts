/** Unit tests: services on real files, main with a faked electron, renderer logic. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Electron's binary cannot run here: main-process code gets the fake in tests/mocks.
    alias: { electron: fileURLToPath(new URL('./mocks/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
