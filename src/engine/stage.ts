// The map's diplomacy as pure functions of a run: which parties are on stage, the state of each
// relation (from the meters and flags), and the press lines a choice brings. Screens only draw these.
import type { LogEntry, VarValue } from './api';
import { evaluate } from './expr/evaluate';
import { type Expr, parseCondition } from './expr/parse';
import type { PressLine, RelationState, Scenario, StageRelation } from './types';

/** Worst first: the first state whose condition holds is the relation's state. */
export const RELATION_STATES: readonly RelationState[] = ['broken', 'frozen', 'strained', 'normal'];

export interface RelationView {
  a: string;
  b: string;
  state: RelationState;
}

// Conditions are parsed once per text (the validator has checked them; a scenario loaded without
// validation that has a bad one draws that state as not holding rather than throwing mid-game).
const parsed = new Map<string, Expr | null>();
function condition(src: string): Expr | null {
  let e = parsed.get(src);
  if (e === undefined) {
    try {
      e = parseCondition(src);
    } catch {
      e = null;
    }
    parsed.set(src, e);
  }
  return e;
}

const holdsSrc = (src: string | undefined, vars: Record<string, VarValue>): boolean => {
  if (src === undefined) return false;
  const e = condition(src);
  if (!e) return false;
  try {
    return evaluate(e, vars) === true;
  } catch {
    return false;
  }
};

/** The state of one relation for these values. */
export function relationState(r: StageRelation, vars: Record<string, VarValue>): RelationState {
  for (const state of RELATION_STATES) if (state === 'normal' || holdsSrc(r[state], vars)) return state;
  return 'normal';
}

/** Stage parties on the map at this point of the path (in declaration order). */
export function partiesOnStage(s: Scenario, path: readonly string[]): string[] {
  const seen = new Set(path);
  return Object.keys(s.stage?.parties ?? {}).filter((id) => {
    const from = s.stage?.parties?.[id]?.from;
    return from === undefined || seen.has(from);
  });
}

/** Every relation whose two parties are both on stage, with its state. */
export function relationViews(
  s: Scenario,
  path: readonly string[],
  vars: Record<string, VarValue>,
): RelationView[] {
  const on = new Set(partiesOnStage(s, path));
  return (s.stage?.relations ?? [])
    .filter((r) => on.has(r.between[0]) && on.has(r.between[1]))
    .map((r) => ({ a: r.between[0], b: r.between[1], state: relationState(r, vars) }));
}

/**
 * The press lines for the step just taken: only right after a choice (the last log entry is that
 * choice), at most two. Any other step shows none.
 */
export function pressAfter(s: Scenario, log: readonly LogEntry[]): PressLine[] {
  // A reason given right after the choice (#20) belongs to it: the press still follows the choice,
  // on the page after the reason.
  const end = log[log.length - 1]?.type === 'reason.select' ? log.length - 2 : log.length - 1;
  const last = log[end];
  if (!last || last.type !== 'choice.select') return [];
  const byChoice = s.stage?.press?.[last.node];
  const lines = byChoice && Object.hasOwn(byChoice, last.choice) ? byChoice[last.choice] : undefined;
  return (lines ?? []).slice(0, 2);
}
