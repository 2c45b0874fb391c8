// The interpreter, derived from the kinds table: entering a node (its entry effects), what one
// event does from a play state, and every step a student can take from it. The scenario machine,
// exploration, the debrief, look-ahead and the validator's historical walk all step through here.

import type { EngineEvent, VarValue } from './api';
import type { CompiledScenario } from './compiled';
import { applyEffects } from './expr/evaluate';
import { type Outcome, ruleOf } from './kinds';

export interface PlayState {
  node: string;
  vars: Record<string, VarValue>;
}
export interface Step {
  event: EngineEvent;
  to: PlayState;
  /** Score gained on this step, by axis. */
  gain: Record<string, number>;
  outcome: Outcome;
}

/** A number the engine cannot carry (NaN or ±Infinity) names itself instead of being stored. */
export class NonFiniteError extends RangeError {}

function assertFinite(values: Record<string, VarValue | number>, what: string, at: string): void {
  for (const k in values) {
    const v = values[k];
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new NonFiniteError(`${what} '${k}' would become ${v} at node '${at}'; run npm run validate`);
    }
  }
}

/** Enters `node`: applies its entry effects. */
export function enter(c: CompiledScenario, node: string, vars: Record<string, VarValue>): PlayState {
  const effects = c.nodes.get(node)?.entry;
  if (!effects?.length) return { node, vars };
  const after = applyEffects(effects, vars, c.scenario.variables);
  assertFinite(after, 'variable', node);
  return { node, vars: after };
}

export const initialState = (c: CompiledScenario): PlayState => enter(c, c.scenario.start, c.initialVars);

/**
 * What `e` does from `s`, the target entered; undefined when it is not accepted there.
 * Throws `NonFiniteError` rather than return a state holding NaN or Infinity.
 */
export function advance(c: CompiledScenario, s: PlayState, e: EngineEvent): Step | undefined {
  const n = c.nodes.get(s.node);
  if (!n) return undefined;
  const outcome = ruleOf(n.node).next(n, s.vars, e, c);
  if (!outcome) return undefined;
  // Only what this step computed can be new; unchanged records were checked when they were made.
  if (outcome.vars !== s.vars) assertFinite(outcome.vars, 'variable', s.node);
  return { event: e, to: enter(c, outcome.to, outcome.vars), gain: outcome.gain, outcome };
}

/** The score after `gain`; throws `NonFiniteError` when an axis would leave the finite numbers. */
export function scoreAfter(
  score: Record<string, number>,
  gain: Record<string, number>,
  at: string,
): Record<string, number> {
  const keys = Object.keys(gain);
  if (keys.length === 0) return score;
  const out = { ...score };
  for (const axis of keys) out[axis] = (out[axis] ?? 0) + (gain[axis] as number);
  assertFinite(out, 'score on axis', at);
  return out;
}

/** Every step the student can take from `s` (for a check: one right and one wrong answer). */
export function successors(c: CompiledScenario, s: PlayState): Step[] {
  const n = c.nodes.get(s.node);
  if (!n) return [];
  const out: Step[] = [];
  for (const e of ruleOf(n.node).moves(n, s.vars, c)) {
    const step = advance(c, s, e);
    if (step) out.push(step);
  }
  return out;
}

/** A stable key for a play state (node plus variable values in declaration order). */
export function stateKey(c: CompiledScenario, s: PlayState): string {
  let k = s.node;
  for (const name of Object.keys(c.scenario.variables)) k += `|${String(s.vars[name])}`;
  return k;
}
