// The engine's transition rules as pure functions over (node, variables): the explorer walks
// them without running an actor. Tests cross-check them against the compiled machine, so the
// two can never drift apart unnoticed.

import type { EngineEvent, VarValue } from './api';
import { type CompiledScenario, firstBranch, holds } from './compile';
import { applyEffects } from './expr/evaluate';
import { correctAnswer, wrongAnswer } from './quiz';

export interface PlayState {
  node: string;
  vars: Record<string, VarValue>;
}
export interface Step {
  event: EngineEvent;
  to: PlayState;
  /** Score gained on this step, by axis. */
  gain: Record<string, number>;
}

/** Enters `node`: applies its entry effects. */
export function enter(c: CompiledScenario, node: string, vars: Record<string, VarValue>): PlayState {
  const n = c.nodes.get(node);
  const effects = n?.entry ?? [];
  return { node, vars: effects.length ? applyEffects(effects, vars, c.scenario.variables) : vars };
}

export const initialState = (c: CompiledScenario): PlayState => enter(c, c.scenario.start, c.initialVars);

/** Every step the player can take from `s` (for a check: one right and one wrong answer). */
export function successors(c: CompiledScenario, s: PlayState): Step[] {
  const n = c.nodes.get(s.node);
  if (!n || n.node.kind === 'ending') return [];
  if (n.node.kind === 'decision') {
    return n.choices
      .filter((ch) => holds(ch.when, s.vars))
      .map((ch) => ({
        event: { type: 'choice.select', choice: ch.choice.id },
        to: enter(c, ch.choice.to, applyEffects(ch.effects, s.vars, c.scenario.variables)),
        gain: ch.choice.score ?? {},
      }));
  }
  const branch = firstBranch(n.branches, s.vars);
  if (!branch) return [];
  const to = enter(c, branch.to, s.vars);
  if (n.node.kind !== 'check') return [{ event: { type: 'node.continue' }, to, gain: {} }];
  const item = c.items.get(n.node.item);
  if (!item) return [];
  const axis = item.axis ?? 'knowledge';
  return [
    {
      event: { type: 'quiz.answer', item: item.id, answer: correctAnswer(item) },
      to,
      gain: { [axis]: item.points ?? 1 },
    },
    { event: { type: 'quiz.answer', item: item.id, answer: wrongAnswer(item) }, to, gain: {} },
  ];
}

/** A stable key for a play state (node plus variable values in declaration order). */
export function stateKey(c: CompiledScenario, s: PlayState): string {
  let k = s.node;
  for (const name of Object.keys(c.scenario.variables)) k += `|${String(s.vars[name])}`;
  return k;
}
