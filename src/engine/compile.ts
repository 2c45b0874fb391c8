// Compiles a validated scenario into an XState machine whose states are the scenario's nodes,
// with every expression parsed once. The machine is flat (no children, no timers) so a run can
// be saved as its event log and restored exactly.

import { type AnyStateMachine, assign, setup } from 'xstate';
import type { EngineEvent, RunContext, VarValue } from './api';
import { applyEffects, evaluate } from './expr/evaluate';
import { type Effect, type Expr, parseCondition, parseEffect } from './expr/parse';
import { isCorrect, isValidAnswer } from './quiz';
import type { Choice, QuizItem, Scenario, ScenarioNode } from './types';

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
  node: ScenarioNode;
  entry: Effect[];
  /** For nodes that continue (narration, dialogue, document, check): where to go, in order. */
  branches: CompiledBranch[];
  choices: CompiledChoice[];
}
export interface CompiledScenario {
  scenario: Scenario;
  namespace: string;
  nodes: Map<string, CompiledNode>;
  items: Map<string, QuizItem>;
  initialVars: Record<string, VarValue>;
  axes: string[];
  /** Fewest steps from each node to an ending, for the progress estimate. */
  remaining: Map<string, number>;
  machine: AnyStateMachine;
}

export class CompileError extends Error {}

const DEFAULT_AXIS = 'knowledge';

/** True when an optional condition holds. */
export const holds = (when: Expr | undefined, vars: Record<string, VarValue>): boolean =>
  when === undefined || evaluate(when, vars) === true;

// Scenarios repeat the same few expressions many times; parse each distinct source once.
const parseCache = new Map<(s: string) => unknown, Map<string, unknown>>();

function parsed<T>(src: string, where: string, parse: (s: string) => T): T {
  let cache = parseCache.get(parse);
  if (!cache) {
    cache = new Map();
    parseCache.set(parse, cache);
  }
  if (cache.has(src)) return cache.get(src) as T;
  try {
    const value = parse(src);
    if (cache.size < 10_000) cache.set(src, value);
    return value;
  } catch (e) {
    throw new CompileError(`${where}: cannot parse '${src}': ${(e as Error).message} (run npm run validate)`);
  }
}

function compileNode(id: string, node: ScenarioNode): CompiledNode {
  const entry = (node.effects ?? []).map((s, i) => parsed(s, `nodes.${id}.effects.${i}`, parseEffect));
  let branches: CompiledBranch[] = [];
  let choices: CompiledChoice[] = [];
  if ('next' in node) {
    branches =
      typeof node.next === 'string'
        ? [{ to: node.next }]
        : node.next.map((b, i) => ({
            to: b.to,
            when:
              b.when === undefined ? undefined : parsed(b.when, `nodes.${id}.next.${i}.when`, parseCondition),
          }));
  }
  if (node.kind === 'decision') {
    choices = node.choices.map((ch, i) => ({
      choice: ch,
      when:
        ch.when === undefined ? undefined : parsed(ch.when, `nodes.${id}.choices.${i}.when`, parseCondition),
      effects: (ch.effects ?? []).map((s, j) =>
        parsed(s, `nodes.${id}.choices.${i}.effects.${j}`, parseEffect),
      ),
    }));
  }
  return { id, node, entry, branches, choices };
}

/** Successor node ids of a compiled node, ignoring conditions. */
export function targetsOf(n: CompiledNode): string[] {
  return [...n.branches.map((b) => b.to), ...n.choices.map((c) => c.choice.to)];
}

