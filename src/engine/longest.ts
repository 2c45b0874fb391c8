// The k heaviest complete plays of a scenario, by a weight per step (e.g. the characters an event
// adds to a result code), found by dynamic programming over the state graph instead of
// enumerating plays: each state keeps its k best continuations, so the work grows with states ×
// k, not with the number of plays (millions once reason prompts multiply them).

import type { LogEntry } from './api';
import type { CompiledScenario } from './compiled';
import { initialState, type PlayState, type Step, stateKey, successors } from './transitions';

interface Suffix {
  weight: number;
  /** The edge taken from this state, and which of the next state's suffixes follows it. */
  edge: number;
  rank: number;
}

interface StateInfo {
  state: PlayState;
  steps: Step[];
  keys: string[];
  best: Suffix[];
}

/**
 * Up to `k` complete plays with the largest total `weight(entry)`, heaviest first, and how many
 * states the graph has. Plays that loop are not possible (a state is finished before any state
 * that leads to it), so a cyclic scenario throws: the validator refuses those first.
 */
export function heaviestPlays(
  c: CompiledScenario,
  k: number,
  weight: (e: LogEntry) => number,
): { plays: LogEntry[][]; states: number } {
  const info = new Map<string, StateInfo>();
  const open = new Set<string>();
  const entry = (s: StateInfo, i: number): LogEntry => ({
    ...(s.steps[i] as Step).event,
    node: s.state.node,
  });
  // Iterative post-order: deep scenarios must not overflow the call stack.
  const visit = (rootKey: string, root: PlayState) => {
    const stack: { key: string; next: number }[] = [{ key: rootKey, next: 0 }];
    const steps = successors(c, root);
    info.set(rootKey, { state: root, steps, keys: steps.map((x) => stateKey(c, x.to)), best: [] });
    open.add(rootKey);
    while (stack.length) {
      const top = stack[stack.length - 1] as { key: string; next: number };
      const s = info.get(top.key) as StateInfo;
      if (top.next < s.steps.length) {
        const i = top.next++;
        const key = s.keys[i] as string;
        if (open.has(key)) throw new Error(`heaviestPlays: a play can loop at '${s.state.node}'`);
        if (info.has(key)) continue;
        const to = (s.steps[i] as Step).to;
        const next = successors(c, to);
        info.set(key, { state: to, steps: next, keys: next.map((x) => stateKey(c, x.to)), best: [] });
        open.add(key);
        stack.push({ key, next: 0 });
        continue;
      }
      // All successors are finished: merge their best suffixes.
      const ending = s.steps.length === 0 && c.nodes.get(s.state.node)?.node.kind === 'ending';
      const all: Suffix[] = ending ? [{ weight: 0, edge: -1, rank: -1 }] : [];
      s.steps.forEach((_, i) => {
        const w = weight(entry(s, i));
        (info.get(s.keys[i] as string) as StateInfo).best.forEach((b, rank) => {
          all.push({ weight: w + b.weight, edge: i, rank });
        });
      });
      s.best = all.sort((a, b) => b.weight - a.weight).slice(0, k);
      open.delete(top.key);
      stack.pop();
    }
  };
  const start = initialState(c);
  const rootKey = stateKey(c, start);
  visit(rootKey, start);
  const root = info.get(rootKey) as StateInfo;
  const plays = root.best.map((_, r) => {
    const log: LogEntry[] = [];
    let s = root;
    let rank = r;
    for (let b = s.best[rank]; b && b.edge >= 0; b = s.best[rank]) {
      log.push(entry(s, b.edge));
      rank = b.rank;
      s = info.get(s.keys[b.edge] as string) as StateInfo;
    }
    return log;
  });
  return { plays, states: info.size };
}
