// Plays every play of a scenario through its XState machine, sharing prefixes: the play tree is
// visited depth-first with XState's pure `transition`, so each prefix runs once however many plays
// continue from it. The events tried at each state are the ones a student could send (the kinds
// table's moves); each must be accepted by the machine, which is what the content tests check.
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import type { CompiledScenario, LogEntry, RunContext, ScenarioMachine } from '../../src/engine';
import { successors } from '../../src/engine';

export interface PlayVisitor {
  /** Called at every state of the play tree (the start included). */
  state?(node: string, context: RunContext): void;
  /** Called at every complete play. */
  play?(log: readonly LogEntry[], ending: string, context: RunContext): void;
}

export interface PlayTree {
  plays: number;
  steps: number;
  /** Moves the machine refused (there should be none). */
  refused: string[];
  truncated: boolean;
}

export function playTree(
  c: CompiledScenario,
  visit: PlayVisitor = {},
  opts: { quiz?: 'both' | 'correct'; limit?: number; seed?: number; reasons?: 'first' | 'all' } = {},
): PlayTree {
  const res: PlayTree = { plays: 0, steps: 0, refused: [], truncated: false };
  const limit = opts.limit ?? 100_000;
  const [start] = initialTransition(c.machine, { seed: opts.seed ?? 1 });
  const go = (snap: SnapshotFrom<ScenarioMachine>): void => {
    if (res.plays >= limit) {
      res.truncated = true;
      return;
    }
    const ctx = snap.context;
    visit.state?.(ctx.node, ctx);
    if (snap.status === 'done') {
      res.plays++;
      visit.play?.(ctx.log, ctx.node, ctx);
      return;
    }
    const moves = successors(c, { node: ctx.node, vars: ctx.vars }).filter(
      (st, i) => !(opts.quiz === 'correct' && st.event.type === 'quiz.answer' && i > 0),
    );
    for (const [i, { event }] of moves.entries()) {
      if (!snap.can(event)) {
        res.refused.push(`${ctx.node} --${event.type}`);
        continue;
      }
      res.steps++;
      const next = transition(c.machine, snap, event)[0];
      // A reason changes the score, never the path: the play goes on with the first reason only
      // (unless asked for all), while each other reason's next page is still visited, so its
      // feedback is seen and its event is accepted.
      if (event.type === 'reason.select' && i > 0 && opts.reasons !== 'all')
        visit.state?.(next.context.node, next.context);
      else go(next);
    }
  };
  go(start);
  return res;
}
