// Compiles a validated scenario into an XState machine whose states are the scenario's nodes,
// with every expression parsed once. The machine is flat (no children, no timers) so a run can
// be saved as its event log and restored exactly.

import { type AnyStateMachine, assign, setup } from 'xstate';
import type { EngineEvent, RunContext, VarValue } from './api';
import { applyEffects, evaluate } from './expr/evaluate';
import { type Effect, type Expr, parseCondition, parseEffect } from './expr/parse';
import { isCorrect, isValidAnswer } from './quiz';
import type { Choice, QuizItem, Scenario, ScenarioNode } from './types';
import { eachTargetOf, stepsToEnding } from './validate/storyGraph';

export interface CompiledBranch {
  when?: Expr;
  to: string;
}
export interface CompiledChoice {
  choice: Choice;
  when?: Expr;
  effects: Effect[];
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
  /** Fewest steps to an ending (conditions ignored), for the progress estimate; -1 if none. */
  remaining: number;
}
export interface CompiledScenario {
  scenario: Scenario;
  namespace: string;
  nodes: Map<string, CompiledNode>;
  items: Map<string, QuizItem>;
  initialVars: Record<string, VarValue>;
  axes: string[];
  machine: AnyStateMachine;
}

export class CompileError extends Error {}

const DEFAULT_AXIS = 'knowledge';

/** True when an optional condition holds. */
export const holds = (when: Expr | undefined, vars: Record<string, VarValue>): boolean =>
  when === undefined || evaluate(when, vars) === true;

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
  return { id, index, node, entry, branches, choices, remaining: -1 };
}

/**
 * Sets each node's fewest steps to an ending. The edges are numbered from the compiled nodes, so
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
    eachTargetOf(n.node, edge);
    offsets[i + 1] = targets.length;
  }
  const dist = stepsToEnding({ offsets, targets: Int32Array.from(targets), ending });
  for (let i = 0; i < list.length; i++) (list[i] as CompiledNode).remaining = dist[i] as number;
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
  return { ...base, machine: buildMachine(base) };
}

type MachineParts = Omit<CompiledScenario, 'machine'>;

/** Transitions to one target: XState gets one transition per distinct story edge. */
interface ChoiceEdge {
  to: string;
  choices: CompiledChoice[];
}
interface BranchEdge {
  to: string;
  /** All the node's branches, in order: the first that holds decides the target. */
  branches: CompiledBranch[];
}

/** The first branch whose condition holds (the rule `step.ts` follows too). */
export function firstBranch(
  branches: CompiledBranch[],
  vars: Record<string, VarValue>,
): CompiledBranch | undefined {
  for (const b of branches) if (holds(b.when, vars)) return b;
  return undefined;
}

const chosen = (choices: CompiledChoice[], event: EngineEvent): CompiledChoice | undefined =>
  event.type === 'choice.select' ? choices.find((c) => c.choice.id === event.choice) : undefined;

