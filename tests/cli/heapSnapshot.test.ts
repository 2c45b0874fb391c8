// The bench's heap split: a snapshot's sizes go to code or objects by node type, Blink's native
// objects and synthetic roots to neither, whatever order V8 lists the node fields in.

import { describe, expect, it } from 'vitest';
import { splitSnapshot } from '../../src/dev/bench/heapSnapshot';

const TYPES = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native', 'synthetic'];
const type = (name: string) => TYPES.indexOf(name);

/** A snapshot in V8's layout: `nodes` is flat, one group of `fields.length` numbers per node. */
function snapshot(fields: string[], nodes: Record<string, number>[]): string {
  return JSON.stringify({
    snapshot: { meta: { node_fields: fields, node_types: [TYPES, 'string', 'number'] } },
    nodes: nodes.flatMap((n) => fields.map((f) => n[f] ?? 0)),
    edges: [],
    strings: [],
  });
}

describe('heap snapshot split', () => {
  const nodes = [
    { type: type('synthetic'), self_size: 0, id: 1 },
    { type: type('object'), self_size: 100, id: 3 },
    { type: type('code'), self_size: 4000, id: 5 },
    { type: type('string'), self_size: 30, id: 7 },
    { type: type('native'), self_size: 9000, id: 9 },
    { type: type('closure'), self_size: 32, id: 11 },
    { type: type('code'), self_size: 600, id: 13 },
    { type: type('array'), self_size: 16, id: 15 },
    { type: type('hidden'), self_size: 8, id: 17 },
  ];

  it('counts code apart from objects and leaves native and synthetic nodes out', () => {
    const fields = ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'];
    expect(splitSnapshot(snapshot(fields, nodes))).toEqual({ code: 4600, objects: 186 });
  });

  it('reads the fields by name, not by position', () => {
    const fields = ['id', 'self_size', 'edge_count', 'type'];
    expect(splitSnapshot(snapshot(fields, nodes))).toEqual({ code: 4600, objects: 186 });
  });

  it('names the problem when the format lacks the fields it needs', () => {
    expect(() => splitSnapshot(snapshot(['type', 'name', 'id'], nodes))).toThrow(/self_size/);
  });
});
