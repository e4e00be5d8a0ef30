/** Types for detached-nodes.mjs, so the TypeScript browser tests can import it. */
import type { CDPSession } from 'playwright-core';
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}
export declare function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot>;
export declare function detachedNodes(snapshot: HeapSnapshot, options?: { except?: string[] }): { count: number; byKind: Record<string, number>; heldBy: string | null };
