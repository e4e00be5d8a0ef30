/**
 * On a kiosk that is up, the screens a member opens loop their demo without a seek at the loop point
 * (renderer/components/seamless-loop.ts): each video is fed the station's loop kept ready, from its first frame, so
 * the element never loads its file itself.
 */
import { expect, test, type Locator, type Page } from './support/fixtures';
import { waitForApp } from './support/kiosk-page';
import { uiText } from './support/locale-text';

/** The demo's length in seconds (150 frames at 30 per second). */
const LOOP_SECONDS = 5;

/** Plays `video` past its first loop (4× speed), and returns how often it sought meanwhile. */
async function seeksOverOneLoop(video: Locator): Promise<number> {
  await video.evaluate((element: HTMLVideoElement) => {
    const counted = element as HTMLVideoElement & { seeks?: number };
    counted.seeks = 0;
    element.addEventListener('seeking', () => (counted.seeks = (counted.seeks ?? 0) + 1));
    element.playbackRate = 4;
  });
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 15_000 }).toBeGreaterThan(LOOP_SECONDS + 0.5);
  return video.evaluate((element: HTMLVideoElement & { seeks?: number }) => element.seeks ?? -1);
}

/** The videos' own loads of demo files since `since` (the worker's reads are not the page's). */
function elementLoads(page: Page, since: number): Promise<string[]> {
  return page.evaluate(
    (from) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === 'video' && entry.name.endsWith('.webm') && entry.startTime >= from)
        .map((entry) => entry.name),
    since,
  );
}

test('home and the exercise loop their demo without a seek, fed from their first frame', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await waitForApp(page);
  // A member arrives at a kiosk that has been up a while: a moment for the worker to read the station's loops.
  await page.waitForTimeout(2_000);
  const since = await page.evaluate(() => performance.now());

  await page.getByRole('button', { name: uiText('en', 'attract.touchToStart') }).tap();
  const home = page.locator('[data-screen="home"] video');
  await expect(home).toBeVisible();
  expect(await home.evaluate((video: HTMLVideoElement) => video.srcObject !== null)).toBe(true);
  expect(await seeksOverOneLoop(home)).toBe(0);

  await page.getByRole('button', { name: new RegExp(uiText('en', 'home.howTo')) }).first().tap();
  const exercise = page.locator('[data-screen="exercise"] video');
  await expect(exercise).toBeVisible();
  expect(await exercise.evaluate((video: HTMLVideoElement) => video.srcObject !== null)).toBe(true);
  expect(await seeksOverOneLoop(exercise)).toBe(0);
  expect(await exercise.evaluate((video: HTMLVideoElement) => video.error)).toBeNull();

  expect(await elementLoads(page, since)).toEqual([]);
});
