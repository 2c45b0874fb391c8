// Splits a page's V8 heap into compiled code and the objects the page holds, from a heap snapshot.
// The used-heap figure counts both; over twenty plays V8 keeps optimising functions that became
// hot (about 1.2 MB of new machine code by play 20, levelling off later), which is warm-up, not a
// leak. The objects' share is what grows when a page forgets to let go of something.
import type { CDPSession } from 'playwright-core';

export interface HeapSplit {
  /** V8's code space and code metadata: bytecode, machine code, feedback (snapshot type 'code'). */
  code: number;
  /** Everything else on the JS heap: objects, arrays, strings, closures, shapes. */
  objects: number;
}

/** The parts of the snapshot format this reads (see V8's heap-snapshot-generator). */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * Sums self sizes by kind. 'native' nodes are Blink's own C++ objects and 'synthetic' nodes are
 * roots with no size: neither is on the JS heap that Runtime.getHeapUsage reports, so neither counts.
 */
export function splitSnapshot(text: string): HeapSplit {
  const s = JSON.parse(text) as Snapshot;
  const fields = s.snapshot.meta.node_fields;
  const names = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (width === 0 || typeAt < 0 || sizeAt < 0) {
    throw new Error('heap snapshot without node type or self_size fields: has V8 changed its format?');
  }
  const split: HeapSplit = { code: 0, objects: 0 };
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = names[s.nodes[i + typeAt] as number];
    const size = s.nodes[i + sizeAt] as number;
    if (type === 'code') split.code += size;
    else if (type !== 'native' && type !== 'synthetic') split.objects += size;
  }
  return split;
}

/** Takes a snapshot of the page behind `cdp` (V8 collects garbage first) and splits it. */
export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitSnapshot(chunks.join(''));
}
