/**
 * What a page holds after a full garbage collection: JS heap, elements in the document, detached DOM
 * nodes still reachable (a leak), and event listeners. Taken from a heap snapshot, because Chromium's
 * `Nodes` metric also counts nodes the DOM's own collector has not swept yet and swings by hundreds.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';

export interface PageFootprint {
  heapBytes: number;
  documentElements: number;
  detachedNodes: number;
  listeners: number;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Blink marks each DOM node in a snapshot as attached (1) or detached (2) from every document. */
const DETACHED = 2;

/** Counts the DOM nodes that nothing in any document holds but something in JS still does. */
function countDetachedNodes(snapshot: HeapSnapshot): number {
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeField = fields.indexOf('type');
  const detachednessField = fields.indexOf('detachedness');
  const nativeType = types[0].indexOf('native');
  if (detachednessField < 0) throw new Error('This Chromium writes no detachedness into heap snapshots; the leak check cannot run.');
  let detached = 0;
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    if (snapshot.nodes[index + typeField] === nativeType && snapshot.nodes[index + detachednessField] === DETACHED) detached += 1;
  }
  return detached;
}

async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}

/**
 * Measures the page; `cdp` must have `Performance.enable` sent. Blink keeps the node last touched or under the
 * pointer, and with it that node's whole removed screen, until the next touch: `harmless` is a live element that
 * a one-second press does nothing on (the staff corner: too long for a tap, too short to open), pressed (and
 * hovered) first so that one old screen is not counted. Needs page.clock installed.
 */
export async function measurePageFootprint(page: Page, cdp: CDPSession, harmless: Locator): Promise<PageFootprint> {
  const box = await harmless.boundingBox();
  if (!box) throw new Error('the harmless element has no box to touch');
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }] });
  await page.clock.runFor(1_000);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await harmless.hover();
  const snapshot = await takeHeapSnapshot(cdp);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return {
    heapBytes: metric('JSHeapUsedSize'),
    documentElements: await page.evaluate(() => document.getElementsByTagName('*').length),
    detachedNodes: countDetachedNodes(snapshot),
    listeners: metric('JSEventListeners'),
  };
}
