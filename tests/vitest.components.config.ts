/** Component tests: the screens and the staff panel rendered by React in a real Chromium (vitest browser mode). */
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';
import type * as StaticFiles from '../main/services/serving/static-files';
import type { PointerPoint } from './components/support/pointer-drag';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_MESSAGE);

/**
 * The components ask for './media/<file>' and the test page sits at the server's root: the real assets folder
 * answers under /media/, through the kiosk's own static-file answer (byte ranges, content types), so videos,
 * posters and body maps load as they do on the kiosk.
 */
function serveKioskMedia(assetsDir: string): Plugin {
  return {
    name: 'kiosk-media',
    configureServer(server) {
      // Loaded by Vite's module runner on the first request, not by the config loader.
      let serving: Promise<typeof StaticFiles> | undefined;
      const load = () => (serving ??= runnerImport<typeof StaticFiles>(fileURLToPath(new URL('../main/services/serving/static-files.ts', import.meta.url)), { configFile: false }).then((loaded) => loaded.module));
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://test').pathname;
        if (!path.startsWith('/media/') || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
        load()
          .then(({ answerStaticRequest }) => answerStaticRequest(path, request.method ?? 'GET', request.headers.range, { rendererDir: assetsDir, assetsDir }))
          .then(async (answer) => {
            response.writeHead(answer.status, answer.headers);
            if (!answer.body) return void response.end();
            // A test that ends cancels its video's download: that is no error of the server.
            await pipeline(answer.body, response).catch(() => undefined);
          }, next);
      });
    },
  };
}

/** Playwright's mouse along a path over one element (tests/components/support/pointer-drag.ts). */
const pointerDrag: BrowserCommand<[selector: string, points: PointerPoint[], stepsBetween?: number]> = async (context, selector, points, stepsBetween = 4) => {
  const element = context.iframe.locator(selector);
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error(`pointerDrag: ${selector} is not on screen`);
  // The box is in the top page's pixels; the test frame may be scaled to fit the window.
  const scale = box.width / (await element.evaluate((node) => node.getBoundingClientRect().width));
  const [first, ...rest] = points.map((point) => [box.x + point.x * scale, box.y + point.y * scale] as const);
  if (!first) return;
  const { mouse } = context.page;
  await mouse.move(...first);
  await mouse.down();
  for (const point of rest) await mouse.move(...point, { steps: stepsBetween });
  await mouse.up();
};

export default defineConfig({
  root,
  plugins: [react(), serveKioskMedia(fileURLToPath(new URL('../assets', import.meta.url)))],
  // Found up front, so Vite never reloads a test page half-way to bundle one it met late.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', 'i18next', 'react-i18next', 'howler', 'zod', 'zod/mini', 'vitest-browser-react'] },
  test: {
    include: ['tests/components/**/*.test.tsx'],
    // Loads content/ with the real services in Node and provides it to the tests: inject('kioskContent').
    globalSetup: ['tests/components/support/global-setup.ts'],
    // The renderer's style sheets, so screens are measured as members see them.
    setupFiles: ['tests/components/support/kiosk-styles.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      // gc(): the media tests show a closed screen's video can be collected.
      provider: playwright({ launchOptions: { executablePath: chromium, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] } }),
      instances: [{ browser: 'chromium', viewport: { width: 1080, height: 1920 } }],
      commands: { pointerDrag },
    },
  },
});
