/** The soak's listener count (scripts/bench/live-listeners.mjs): every live target's listeners, in the document or not, and none of garbage. */
import { countLiveListeners } from '../../scripts/bench/live-listeners.mjs';
import { expect, test } from './support/fixtures';

test('counts listeners on live targets off the document, and stops counting them once they are garbage', async ({ page }) => {
  // A page that holds still (the kiosk's adds listeners as its app starts and its screens load): only the count is on trial.
  await page.setContent('<main><button type="button">Start</button></main>');
  await page.locator('button').evaluate((button) => button.addEventListener('click', () => undefined));
  const cdp = await page.context().newCDPSession(page);
  const atRest = await countLiveListeners(cdp);
  expect(atRest).toBeGreaterThanOrEqual(1);

  // Held from window: a detached element with three listeners, and a message port with two.
  await page.evaluate(() => {
    const held = { element: document.createElement('div'), channel: new MessageChannel() };
    for (const type of ['click', 'pointerdown', 'keydown']) held.element.addEventListener(type, () => undefined);
    held.channel.port1.addEventListener('message', () => undefined);
    held.channel.port1.addEventListener('messageerror', () => undefined);
    (window as unknown as { __held?: typeof held }).__held = held;
  });
  expect(await countLiveListeners(cdp)).toBe(atRest + 5);
  // Counting twice holds nothing itself.
  expect(await countLiveListeners(cdp)).toBe(atRest + 5);

  // Let go: garbage is not counted, swept or not.
  await page.evaluate(() => {
    const held = (window as unknown as { __held?: { channel: MessageChannel } }).__held;
    held?.channel.port1.close();
    delete (window as unknown as { __held?: unknown }).__held;
  });
  expect(await countLiveListeners(cdp)).toBe(atRest);
});
