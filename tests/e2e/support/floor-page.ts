/** A floor page of the benchmark, served on its own beside the kiosk's media and opened as the benchmark opens it. */
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { startFloorServer } from '../../../scripts/bench/floor-server.mjs';
import { VIEWPORT } from '../../../scripts/bench/measures.mjs';
import type { Page } from './fixtures';

const assetsDir = fileURLToPath(new URL('../../../assets', import.meta.url));

export interface OpenFloorPage {
  page: Page;
  /** Every script the page asked for: a floor page runs none but its own inline one. */
  scripts: string[];
  close(): Promise<void>;
}

/** Serves `html` as `file` and opens it in a fresh touch context at the benchmark's viewport. */
export async function openFloorPage(browser: Browser, file: string, html: string): Promise<OpenFloorPage> {
  const floor = await startFloorServer({ pages: { [file]: html }, assetsDir });
  const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${floor.url}${file}`);
  return {
    page,
    scripts,
    close: async () => {
      await context.close();
      await floor.close();
    },
  };
}
