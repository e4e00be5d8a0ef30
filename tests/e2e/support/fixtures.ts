/**
 * The Playwright fixture every spec shares: `kiosk` is a real preview server on its own copy of the content
 * (and, with `copyAssets`, of the media), started for the test and stopped after it.
 */
import { test as base } from '@playwright/test';
import { startKioskOnCopy, type TestKiosk, type TestKioskOptions } from './kiosk-server';

export const test = base.extend<{ kioskOptions: TestKioskOptions; kiosk: TestKiosk }>({
  kioskOptions: [{}, { option: true }],
  kiosk: async ({ kioskOptions }, use) => {
    const kiosk = await startKioskOnCopy(kioskOptions.edit, { copyAssets: kioskOptions.copyAssets });
    await use(kiosk);
    await kiosk.close();
  },
});

export { expect } from '@playwright/test';
