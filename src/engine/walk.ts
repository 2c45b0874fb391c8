// Walks every play through the compiled XState machine itself, sharing prefixes: the play tree
// is visited depth-first with xstate's pure `transition`, so each prefix runs once however many
// plays continue from it. Each machine step is checked against the pure step rules (`step.ts`).

import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import type { LogEntry, RunContext } from './api';
import type { CompiledScenario } from './compile';
import { successors } from './step';

export interface WalkVisitor {
  /** Called at every node of the play tree (the start included). */
  state?(node: string, context: RunContext): void;
  /** Called at every complete play. */
  play?(log: readonly LogEntry[], ending: string, context: RunContext): void;
}

export interface WalkResult {
  plays: number;
  steps: number;
  /** Steps where the machine and the step rules disagreed (should be none). */
  mismatches: string[];
  truncated: boolean;
}

export function walkPlays(
  c: CompiledScenario,
  visit: WalkVisitor = {},
  opts: { quiz?: 'both' | 'correct'; limit?: number; seed?: number } = {},
): WalkResult {
  const res: WalkResult = { plays: 0, steps: 0, mismatches: [], truncated: false };
  const limit = opts.limit ?? 100_000;
  const [start] = initialTransition(c.machine, { seed: opts.seed ?? 1 });
  const go = (snap: AnyMachineSnapshot, log: LogEntry[]): void => {
    if (res.plays >= limit) {
      res.truncated = true;
      return;
    }
    const node = snap.value as string;
    const ctx = snap.context as RunContext;
    visit.state?.(node, ctx);
    if (snap.status === 'done') {
      res.plays++;
      visit.play?.(log, node, ctx);
      return;
    }
    const steps = successors(c, { node, vars: ctx.vars }).filter(
      (st, i) => !(opts.quiz === 'correct' && st.event.type === 'quiz.answer' && i > 0),
    );
    for (const st of steps) {
      const next: AnyMachineSnapshot = transition(c.machine, snap, st.event)[0];
      res.steps++;
      const got = next.value as string;
      if (
        next === snap ||
        got !== st.to.node ||
        JSON.stringify((next.context as RunContext).vars) !== JSON.stringify(st.to.vars)
      ) {
        res.mismatches.push(`${node} --${st.event.type}--> machine '${got}', rules '${st.to.node}'`);
        continue;
      }
      go(next, [...log, { ...st.event, node }]);
    }
  };
  go(start, []);
  return res;
}
