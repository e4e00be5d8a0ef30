import { expect, test } from './support/fixtures';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './support/kiosk-server';
import { contentName, uiText } from './support/locale-text';
import { measurePageFootprint } from './support/page-footprint';

const ATTRACT_SLIDE_MS = 8_000;
const ATTRACT_CYCLES = 1_000;
const MEMBER_SESSIONS = 200;

test('a simulated long day (1,000 attract cycles, 200 member sessions) does not grow', async ({ page }) => {
  test.setTimeout(15 * 60_000);
  await page.clock.install();
  await page.goto('/');
  await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  const startButton = page.getByRole('button', { name: uiText('en', 'attract.touchToStart') });
  // A one-second press on the staff corner does nothing: the harmless touch the footprint needs.
  const staffCorner = page.getByRole('button', { name: uiText('en', 'staff.corner') });
  const memberSession = async () => {
    await startButton.tap();
    await page.getByRole('button', { name: contentName('en', 'muscles', 'semimembranosus') }).tap();
    await page.getByRole('button', { name: contentName('en', 'exercises', 'seated-leg-curl') }).tap();
    await page.clock.runFor(70_000);
    await expect(page.locator('[data-screen="attract"]')).toBeVisible();
  };
  // One session first, so what is made once (body map, Howls and howler's audio pool, i18n) exists before the first measurement.
  await memberSession();
  const before = await measurePageFootprint(page, cdp, staffCorner);

  for (let cycle = 0; cycle < ATTRACT_CYCLES; cycle += 1) await page.clock.runFor(ATTRACT_SLIDE_MS);
  for (let session = 0; session < MEMBER_SESSIONS; session += 1) await memberSession();
  const after = await measurePageFootprint(page, cdp, staffCorner);

  await mkdir(join(REPO_ROOT, 'test-results'), { recursive: true });
  await writeFile(join(REPO_ROOT, 'test-results', 'idle-soak.json'), JSON.stringify({ attractCycles: ATTRACT_CYCLES, memberSessions: MEMBER_SESSIONS, before, after }, null, 2));
  console.log(
    `idle soak: heap ${(before.heapBytes / 1e6).toFixed(2)} → ${(after.heapBytes / 1e6).toFixed(2)} MB, ` +
      `elements ${before.documentElements} → ${after.documentElements}, detached nodes ${before.detachedNodes} → ${after.detachedNodes}, ` +
      `listeners ${before.listeners} → ${after.listeners}, queued React state updates ${before.queuedStateUpdates} → ${after.queuedStateUpdates}`,
  );
  // Same screen before and after, so the same elements. What stays detached is howler's fixed pool of
  // audio elements; a leak of even one node per member session would add 200.
  expect(after.documentElements).toBe(before.documentElements);
  expect(after.detachedNodes).toBeLessThanOrEqual(before.detachedNodes + 20);
  expect(after.listeners).toBeLessThanOrEqual(before.listeners * 1.1 + 20);
  expect(after.heapBytes).toBeLessThanOrEqual(before.heapBytes * 1.25 + 2e6);
  // The idle reset asks for the default language and no reading aids after every session: asked of useState, each
  // was one update queued for good (400 here, the 30-day soak's slow heap growth).
  expect(after.queuedStateUpdates).toBeLessThanOrEqual(before.queuedStateUpdates + 10);
});
