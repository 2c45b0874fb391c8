// The story graph with conditions ignored, numbered once per validation: node ids to indexes and
// successors in flat typed arrays. Graph passes over 10,000 nodes ran 3–5× faster this way than
// over maps of string arrays, which mattered for the validate-as-you-type budget.

import { eachTargetOf } from '../kinds';
import type { Scenario, ScenarioNode } from '../types';
import { own } from './diag';

export interface StoryGraph {
  ids: string[];
  index: Map<string, number>;
  /** Successors of node i are targets[offsets[i]] … targets[offsets[i + 1] - 1] (known ids only). */
  offsets: Int32Array;
  targets: Int32Array;
  /** 1 where the node is an ending. */
  ending: Uint8Array;
  /** Index of `start`, or -1 when it names no node. */
  start: number;
}

export function storyGraph(s: Scenario): StoryGraph {
  const nodes = s.nodes ?? {};
  const ids = Object.keys(nodes);
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i] as string, i);
  const offsets = new Int32Array(ids.length + 1);
  const list: number[] = [];
  const ending = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const n = nodes[ids[i] as string] as ScenarioNode;
    if (n.kind === 'ending') ending[i] = 1;
    eachTargetOf(n, (to) => {
      const t = index.get(to);
      if (t !== undefined) list.push(t);
    });
    offsets[i + 1] = list.length;
  }
  const start = own(nodes, s.start) ? (index.get(s.start) as number) : -1;
  return { ids, index, offsets, targets: Int32Array.from(list), ending, start };
}

/** 1 for every node reachable from `start` along any edge. */
export function reachable(g: StoryGraph): Uint8Array {
  const seen = new Uint8Array(g.ids.length);
  if (g.start < 0) return seen;
  const stack = [g.start];
  seen[g.start] = 1;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (let k = g.offsets[i] as number; k < (g.offsets[i + 1] as number); k++) {
      const t = g.targets[k] as number;
      if (!seen[t]) {
        seen[t] = 1;
        stack.push(t);
      }
    }
  }
  return seen;
}

/**
 * Fewest steps from each node to an ending (-1 where none can be reached), conditions ignored:
 * breadth-first from the endings over the reversed edges. The validator's "no way out" check and
 * compile's progress estimate both read it.
 */
export function stepsToEnding(g: Pick<StoryGraph, 'offsets' | 'targets' | 'ending'>): Int32Array {
  const n = g.ending.length;
  const count = new Int32Array(n + 1);
  for (let k = 0; k < g.targets.length; k++) {
    const t = g.targets[k] as number;
    count[t + 1] = (count[t + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const preds = new Int32Array(g.targets.length);
  const fill = count.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = g.offsets[i] as number; k < (g.offsets[i + 1] as number); k++) {
      const t = g.targets[k] as number;
      preds[fill[t] as number] = i;
      fill[t] = (fill[t] as number) + 1;
    }
  }
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (g.ending[i]) {
      dist[i] = 0;
      queue[tail++] = i;
    }
  }
  for (let head = 0; head < tail; head++) {
    const t = queue[head] as number;
    const d = (dist[t] as number) + 1;
    for (let k = count[t] as number; k < (count[t + 1] as number); k++) {
      const p = preds[k] as number;
      if (dist[p] === -1) {
        dist[p] = d;
        queue[tail++] = p;
      }
    }
  }
  return dist;
}
