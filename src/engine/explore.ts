// Explores every play of a scenario with conditions evaluated (the machine, not only the graph):
// which nodes and endings can really be reached, dead ends, cycles, the number of distinct plays,
// their lengths and the score range per ending. States are (node, variables); scores are summed
// along paths, so they are computed by dynamic programming instead of enumerating plays.

import type { LogEntry, VarValue } from './api';
import type { CompiledScenario } from './compiled';
import { rng } from './rng';
import { initialState, type PlayState, type Step, stateKey, successors } from './transitions';

export interface ScoreRange {
  min: Record<string, number>;
  max: Record<string, number>;
}
export interface Exploration {
  reachable: Set<string>;
  endings: Map<string, { paths: number; score: ScoreRange }>;
  /** Distinct complete plays start → ending (choices × quiz right/wrong); Infinity when cyclic. */
  paths: number;
  shortest: number;
  longest: number;
  deadEnds: { node: string; vars: Record<string, VarValue> }[];
  /** Stopped at `maxStates`: results are a lower bound. */
  truncated: boolean;
  cyclic: boolean;
  states: number;
}

interface Graph {
  states: Map<string, PlayState>;
  edges: Map<string, { step: Step; to: string }[]>;
  truncated: boolean;
}

function buildGraph(c: CompiledScenario, maxStates: number): { graph: Graph; root: string } {
  const start = initialState(c);
  const root = stateKey(c, start);
  const states = new Map([[root, start]]);
  const edges = new Map<string, { step: Step; to: string }[]>();
  const stack = [root];
  let truncated = false;
  while (stack.length) {
    const key = stack.pop() as string;
    const out = successors(c, states.get(key) as PlayState).map((step) => ({
      step,
      to: stateKey(c, step.to),
    }));
    edges.set(key, out);
    for (const e of out) {
      if (states.has(e.to)) continue;
      if (states.size >= maxStates) {
        truncated = true;
        continue;
      }
      states.set(e.to, e.step.to);
      stack.push(e.to);
    }
  }
  return { graph: { states, edges, truncated }, root };
}

/** Post-order of the state graph from `root`, iteratively (deep stories must not blow the stack). */
function postOrder(g: Graph, root: string): { order: string[]; cyclic: boolean } {
  const color = new Map<string, 1 | 2>();
  const order: string[] = [];
  let cyclic = false;
  const stack: { key: string; i: number }[] = [{ key: root, i: 0 }];
  color.set(root, 1);
  while (stack.length) {
    const top = stack[stack.length - 1] as { key: string; i: number };
    const out = g.edges.get(top.key) ?? [];
    if (top.i < out.length) {
      const next = (out[top.i++] as { to: string }).to;
      const c = color.get(next);
      if (c === 1) cyclic = true;
      else if (c === undefined && g.edges.has(next)) {
        color.set(next, 1);
        stack.push({ key: next, i: 0 });
      }
      continue;
    }
    color.set(top.key, 2);
    order.push(top.key);
    stack.pop();
  }
  return { order, cyclic };
}

interface Totals {
  paths: number;
  shortest: number;
  longest: number;
  endings: Map<string, { paths: number; min: Record<string, number>; max: Record<string, number> }>;
}

/**
 * Counts plays and score ranges forwards from the root, in reverse post-order: for each state the
 * number of plays reaching it, the fewest and most steps, and the least and most score per axis.
 * An ending's figures are then those of its states. Edges back up a cycle and edges into states
 * left unexplored are ignored, as before. Linear in states × axes; the backward version copied
 * each state's table of reachable endings and took 90 s on a 10,000-node scenario.
 */
