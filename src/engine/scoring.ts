// What a scenario's scoring rewards, for the validator's report and the content tests: how many
// decisions have two or more top options, the best score reachable without following history,
// and meters that only rise along the historical path (which would endorse one party's course).

import type { CompiledScenario } from './compiled';
import { walkHistory } from './history';
import { advance, initialState, type PlayState, type Step, stateKey, successors } from './transitions';
import { quizAxes, topChoices } from './validate/decisions';

/** Axes a rubric feeds (a choice's or a reason's score), in declaration order. */
export function rubricAxes(c: CompiledScenario): string[] {
  const used = new Set<string>();
  for (const n of c.nodes.values()) {
    for (const ch of n.choices) for (const a of Object.keys(ch.choice.score ?? {})) used.add(a);
    if (n.node.kind === 'reason')
      for (const o of n.node.options) for (const a of Object.keys(o.score ?? {})) used.add(a);
  }
  return c.axes.filter((a) => used.has(a));
}

export interface TopOptions {
  decisions: number;
  /** Decisions with two or more options sharing the top rubric score. */
  withTwoOrMore: number;
  /** Ids of the decisions with a single top option. */
  single: string[];
}

export function topOptions(c: CompiledScenario): TopOptions {
  const single: string[] = [];
  const skip = quizAxes(c.scenario);
  let decisions = 0;
  for (const [id, n] of Object.entries(c.scenario.nodes)) {
    if (n.kind !== 'decision' || (n.choices ?? []).length < 2) continue;
    decisions++;
    if (topChoices(n, skip).length < 2) single.push(id);
  }
  return { decisions, withTwoOrMore: decisions - single.length, single };
}

/** A step that takes a historical choice where the decision also had another open one. */
function followsHistory(c: CompiledScenario, s: PlayState, step: Step, all: Step[]): boolean {
  if (step.event.type !== 'choice.select') return false;
  const want = step.event.choice;
  const ch = c.nodes.get(s.node)?.choices.find((x) => x.choice.id === want);
  if (ch?.choice.historical !== true) return false;
  return all.some((o) => o.event.type === 'choice.select' && o.event.choice !== want);
}

/**
 * The highest total on `axis` any play reaches, over all plays (`overall`) and over the plays
 * that never take a historical choice where another was open (`offHistory`); -Infinity if none.
 */
export function bestScores(c: CompiledScenario, axis: string): { overall: number; offHistory: number } {
  const memo = new Map<string, { overall: number; offHistory: number }>();
  const best = (s: PlayState, depth: number): { overall: number; offHistory: number } => {
    const key = stateKey(c, s);
    const hit = memo.get(key);
    if (hit) return hit;
    const steps = depth > 10_000 ? [] : successors(c, s);
    let overall = -Infinity;
    let offHistory = -Infinity;
    if (steps.length === 0 && c.nodes.get(s.node)?.node.kind === 'ending') {
      overall = 0;
      offHistory = 0;
    }
    for (const step of steps) {
      const gain = step.gain[axis] ?? 0;
      const next = best(step.to, depth + 1);
      overall = Math.max(overall, gain + next.overall);
      if (!followsHistory(c, s, step, steps)) offHistory = Math.max(offHistory, gain + next.offHistory);
    }
    const r = { overall, offHistory };
    memo.set(key, r);
    return r;
  };
  return best(initialState(c), 0);
}

/** Meters whose every change along the historical path is a rise, with at least `minRises` rises. */
export function risingAlongHistory(
  c: CompiledScenario,
  minRises = 3,
): { meter: string; from: number; to: number }[] {
  const walk = walkHistory(c);
  if (walk.problem) return [];
  const states: PlayState[] = [initialState(c)];
  for (const e of walk.log) {
    const step = advance(c, states[states.length - 1] as PlayState, e);
    if (!step) return [];
    states.push(step.to);
  }
  const out: { meter: string; from: number; to: number }[] = [];
  for (const [id, d] of Object.entries(c.scenario.variables)) {
    if (d.type !== 'meter') continue;
    const values = states.map((s) => s.vars[id] as number);
    let rises = 0;
    let falls = 0;
    for (let i = 1; i < values.length; i++) {
      const delta = (values[i] as number) - (values[i - 1] as number);
      if (delta > 0) rises++;
      if (delta < 0) falls++;
    }
    if (rises >= minRises && falls === 0)
      out.push({ meter: id, from: values[0] as number, to: values[values.length - 1] as number });
  }
  return out;
}

export interface ScoringReport {
  top: TopOptions;
  /** Per rubric axis: the best total over all plays and off the historical path. */
  axes: { axis: string; overall: number; offHistory: number }[];
  rising: { meter: string; from: number; to: number }[];
}

/** Everything above in one report (the CLI prints it per scenario). */
export function scoringReport(c: CompiledScenario): ScoringReport {
  return {
    top: topOptions(c),
    axes: rubricAxes(c).map((axis) => ({ axis, ...bestScores(c, axis) })),
    rising: risingAlongHistory(c),
  };
}