function fewestStepsToEnd(nodes: Map<string, CompiledNode>): Map<string, number> {
  const preds = new Map<string, string[]>();
  for (const n of nodes.values()) {
    for (const t of targetsOf(n)) {
      const list = preds.get(t);
      if (list) list.push(n.id);
      else preds.set(t, [n.id]);
    }
  }
  const dist = new Map<string, number>();
  const queue: string[] = [];
  for (const n of nodes.values()) {
    if (n.node.kind === 'ending') {
      dist.set(n.id, 0);
      queue.push(n.id);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    const d = (dist.get(id) as number) + 1;
    for (const p of preds.get(id) ?? []) {
      if (!dist.has(p)) {
        dist.set(p, d);
        queue.push(p);
      }
    }
  }
  return dist;
}

export function initialVarsOf(s: Scenario): Record<string, VarValue> {
  return Object.fromEntries(Object.entries(s.variables).map(([k, d]) => [k, d.initial]));
}

/** Turns a validated scenario into a compiled one. Throws `CompileError` on unparsable input. */
export function compile(scenario: Scenario): CompiledScenario {
  const nodes = new Map(Object.entries(scenario.nodes).map(([id, n]) => [id, compileNode(id, n)]));
  const items = new Map(scenario.quiz.map((q) => [q.id, q]));
  const base = {
    scenario,
    namespace: scenario.meta.namespace ?? scenario.id,
    nodes,
    items,
    initialVars: initialVarsOf(scenario),
    axes: Object.keys(scenario.axes),
    remaining: fewestStepsToEnd(nodes),
  };
  return { ...base, machine: buildMachine(base) };
}

type MachineParts = Omit<CompiledScenario, 'machine'>;

function buildMachine(c: MachineParts): AnyStateMachine {
  const decls = c.scenario.variables;
  const item = (id: string) => c.items.get(id) as QuizItem;
  const logic = setup({
    types: {} as { context: RunContext; events: EngineEvent; input: { seed: number } },
    guards: {
      choice: ({ context, event }, p: { id: string; when?: Expr }) =>
        event.type === 'choice.select' && event.choice === p.id && holds(p.when, context.vars),
      branch: ({ context }, p: { when?: Expr }) => holds(p.when, context.vars),
      answer: ({ context, event }, p: { item: string; when?: Expr }) =>
        event.type === 'quiz.answer' &&
        event.item === p.item &&
        isValidAnswer(item(p.item), event.answer) &&
        holds(p.when, context.vars),
    },
    actions: {
      record: assign(({ context, event }, p: { node: string }) => ({
        log: [...context.log, { ...event, node: p.node }],
        prevVars: context.vars,
        feedback: null,
      })),
      choose: assign(
        ({ context }, p: { effects: Effect[]; score?: Record<string, number>; feedback: string }) => ({
          vars: applyEffects(p.effects, context.vars, decls),
          score: addScore(context.score, p.score ?? {}),
          feedback: { key: p.feedback },
        }),
      ),
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
  const states = Object.fromEntries([...c.nodes.values()].map((n) => [n.id, stateConfig(n)]));
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

function stateConfig(n: CompiledNode): Record<string, unknown> {
  const entry = [{ type: 'enter', params: { node: n.id, effects: n.entry } }];
  const record = { type: 'record', params: { node: n.id } };
  const onContinue = n.branches.map((b) => ({
    target: b.to,
    guard: { type: 'branch', params: { when: b.when } },
    actions: [record],
  }));
  switch (n.node.kind) {
    case 'ending':
      return { type: 'final', entry };
    case 'decision':
      return {
        entry,
        on: {
          'choice.select': n.choices.map((ch) => ({
            target: ch.choice.to,
            guard: { type: 'choice', params: { id: ch.choice.id, when: ch.when } },
            actions: [
              record,
              {
                type: 'choose',
                params: { effects: ch.effects, score: ch.choice.score, feedback: ch.choice.feedback },
              },
            ],
          })),
        },
      };
    case 'check': {
      const grade = { type: 'grade', params: { item: n.node.item } };
      return {
        entry,
        on: {
          'quiz.answer': n.branches.map((b) => ({
            target: b.to,
            guard: { type: 'answer', params: { item: grade.params.item, when: b.when } },
            actions: [record, grade],
          })),
        },
      };
    }
    default:
      return { entry, on: { 'node.continue': onContinue } };
  }
}
