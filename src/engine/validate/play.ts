// Checks that need the machine explored with conditions evaluated: endings no play reaches,
// states where play is stuck, loops, and explorations cut short.

import type { Diagnostic } from '../api';
import type { Scenario } from '../types';
import { entriesOf, err, listOf, quoteId, warn } from './diag';

/** The part of `explore()`'s result these checks read. */
export interface ExplorationResult {
  reachable: Set<string>;
  deadEnds: { node: string; vars: Record<string, number | boolean> }[];
  truncated: boolean;
  cyclic: boolean;
}

const showVars = (vars: Record<string, number | boolean>): string =>
  listOf(entriesOf(vars).map(([k, v]) => `${k}=${String(v)}`)) || 'no variables';

export function checkPlay(s: Scenario, x: ExplorationResult, graphReach: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    // Nodes the plain graph misses are already reported; here only what conditions exclude.
    if (!graphReach.has(id) || x.reachable.has(id) || x.truncated) continue;
    const d = n.kind === 'ending' ? err : warn;
    out.push(
      d(
        'play.unreachable',
        ['nodes', id],
        `no play reaches ${n.kind} ${quoteId(id)} once conditions are evaluated`,
        'loosen the conditions on the way, or the effects that set them up',
      ),
    );
  }
  const seen = new Set<string>();
  for (const dead of x.deadEnds) {
    if (seen.has(dead.node)) continue;
    seen.add(dead.node);
    out.push(
      err(
        'play.deadEnd',
        ['nodes', dead.node],
        `play can get stuck at ${quoteId(dead.node)} (with ${showVars(dead.vars)}): no choice or branch is available`,
        "add a choice without 'when' or a fall-through branch",
      ),
    );
  }
  if (x.cyclic) {
    out.push(
      warn(
        'play.cyclic',
        ['start'],
        'some plays can go round in a loop for ever',
        'make sure every loop has a way out that play must eventually take',
      ),
    );
  }
  if (x.truncated) {
    out.push(
      warn(
        'play.truncated',
        ['start'],
        'the scenario has too many states to explore fully; reachability results are partial',
        'simplify variables (fewer distinct values) or split the scenario',
      ),
    );
  }
  return out;
}
