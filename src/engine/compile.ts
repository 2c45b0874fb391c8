// Compiles a validated scenario: every expression parsed once, nodes and quiz items by id, the
// progress table, and the XState machine that runs it (machine.ts). The machine is flat (no
// children, no timers) so a run can be saved as its event log and restored exactly.

import type { VarValue } from './api';
import type { CompiledBranch, CompiledChoice, CompiledNode, CompiledScenario } from './compiled';
import { parseCondition, parseEffect } from './expr/parse';
import { eachTargetOf } from './kinds';
import { scenarioMachine } from './machine';
import type { ReasonNode, Scenario, ScenarioNode } from './types';
import { mostStepsToEnding, stepsToEnding } from './validate/storyGraph';

export type { CompiledBranch, CompiledChoice, CompiledNode, CompiledScenario } from './compiled';

export class CompileError extends Error {}

// Scenarios repeat the same few expressions many times; parse each distinct source once.
const parseCache = new Map<(s: string) => unknown, Map<string, unknown>>();

/**
 * Parses `src` once per distinct text. The error names `nodes.<node>.<field>.<i>[.<sub>][.<j>]`,
 * built only on failure (a string per expression showed up in the profile).
 */
function parsed<T>(
  src: string,
  parse: (s: string) => T,
  node: string,
  field: string,
  i: number,
  sub?: string,
  j?: number,
): T {
  let cache = parseCache.get(parse);
  if (!cache) {
    cache = new Map();
    parseCache.set(parse, cache);
  }
  const hit = cache.get(src);
  if (hit !== undefined) return hit as T;
  try {
    const value = parse(src);
    if (cache.size < 10_000) cache.set(src, value);
    return value;
  } catch (e) {
    const where = `nodes.${node}.${field}.${i}${sub ? `.${sub}` : ''}${j === undefined ? '' : `.${j}`}`;
    throw new CompileError(`${where}: cannot parse '${src}': ${(e as Error).message} (run npm run validate)`);
  }
}

const NONE: never[] = [];

function compileNode(id: string, index: number, node: ScenarioNode): CompiledNode {
  const entry = node.effects?.length
    ? node.effects.map((s, i) => parsed(s, parseEffect, id, 'effects', i))
    : NONE;
  let branches: CompiledBranch[] = NONE;
  let choices: CompiledChoice[] = NONE;
  if ('next' in node) {
    branches =
      typeof node.next === 'string'
        ? [{ to: node.next }]
        : node.next.map((b, i) => ({
            to: b.to,
            when: b.when === undefined ? undefined : parsed(b.when, parseCondition, id, 'next', i, 'when'),
          }));
  }
  if (node.kind === 'decision') {
    choices = node.choices.map((ch, i) => ({
      choice: ch,
      when: ch.when === undefined ? undefined : parsed(ch.when, parseCondition, id, 'choices', i, 'when'),
      effects: ch.effects?.length
        ? ch.effects.map((s, j) => parsed(s, parseEffect, id, 'choices', i, 'effects', j))
        : NONE,
    }));
  }
  return { id, index, node, entry, branches, choices, remaining: -1, most: -1 };
}

/**
 * Sets each node's fewest and most steps to an ending. The edges are numbered from the compiled nodes, so
 * compile needs neither the validator's story graph nor a second table of ids.
 */
function markStepsToEnd(list: CompiledNode[], byId: Map<string, CompiledNode>): void {
  const offsets = new Int32Array(list.length + 1);
  const targets: number[] = [];
  const ending = new Uint8Array(list.length);
  const edge = (to: string) => {
    const t = byId.get(to);
    if (t) targets.push(t.index);
  };
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as CompiledNode;
    if (n.node.kind === 'ending') ending[i] = 1;
    // A decision that asks why goes through its reason nodes: they count as steps too.
    if (n.node.kind === 'decision') for (const ch of n.choices) edge(ch.via ?? ch.choice.to);
    else eachTargetOf(n.node, edge);
    offsets[i + 1] = targets.length;
  }
  const graph = { offsets, targets: Int32Array.from(targets), ending };
  const dist = stepsToEnding(graph);
  // The progress estimate counts the most steps left, so it never grows along a play (each step
  // takes at least one off it); a story with a loop falls back to the fewest.
  const most = mostStepsToEnding(graph) ?? dist;
  for (let i = 0; i < list.length; i++) {
    const n = list[i] as CompiledNode;
    n.remaining = dist[i] as number;
    n.most = most[i] as number;
  }
}

/**
 * The id of the reason node after `choice` at `decision`. A tilde never appears in an authored id
 * (the schema's id pattern), so it cannot collide with one.
 */
export const reasonNodeId = (decision: string, choice: string): string => `${decision}~${choice}`;

/**
 * For a decision with `reasons`: one reason node per choice that is offered reasons, and the
 * choice's `via` pointing at it. The node carries the choice (its effects and score apply there).
 */
function addReasonNodes(d: CompiledNode, list: CompiledNode[], byId: Map<string, CompiledNode>): void {
  const node = d.node;
  if (node.kind !== 'decision' || !node.reasons) return;
  const reasons = node.reasons;
  for (const ch of d.choices) {
    const options = (reasons.options ?? []).filter((o) => !o.for || o.for.includes(ch.choice.id));
    if (options.length === 0) continue;
    const id = reasonNodeId(d.id, ch.choice.id);
    const reasonNode: ReasonNode = {
      kind: 'reason',
      decision: d.id,
      choice: ch.choice.id,
      prompt: reasons.prompt,
      options,
      next: ch.choice.to,
      date: node.date,
      place: node.place,
      sources: node.sources,
    };
    const n: CompiledNode = {
      id,
      index: list.length,
      node: reasonNode,
      entry: NONE,
      branches: [{ to: ch.choice.to }],
      choices: [ch],
      remaining: -1,
      most: -1,
    };
    ch.via = id;
    list.push(n);
    byId.set(id, n);
  }
}

export function initialVarsOf(s: Scenario): Record<string, VarValue> {
  return Object.fromEntries(Object.entries(s.variables).map(([k, d]) => [k, d.initial]));
}

/** Turns a validated scenario into a compiled one. Throws `CompileError` on unparsable input. */
export function compile(scenario: Scenario): CompiledScenario {
  // Object.keys, not Object.entries: records with thousands of keys are slow to enumerate.
  const ids = Object.keys(scenario.nodes);
  const list: CompiledNode[] = new Array(ids.length);
  const nodes = new Map<string, CompiledNode>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const n = compileNode(id, i, scenario.nodes[id] as ScenarioNode);
    list[i] = n;
    nodes.set(id, n);
  }
  for (const n of list.slice()) if (n.node.kind === 'decision') addReasonNodes(n, list, nodes);
  markStepsToEnd(list, nodes);
  const items = new Map(scenario.quiz.map((q) => [q.id, q]));
  const base = {
    scenario,
    namespace: scenario.meta.namespace ?? scenario.id,
    nodes,
    items,
    initialVars: initialVarsOf(scenario),
    axes: Object.keys(scenario.axes),
  };
  return { ...base, machine: scenarioMachine(base) };
}
