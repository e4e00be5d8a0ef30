/**
 * The Playwright entry every spec shares. `kiosk` is a real preview server on its own copy of the content
 * (and, with `copyAssets`, of the media), started for the test that asks for it and stopped after it; a
 * spec that needs a changed copy sets `test.use({ kioskOptions: { edit, copyAssets } })` in a describe.
 * Specs that only read use the global preview server (`page.goto('/')`) and no `kiosk`.
 */
import { test as base } from '@playwright/test';
import { startKioskOnCopy, type TestKiosk, type TestKioskOptions } from './kiosk-server';

export const test = base.extend<{ kioskOptions: TestKioskOptions; kiosk: TestKiosk }>({
  kioskOptions: [{}, { option: true }],
  kiosk: async ({ kioskOptions }, use) => {
    const { edit, ...options } = kioskOptions;
    const kiosk = await startKioskOnCopy(edit, options);
    try {
      await use(kiosk);
    } finally {
      await kiosk.close();
    }
  },
});

export { chromium, expect } from '@playwright/test';
export type { Locator, Page } from '@playwright/test';
export type { TestKiosk } from './kiosk-server';