function buildMachine(c: MachineParts): AnyStateMachine {
  const decls = c.scenario.variables;
  const item = (id: string) => c.items.get(id) as QuizItem;
  const leads = ({ context }: { context: RunContext }, p: BranchEdge) =>
    firstBranch(p.branches, context.vars)?.to === p.to;
  const logic = setup({
    types: {} as { context: RunContext; events: EngineEvent; input: { seed: number } },
    guards: {
      choice: ({ context, event }, p: ChoiceEdge) => {
        const ch = chosen(p.choices, event);
        return ch !== undefined && holds(ch.when, context.vars);
      },
      branch: leads,
      answer: ({ context, event }, p: BranchEdge & { item: string }) =>
        event.type === 'quiz.answer' &&
        event.item === p.item &&
        isValidAnswer(item(p.item), event.answer) &&
        leads({ context }, p),
    },
    actions: {
      // The node an event was accepted at is the last one entered.
      record: assign(({ context, event }) => ({
        log: [...context.log, { ...event, node: context.path[context.path.length - 1] as string }],
        prevVars: context.vars,
        feedback: null,
      })),
      choose: assign(({ context, event }, p: ChoiceEdge) => {
        const ch = chosen(p.choices, event);
        if (!ch) return {};
        return {
          vars: applyEffects(ch.effects, context.vars, decls),
          score: addScore(context.score, ch.choice.score ?? {}),
          feedback: { key: ch.choice.feedback },
        };
      }),
      grade: assign(({ context, event }, p: { item: string }) => {
        if (event.type !== 'quiz.answer') return {};
        const q = item(p.item);
        const correct = isCorrect(q, event.answer);
        const gain = correct ? { [q.axis ?? DEFAULT_AXIS]: q.points ?? 1 } : {};
        return {
          answers: { ...context.answers, [p.item]: { correct, answer: event.answer } },
          score: addScore(context.score, gain),
          feedback: { key: q.explanation, correct },
        };
      }),
      enter: assign(({ context }, p: { node: string; effects: Effect[] }) => ({
        vars: p.effects.length ? applyEffects(p.effects, context.vars, decls) : context.vars,
        path: [...context.path, p.node],
      })),
    },
  });
  // Object.fromEntries on 10,000 entries is slower than filling a plain object.
  const states: Record<string, unknown> = {};
  for (const n of c.nodes.values()) states[n.id] = stateConfig(n);
  const config = {
    id: c.scenario.id,
    context: ({ input }: { input: { seed: number } }) => ({
      vars: c.initialVars,
      prevVars: c.initialVars,
      feedback: null,
      score: Object.fromEntries(c.axes.map((a) => [a, 0])),
      answers: {},
      path: [],
      log: [],
      seed: input.seed,
    }),
    initial: c.scenario.start,
    states,
  };
  // The config is built from data, so its literal types cannot be inferred; names were checked
  // by the validator and by `stateConfig` using only the guards and actions declared above.
  return logic.createMachine(config as Parameters<typeof logic.createMachine>[0]);
}

function addScore(score: Record<string, number>, gain: Record<string, number>): Record<string, number> {
  const out = { ...score };
  for (const [axis, pts] of Object.entries(gain)) out[axis] = (out[axis] ?? 0) + pts;
  return out;
}

const RECORD = { type: 'record' } as const;

/**
 * Groups items by target, keeping the order in which targets first appear. A node has a handful
 * of choices or branches: a linear scan of arrays, not a Map per node (10,000 of them in the
 * engine benchmark, each one garbage after compile).
 */
function byTarget<T>(items: T[], to: (x: T) => string): [string, T[]][] {
  const groups: [string, T[]][] = [];
  for (const x of items) {
    const t = to(x);
    const group = groups.find((g) => g[0] === t);
    if (group) group[1].push(x);
    else groups.push([t, [x]]);
  }
  return groups;
}

/** One transition per distinct target; the guard picks the branch exactly as `firstBranch`. */
function branchTransitions(n: CompiledNode, guard: 'branch' | 'answer', actions: unknown[]): unknown[] {
  const only = n.branches.length === 1 ? n.branches[0] : undefined;
  const out: unknown[] = [];
  for (const [to] of byTarget(n.branches, (b) => b.to)) {
    const params: BranchEdge & { item?: string } = { to, branches: n.branches };
    if (n.node.kind === 'check') params.item = n.node.item;
    // A single unconditional branch needs no guard unless the answer itself must be checked.
    const free = guard === 'branch' && only !== undefined && only.when === undefined;
    out.push(free ? { target: to, actions } : { target: to, guard: { type: guard, params }, actions });
  }
  return out;
}

function stateConfig(n: CompiledNode): Record<string, unknown> {
  const entry = { type: 'enter', params: { node: n.id, effects: n.entry } };
  switch (n.node.kind) {
    case 'ending':
      return { type: 'final', entry };
    case 'decision': {
      const on: unknown[] = [];
      for (const [to, choices] of byTarget(n.choices, (ch) => ch.choice.to)) {
        const params: ChoiceEdge = { to, choices };
        on.push({
          target: to,
          guard: { type: 'choice', params },
          actions: [RECORD, { type: 'choose', params }],
        });
      }
      return { entry, on: { 'choice.select': on } };
    }
    case 'check': {
      const grade = { type: 'grade', params: { item: n.node.item } };
      return { entry, on: { 'quiz.answer': branchTransitions(n, 'answer', [RECORD, grade]) } };
    }
    default:
      return { entry, on: { 'node.continue': branchTransitions(n, 'branch', [RECORD]) } };
  }
}
