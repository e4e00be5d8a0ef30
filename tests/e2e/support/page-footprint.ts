/**
 * What a page holds after a full garbage collection: JS heap, elements in the document, detached DOM
 * nodes still reachable (a leak), and event listeners. Taken from a heap snapshot and from the live targets, because
 * Chromium's `Nodes` and `JSEventListeners` metrics also count what the DOM's own collector has not swept yet and
 * swing by hundreds and by dozens.
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { detachedNodes, takeHeapSnapshot, type HeapSnapshot } from '../../../scripts/bench/detached-nodes.mjs';
import { countLiveListeners } from '../../../scripts/bench/live-listeners.mjs';

export interface PageFootprint {
  heapBytes: number;
  documentElements: number;
  detachedNodes: number;
  listeners: number;
  /** React state updates still queued on hooks (each one a setState nothing has rendered yet); see below. */
  queuedStateUpdates: number;
}

/** The fields of a React hook's state update (react-dom 19); an object with all of them is one. */
const STATE_UPDATE_FIELDS = ['lane', 'revertLane', 'action', 'hasEagerState', 'eagerState', 'next'];

/**
 * Counts React state updates held in the heap. A useState setter handed the value it already holds queues its update
 * on the hook and renders nothing, so the update stays until that component renders again: on a provider that never
 * does, one per idle reset, for as long as the kiosk runs. A page at rest holds none for long.
 */
function countQueuedStateUpdates(snapshot: HeapSnapshot): number {
  const { node_fields: fields, node_types: types, edge_fields: edgeFields, edge_types: edgeTypes } = snapshot.snapshot.meta;
  const typeField = fields.indexOf('type');
  const edgeCountField = fields.indexOf('edge_count');
  const objectType = types[0].indexOf('object');
  const edgeTypeField = edgeFields.indexOf('type');
  const edgeNameField = edgeFields.indexOf('name_or_index');
  const propertyEdge = edgeTypes[0].indexOf('property');
  const wanted = new Set(STATE_UPDATE_FIELDS.map((name) => snapshot.strings.indexOf(name)));
  if (wanted.has(-1)) return 0;
  let updates = 0;
  let edge = 0;
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) {
    const edgeCount = snapshot.nodes[index + edgeCountField] ?? 0;
    if (snapshot.nodes[index + typeField] === objectType) {
      let found = 0;
      for (let each = 0; each < edgeCount; each += 1) {
        const at = edge + each * edgeFields.length;
        if (snapshot.edges[at + edgeTypeField] === propertyEdge && wanted.has(snapshot.edges[at + edgeNameField] ?? -1)) found += 1;
      }
      if (found === wanted.size) updates += 1;
    }
    edge += edgeCount * edgeFields.length;
  }
  return updates;
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
    detachedNodes: detachedNodes(snapshot).count,
    listeners: await countLiveListeners(cdp),
    queuedStateUpdates: countQueuedStateUpdates(snapshot),
  };
}