function aggregate(c: CompiledScenario, g: Graph, order: string[], root: string): Totals {
  const axes = c.axes;
  const n = order.length;
  const pos = new Map<string, number>();
  // Reverse post-order: every edge that is not a back edge goes from a lower to a higher index.
  for (let i = 0; i < n; i++) pos.set(order[n - 1 - i] as string, i);
  const k = axes.length;
  const paths = new Float64Array(n);
  const short = new Float64Array(n).fill(Infinity);
  const long = new Float64Array(n).fill(-Infinity);
  const min = new Float64Array(n * k).fill(Infinity);
  const max = new Float64Array(n * k).fill(-Infinity);
  const r = pos.get(root);
  const totals: Totals = { paths: 0, shortest: Infinity, longest: -Infinity, endings: new Map() };
  if (r === undefined) return totals;
  paths[r] = 1;
  short[r] = 0;
  long[r] = 0;
  min.fill(0, r * k, r * k + k);
  max.fill(0, r * k, r * k + k);
  for (let i = 0; i < n; i++) {
    if (paths[i] === 0) continue; // not reached along forward edges
    const key = order[n - 1 - i] as string;
    const s = g.states.get(key) as PlayState;
    if (c.nodes.get(s.node)?.node.kind === 'ending') {
      totals.paths += paths[i] as number;
      totals.shortest = Math.min(totals.shortest, short[i] as number);
      totals.longest = Math.max(totals.longest, long[i] as number);
      // Null prototype: keyed by author text, so an axis named `__proto__` stays a plain key.
      const lo: Record<string, number> = Object.create(null);
      const hi: Record<string, number> = Object.create(null);
      axes.forEach((a, x) => {
        lo[a] = min[i * k + x] as number;
        hi[a] = max[i * k + x] as number;
      });
      const cur = totals.endings.get(s.node);
      if (!cur) totals.endings.set(s.node, { paths: paths[i] as number, min: lo, max: hi });
      else {
        cur.paths += paths[i] as number;
        for (const a of axes) {
          cur.min[a] = Math.min(cur.min[a] as number, lo[a] as number);
          cur.max[a] = Math.max(cur.max[a] as number, hi[a] as number);
        }
      }
      continue;
    }
    for (const e of g.edges.get(key) ?? []) {
      const j = pos.get(e.to);
      if (j === undefined || j <= i) continue; // unexplored, or back up a cycle
      paths[j] = (paths[j] as number) + (paths[i] as number);
      short[j] = Math.min(short[j] as number, (short[i] as number) + 1);
      long[j] = Math.max(long[j] as number, (long[i] as number) + 1);
      const g = e.step.gain;
      for (let x = 0; x < k; x++) {
        // Own read: gains are author-keyed plain objects, where `__proto__` is Object.prototype.
        const a = axes[x] as string;
        const gain = Object.hasOwn(g, a) ? (g[a] as number) : 0;
        min[j * k + x] = Math.min(min[j * k + x] as number, (min[i * k + x] as number) + gain);
        max[j * k + x] = Math.max(max[j * k + x] as number, (max[i * k + x] as number) + gain);
      }
    }
  }
  return totals;
}

/** Every play state (node and variables) reachable from the start, up to `maxStates`. */
export function reachableStates(c: CompiledScenario, opts: { maxStates?: number } = {}): PlayState[] {
  return [...buildGraph(c, opts.maxStates ?? 200_000).graph.states.values()];
}

export function explore(c: CompiledScenario, opts: { maxStates?: number } = {}): Exploration {
  const { graph, root } = buildGraph(c, opts.maxStates ?? 200_000);
  const { order, cyclic } = postOrder(graph, root);
  const top = aggregate(c, graph, order, root);
  const reachable = new Set([...graph.states.values()].map((s) => s.node));
  const deadEnds = [...graph.states.entries()]
    .filter(
      ([k, s]) => (graph.edges.get(k)?.length ?? 1) === 0 && c.nodes.get(s.node)?.node.kind !== 'ending',
    )
    .map(([, s]) => ({ node: s.node, vars: s.vars }));
  // In the order the scenario declares its endings, so reports read the same from run to run.
  const endings = new Map<string, { paths: number; score: ScoreRange }>();
  for (const id of c.nodes.keys()) {
    const r = top.endings.get(id);
    if (r) endings.set(id, { paths: r.paths, score: { min: r.min, max: r.max } });
  }
  return {
    reachable,
    endings,
    paths: cyclic ? Infinity : top.paths,
    shortest: top.shortest === Infinity ? 0 : top.shortest,
    longest: top.longest === -Infinity ? 0 : top.longest,
    deadEnds,
    truncated: graph.truncated,
    cyclic,
    states: graph.states.size,
  };
}

