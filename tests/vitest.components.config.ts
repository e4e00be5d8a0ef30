/** Component tests: the screens and the staff panel rendered by React in a real Chromium (vitest browser mode). */
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_MESSAGE);

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    include: ['tests/components/**/*.test.tsx'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium', viewport: { width: 1080, height: 1920 } }],
    },
  },
});
