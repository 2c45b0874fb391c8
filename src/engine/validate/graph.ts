// Plain graph checks, conditions ignored: nodes no path from `start` reaches, and reachable nodes
// from which no ending can be reached (play would go round for ever or stop).

import type { Diagnostic } from '../api';
import type { Scenario, ScenarioNode } from '../types';
import { err, quote, quoteId, warn } from './diag';
import { reachable, type StoryGraph, stepsToEnding, storyGraph } from './storyGraph';

/** Nodes reachable from `start` following every edge whose target exists. */
export function graphReachable(s: Scenario, g: StoryGraph = storyGraph(s)): Set<string> {
  const seen = reachable(g);
  const out = new Set<string>();
  for (let i = 0; i < g.ids.length; i++) if (seen[i]) out.add(g.ids[i] as string);
  return out;
}

export function checkGraph(s: Scenario, g: StoryGraph = storyGraph(s)): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (g.start < 0) return out; // unknown start is reported by the reference pass
  const reach = reachable(g);
  const toEnd = stepsToEnding(g);
  for (let i = 0; i < g.ids.length; i++) {
    if (reach[i] && (toEnd[i] as number) >= 0) continue;
    const id = g.ids[i] as string;
    const n = s.nodes?.[id] as ScenarioNode;
    if (!reach[i]) {
      const d = n.kind === 'ending' ? err : warn;
      out.push(
        d(
          'graph.unreachable',
          ['nodes', id],
          `no path from start ${quote(s.start)} reaches ${n.kind} ${quoteId(id)}`,
          `link to ${quote(id)} from another node or remove it`,
        ),
      );
    } else {
      out.push(
        err(
          'graph.noWayOut',
          ['nodes', id],
          `no ending can be reached from ${quoteId(id)}`,
          'give it (or the loop it is in) a way on to an ending',
        ),
      );
    }
  }
  return out;
}
