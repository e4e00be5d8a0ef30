/**
 * Detached DOM nodes something in JS still holds, from a heap snapshot (Blink marks them detachedness = 2), and what
 * holds them: the shortest path of strong references from the GC roots to one of them. When the soak's count climbs,
 * the path names the code that keeps a screen alive.
 */

/** Takes a heap snapshot over `cdp` (a CDP session attached to the page) and parses it. */
export async function takeHeapSnapshot(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  return JSON.parse(chunks.join(''));
}

/**
 * The detached nodes in `snapshot`: how many, how many of each kind (the node's name, e.g. `<video class="…">`), and
 * for the kind with the most (`except` names kinds held on purpose), the path that holds one of them, root first.
 */
export function detachedNodes(snapshot, { except = [] } = {}) {
  const { meta } = snapshot.snapshot;
  const nodeFields = meta.node_fields;
  const edgeFields = meta.edge_fields;
  const field = (name) => nodeFields.indexOf(name);
  const [typeField, nameField, edgeCountField, detachedField] = ['type', 'name', 'edge_count', 'detachedness'].map(field);
  const [edgeTypeField, edgeNameField, edgeToField] = ['type', 'name_or_index', 'to_node'].map((name) => edgeFields.indexOf(name));
  if (detachedField < 0) throw new Error('This Chromium writes no detachedness into heap snapshots; detached nodes cannot be counted.');
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const nodeCount = snapshot.nodes.length / nodeFields.length;
  const nativeType = nodeTypes.indexOf('native');
  const name = (node) => snapshot.strings[snapshot.nodes[node * nodeFields.length + nameField]];
  const isDetached = (node) => snapshot.nodes[node * nodeFields.length + typeField] === nativeType && snapshot.nodes[node * nodeFields.length + detachedField] === 2;

  const byKind = new Map();
  for (let node = 0; node < nodeCount; node += 1) if (isDetached(node)) byKind.set(name(node), (byKind.get(name(node)) ?? 0) + 1);
  const count = [...byKind.values()].reduce((sum, n) => sum + n, 0);
  const kind = [...byKind].filter(([nodeName]) => !except.some((held) => nodeName.includes(held))).sort((a, b) => b[1] - a[1])[0]?.[0];
  // The path is looked for only when asked: a caller that wants the count alone pays for no walk of the heap.
  return {
    count,
    byKind: Object.fromEntries(byKind),
    get heldBy() {
      return kind === undefined ? null : retainerPath(kind);
    },
  };

  /** Breadth first from the root (node 0) over strong edges: the first detached node of `kind` reached, and how. */
  function retainerPath(wanted) {
    const firstEdge = new Uint32Array(nodeCount + 1);
    for (let node = 0; node < nodeCount; node += 1) firstEdge[node + 1] = firstEdge[node] + snapshot.nodes[node * nodeFields.length + edgeCountField] * edgeFields.length;
    const via = new Int32Array(nodeCount).fill(-1);
    const from = new Int32Array(nodeCount).fill(-1);
    from[0] = 0;
    for (let queue = [0], next = 0; next < queue.length; next += 1) {
      const node = queue[next];
      if (node !== 0 && isDetached(node) && name(node) === wanted) return describe(node, via, from);
      for (let edge = firstEdge[node]; edge < firstEdge[node + 1]; edge += edgeFields.length) {
        const edgeType = edgeTypes[snapshot.edges[edge + edgeTypeField]];
        // Weak references hold nothing; shortcuts repeat a path that exists anyway.
        if (edgeType === 'weak' || edgeType === 'shortcut') continue;
        const to = snapshot.edges[edge + edgeToField] / nodeFields.length;
        if (from[to] !== -1) continue;
        from[to] = node;
        via[to] = edge;
        queue.push(to);
      }
    }
    return `a ${wanted} that no strong path reaches (collectable)`;
  }

  /** "root › Window › __held › element › <div>": each step's node name and the reference followed to it. */
  function describe(target, via, from) {
    const steps = [];
    for (let node = target; node !== 0; node = from[node]) {
      const edge = via[node];
      const edgeType = edgeTypes[snapshot.edges[edge + edgeTypeField]];
      const label = snapshot.edges[edge + edgeNameField];
      const reference = edgeType === 'element' || edgeType === 'hidden' ? `[${label}]` : snapshot.strings[label];
      steps.unshift(`${reference} → ${name(node).slice(0, 80)}`);
    }
    return steps.join(' › ');
  }
}
