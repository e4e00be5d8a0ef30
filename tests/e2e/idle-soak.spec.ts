import { expect, test, type CDPSession } from '@playwright/test';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';

const ATTRACT_SLIDE_MS = 8_000;
const ATTRACT_CYCLES = 1_000;
const MEMBER_SESSIONS = 200;

interface Footprint {
  heapBytes: number;
  nodes: number;
  listeners: number;
}

async function footprint(cdp: CDPSession): Promise<Footprint> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
  return { heapBytes: value('JSHeapUsedSize'), nodes: value('Nodes'), listeners: value('JSEventListeners') };
}

test('a simulated long day (1,000 attract cycles, 200 member sessions) does not grow', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  await page.clock.install();
  await page.goto('/');
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const startButton = page.getByRole('button', { name: uiText('en', 'attract.touchToStart') });
  // Warm up once so lazily made things (body map, Howls, i18n) exist before the first measurement.
  await startButton.tap();
  await page.clock.runFor(70_000);
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  const before = await footprint(cdp);

  for (let cycle = 0; cycle < ATTRACT_CYCLES; cycle += 1) await page.clock.runFor(ATTRACT_SLIDE_MS);
  for (let session = 0; session < MEMBER_SESSIONS; session += 1) {
    await startButton.tap();
    await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
    await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).tap();
    await page.clock.runFor(70_000);
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  }
  const after = await footprint(cdp);

  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'test-results', 'idle-soak.json'), JSON.stringify({ attractCycles: ATTRACT_CYCLES, memberSessions: MEMBER_SESSIONS, before, after }, null, 2));
  console.log(`idle soak: heap ${(before.heapBytes / 1e6).toFixed(2)} → ${(after.heapBytes / 1e6).toFixed(2)} MB, nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`);
  expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1 + 50);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1 + 20);
  expect(after.heapBytes).toBeLessThanOrEqual(before.heapBytes * 1.25 + 2e6);
});