/**
 * Every complete play as an event log (depth-first), up to `limit` plays. Used by the tests
 * that play each path through the real machine, and to sample when paths explode.
 */
export function enumeratePlays(
  c: CompiledScenario,
  opts: { limit?: number; quiz?: 'both' | 'correct'; reasons?: 'first' | 'all' } = {},
): { plays: LogEntry[][]; truncated: boolean } {
  const limit = opts.limit ?? 10_000;
  // A reason changes the score, never the path: by default one reason per reason prompt, so the
  // plays stay the story's distinct paths (every reason is three or four more of each).
  const allReasons = opts.reasons === 'all';
  // With `quiz: 'correct'` each check is answered right only: every distinct path through the
  // story's nodes, without the right/wrong variants that multiply plays but visit the same nodes.
  const onlyRight = opts.quiz === 'correct';
  const plays: LogEntry[][] = [];
  let truncated = false;
  const walk = (s: PlayState, log: LogEntry[], seen: Set<string>): void => {
    if (plays.length >= limit) {
      truncated = true;
      return;
    }
    const next = successors(c, s).filter(
      (st, i) =>
        !(onlyRight && st.event.type === 'quiz.answer' && i > 0) &&
        !(!allReasons && st.event.type === 'reason.select' && i > 0),
    );
    if (next.length === 0) {
      if (c.nodes.get(s.node)?.node.kind === 'ending') plays.push(log);
      return;
    }
    for (const step of next) {
      const key = stateKey(c, step.to);
      if (seen.has(key)) continue; // a cycle: a play never repeats a state
      seen.add(key);
      walk(step.to, [...log, { ...step.event, node: s.node }], seen);
      seen.delete(key);
    }
  };
  const start = initialState(c);
  walk(start, [], new Set([stateKey(c, start)]));
  return { plays, truncated };
}

/**
 * Seeded random plays until every reachable choice has been taken at least once, plus `sample`
 * further plays: the fallback when a scenario has too many plays to enumerate.
 */
export function coveringPlays(
  c: CompiledScenario,
  opts: { sample?: number; seed?: number; maxTries?: number } = {},
): { plays: LogEntry[][]; uncovered: string[] } {
  const reachable = explore(c).reachable;
  const want = new Set<string>();
  for (const n of c.nodes.values()) {
    if (!reachable.has(n.id)) continue;
    if (n.node.kind === 'reason') for (const o of n.node.options) want.add(`${n.id}/${o.id}`);
    else for (const ch of n.choices) want.add(`${n.id}/${ch.choice.id}`);
  }
  const moveId = (e: Step['event']) =>
    e.type === 'choice.select' ? e.choice : e.type === 'reason.select' ? e.reason : undefined;
  const random = rng(opts.seed ?? 1);
  const plays: LogEntry[][] = [];
  const covered = new Set<string>();
  const playOnce = (): LogEntry[] => {
    let s = initialState(c);
    const log: LogEntry[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      const next = successors(c, s);
      if (next.length === 0) break;
      // Prefer steps not yet covered so coverage grows quickly.
      const fresh = next.filter((st) => {
        const id = moveId(st.event);
        return id !== undefined && !covered.has(`${s.node}/${id}`);
      });
      const pool = fresh.length ? fresh : next;
      const step = pool[Math.floor(random() * pool.length)] as Step;
      const id = moveId(step.event);
      if (id !== undefined) covered.add(`${s.node}/${id}`);
      log.push({ ...step.event, node: s.node });
      s = step.to;
    }
    return log;
  };
  const maxTries = opts.maxTries ?? 10_000;
  for (let i = 0; i < maxTries && [...want].some((w) => !covered.has(w)); i++) plays.push(playOnce());
  for (let i = 0; i < (opts.sample ?? 0); i++) plays.push(playOnce());
  return { plays, uncovered: [...want].filter((w) => !covered.has(w)) };
}
