// The shapes of a compiled scenario: every expression parsed once, nodes in a map, quiz items by
// id. The kinds table, the interpreter, the machine and the views all read these.

import type { VarValue } from './api';
import { evaluate } from './expr/evaluate';
import type { Effect, Expr } from './expr/parse';
import type { ScenarioMachine } from './machine';
import type { Choice, QuizItem, Scenario, ScenarioNode } from './types';

export interface CompiledBranch {
  when?: Expr;
  to: string;
}
export interface CompiledChoice {
  choice: Choice;
  when?: Expr;
  effects: Effect[];
  /** The reason node choosing it leads to first (compile.ts makes it), if the decision asks why. */
  via?: string;
}
export interface CompiledNode {
  id: string;
  /** Position in `Object.keys(scenario.nodes)`. */
  index: number;
  node: ScenarioNode;
  entry: Effect[];
  /** For nodes that continue (narration, dialogue, document, check): where to go, in order. */
  branches: CompiledBranch[];
  choices: CompiledChoice[];
  /** Fewest steps to an ending (conditions ignored); -1 if none. */
  remaining: number;
  /** Most steps to an ending (conditions ignored), for the progress estimate; -1 if none. */
  most: number;
}
export interface CompiledScenario {
  scenario: Scenario;
  namespace: string;
  nodes: Map<string, CompiledNode>;
  items: Map<string, QuizItem>;
  initialVars: Record<string, VarValue>;
  axes: string[];
  /** The XState machine that runs the scenario (phases reading/choosing/answering/ended). */
  machine: ScenarioMachine;
}

/** True when an optional condition holds. */
export const holds = (when: Expr | undefined, vars: Record<string, VarValue>): boolean =>
  when === undefined || evaluate(when, vars) === true;

/** The first branch whose condition holds: the one rule for where a continuing node goes. */
export function firstBranch(
  branches: readonly CompiledBranch[],
  vars: Record<string, VarValue>,
): CompiledBranch | undefined {
  for (const b of branches) if (holds(b.when, vars)) return b;
  return undefined;
}
