// The historical path: from `start`, the `historical: true` choice at every decision and the right
// answer at every check, stepping through the same interpreter as play. The debrief shows it, and
// the validator reports where it breaks (the problem's code and message are the validator's).

import type { EngineEvent, LogEntry } from './api';
import type { CompiledScenario } from './compiled';
import { ruleOf } from './kinds';
import { advance, initialState, type PlayState, stateKey } from './transitions';

export type HistoryProblem =
  | { kind: 'loop'; node: string }
  | { kind: 'tooLong'; steps: number }
  | { kind: 'wrongEnding'; node: string; outcome: string }
  | { kind: 'noChoice'; node: string }
  | { kind: 'manyChoices'; node: string; choices: string[] }
  | { kind: 'unavailable'; node: string; choice: string; index: number }
  | { kind: 'stuck'; node: string };

export interface HistoryWalk {
  path: string[];
  log: LogEntry[];
  problem?: HistoryProblem;
}

const MAX_STEPS = 10_000;

/** Walks the historical path as far as it goes (`log: false` when only the path matters). */
export function walkHistory(c: CompiledScenario, opts: { log?: boolean } = {}): HistoryWalk {
  const keepLog = opts.log !== false;
  let s: PlayState = initialState(c);
  const path = [s.node];
  const log: LogEntry[] = [];
  // Loops need (node, variables), but a path through an acyclic story never revisits a node: keep
  // the variables of each visit and build state keys only when a node comes round again.
  const visits = new Map<string, PlayState | PlayState[]>([[s.node, s]]);
  const maxSteps = Math.max(MAX_STEPS, 4 * c.nodes.size);
  const stop = (problem?: HistoryProblem): HistoryWalk => (problem ? { path, log, problem } : { path, log });
  for (let i = 0; i < maxSteps; i++) {
    const n = c.nodes.get(s.node);
    if (!n) return stop();
    const node = n.node;
    if (node.kind === 'ending') {
      return stop(
        node.outcome === 'historical'
          ? undefined
          : { kind: 'wrongEnding', node: n.id, outcome: node.outcome },
      );
    }
    let event: EngineEvent | undefined;
    if (node.kind === 'decision' && node.recordSilent === true) {
      // No source says what was chosen: follow the first open choice in file order, so the path
      // still runs on to the ending (the debrief shows no historical choice here).
      event = ruleOf(node).moves(n, s.vars, c)[0];
    } else if (node.kind === 'decision') {
      const marked = n.choices.filter((ch) => ch.choice.historical === true).map((ch) => ch.choice.id);
      if (marked.length === 0) return stop({ kind: 'noChoice', node: n.id });
      if (marked.length > 1) return stop({ kind: 'manyChoices', node: n.id, choices: marked });
      event = { type: 'choice.select', choice: marked[0] as string };
    } else {
      // Elsewhere the first move: continue, or a check's right answer.
      event = ruleOf(node).moves(n, s.vars, c)[0];
    }
    const step = event && advance(c, s, event);
    if (!step) {
      if (event?.type !== 'choice.select') return stop({ kind: 'stuck', node: n.id });
      const want = event.choice;
      const index = n.choices.findIndex((ch) => ch.choice.id === want);
      return stop({ kind: 'unavailable', node: n.id, choice: want, index });
    }
    if (keepLog) log.push({ ...step.event, node: s.node });
    s = step.to;
    path.push(s.node);
    const before = visits.get(s.node);
    if (!before) visits.set(s.node, s);
    else {
      const all = Array.isArray(before) ? before : [before];
      const key = stateKey(c, s);
      if (all.some((b) => stateKey(c, b) === key)) return stop({ kind: 'loop', node: s.node });
      visits.set(s.node, [...all, s]);
    }
  }
  return stop({ kind: 'tooLong', steps: maxSteps });
}
