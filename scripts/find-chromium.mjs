/** Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's, then Playwright's own. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests: install Debian\'s (apt-get install -y chromium), set CHROMIUM_PATH to a Chromium or Chrome binary, or run "npx playwright install chromium" where the internet is reachable.';

/** Returns the path of a Chromium binary, or null when there is none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const bundled = chromium.executablePath();
    return bundled && existsSync(bundled) ? bundled : null;
  } catch {
    return null;
  }
}

/** Flags this workplace needs: root needs no sandbox, and the closed network must not be dialled. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--autoplay-policy=no-user-gesture-required',
];
