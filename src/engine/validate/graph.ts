// Plain graph checks, conditions ignored: nodes no path from `start` reaches, and reachable nodes
// from which no ending can be reached (play would go round for ever or stop).

import type { Diagnostic } from '../api';
import type { Scenario } from '../types';
import { edgesOf, entriesOf, err, own, warn } from './diag';

/** Nodes reachable from `start` following every edge whose target exists. */
export function graphReachable(s: Scenario): Set<string> {
  const seen = new Set<string>();
  const todo = own(s.nodes, s.start) ? [s.start] : [];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const n = own(s.nodes, id);
    if (!n) continue;
    for (const e of edgesOf(id, n)) if (own(s.nodes, e.to) && !seen.has(e.to)) todo.push(e.to);
  }
  return seen;
}

export function checkGraph(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reach = graphReachable(s);
  if (reach.size === 0) return out; // unknown start is reported by the reference pass
  // Reverse edges, to find which nodes can still get to an ending.
  const preds = new Map<string, string[]>();
  const endings: string[] = [];
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    if (n.kind === 'ending') endings.push(id);
    for (const e of edgesOf(id, n)) {
      const list = preds.get(e.to);
      if (list) list.push(id);
      else preds.set(e.to, [id]);
    }
  }
  const canEnd = new Set<string>();
  const todo = [...endings];
  while (todo.length > 0) {
    const id = todo.pop() as string;
    if (canEnd.has(id)) continue;
    canEnd.add(id);
    for (const p of preds.get(id) ?? []) if (!canEnd.has(p)) todo.push(p);
  }
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    if (!reach.has(id)) {
      const d = n.kind === 'ending' ? err : warn;
      out.push(
        d(
          'graph.unreachable',
          ['nodes', id],
          `no path from start '${s.start}' reaches ${n.kind} '${id}'`,
          `link to '${id}' from another node or remove it`,
        ),
      );
    } else if (!canEnd.has(id)) {
      out.push(
        err(
          'graph.noWayOut',
          ['nodes', id],
          `no ending can be reached from '${id}'`,
          'give it (or the loop it is in) a way on to an ending',
        ),
      );
    }
  }
  return out;
}
