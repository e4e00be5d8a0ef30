/** The soak's detached-node count (scripts/bench/detached-nodes.mjs): nodes off the document that JS holds, and the path that holds them. */
import { detachedNodes, takeHeapSnapshot } from '../../scripts/bench/detached-nodes.mjs';
import { expect, test } from './support/fixtures';

test('counts detached nodes something holds, names what holds them, and stops counting them once let go', async ({ page }) => {
  await page.setContent('<main><p>Start</p></main>');
  const cdp = await page.context().newCDPSession(page);
  const measure = async (options?: { except?: string[] }) => {
    await cdp.send('HeapProfiler.collectGarbage');
    return detachedNodes(await takeHeapSnapshot(cdp), options);
  };
  const atRest = await measure();
  // What the page holds before the trial (the test runner's own nodes) is not what the path should name.
  const before = Object.keys(atRest.byKind);

  // Two screens taken off the page: one kept by a global, as a leak would keep it, and one that nothing holds.
  await page.evaluate(() => {
    const screen = (label: string) => {
      const section = document.createElement('section');
      section.className = label;
      section.innerHTML = '<h2>Title</h2><ul><li>a</li><li>b</li></ul>';
      document.querySelector('main')?.append(section);
      section.remove();
      return section;
    };
    (window as unknown as { __leakyCache?: unknown }).__leakyCache = { lastScreen: screen('held') };
    screen('garbage');
  });
  const held = await measure({ except: before });
  expect(held.byKind['<section class="held">']).toBe(1);
  expect(held.byKind['<section class="garbage">']).toBeUndefined();
  expect(held.count).toBeGreaterThan(atRest.count);
  // The path from the roots runs through the global and the property that keep the screen.
  expect(held.heldBy).toMatch(/__leakyCache → .* › lastScreen → <section class="held">/);
  // Kinds held on purpose are left out of the path (nothing left to name here), not out of the count.
  const allExcepted = await measure({ except: [...before, '<section'] });
  expect(allExcepted.heldBy).toBeNull();
  expect(allExcepted.count).toBe(held.count);

  await page.evaluate(() => delete (window as unknown as { __leakyCache?: unknown }).__leakyCache);
  const letGo = await measure();
  expect(letGo.count).toBe(atRest.count);
  expect(letGo.byKind['<section class="held">']).toBeUndefined();
});
