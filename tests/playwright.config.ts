/** Browser tests: real Chromium against the real preview server and services. */
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_MESSAGE);

/** The shared preview server's port; KIOSK_E2E_PORT lets two runs share a machine. */
export const E2E_PORT = Number(process.env.KIOSK_E2E_PORT ?? 4317);
/** The staff PIN the test kiosks are set up with (as an operator would with KIOSK_STAFF_PIN). */
export const TEST_STAFF_PIN = '2468';

export default defineConfig({
  testDir: './e2e',
  outputDir: join(root, 'test-results', process.env.KIOSK_E2E_PORT ? `e2e-${process.env.KIOSK_E2E_PORT}` : 'e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: join(root, 'test-results', 'report'), open: 'never' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node build/main/preview.cjs --port ${E2E_PORT} --settings ${join(tmpdir(), `kiosk-e2e-settings-${process.pid}.json`)}`,
    cwd: root,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    env: { KIOSK_STAFF_PIN: TEST_STAFF_PIN },
    timeout: 30_000,
  },
});
