// The XState machine that runs a scenario. Its states are the interaction phases (reading,
// choosing, answering, ended) with the current node in context; which event a phase accepts and
// what it does come from the kinds table through `advance`. One fixed, typed `setup()` config:
// guard and action names are checked by the compiler, and the machine costs the same to build
// for ten nodes or ten thousand (see docs/architecture.md for why not one state per node).

import { assign, setup } from 'xstate';
import type { EngineEvent, RunContext } from './api';
import type { CompiledScenario } from './compiled';
import { type Phase, ruleOf } from './kinds';
import { advance, initialState, NonFiniteError, type Step } from './transitions';

export interface MachineInput {
  seed: number;
}

function addScore(score: Record<string, number>, gain: Record<string, number>): Record<string, number> {
  const keys = Object.keys(gain);
  if (keys.length === 0) return score;
  const out = { ...score };
  for (const axis of keys) out[axis] = (out[axis] ?? 0) + (gain[axis] as number);
  return out;
}

const phaseOf = (c: CompiledScenario, node: string): Phase => {
  const n = c.nodes.get(node);
  return n ? ruleOf(n.node).phase : 'ended';
};

/** Builds the machine for `c`; the guards and actions close over the compiled scenario. */
export function scenarioMachine(c: Omit<CompiledScenario, 'machine'>) {
  const compiled = c as CompiledScenario;
  // XState evaluates a transition's guards for `can()` and again for the send; both see the same
  // context and event objects, so the step computed for the first answers the others.
  let memo: { ctx: RunContext; e: EngineEvent; step: Step | undefined } | undefined;
  const stepOf = (ctx: RunContext, e: EngineEvent): Step | undefined => {
    if (memo?.ctx === ctx && memo.e === e) return memo.step;
    let step: Step | undefined;
    try {
      step = advance(compiled, { node: ctx.node, vars: ctx.vars }, e);
    } catch (err) {
      // Refused, never stored: the run reports it (Run.send) with the engine's message.
      if (!(err instanceof NonFiniteError)) throw err;
      step = undefined;
    }
    memo = { ctx, e, step };
    return step;
  };
  const leadsTo = (phase: Phase) => ({ type: 'leadsTo', params: { phase } }) as const;
  const to = (phase: Phase) => ({ target: phase, guard: leadsTo(phase), actions: 'advance' }) as const;
  const onward = [to('reading'), to('choosing'), to('answering'), to('ended')];
  const start = initialState(compiled);
  return setup({
    types: {
      context: {} as RunContext,
      events: {} as EngineEvent,
      input: {} as MachineInput,
    },
    guards: {
      leadsTo: ({ context, event }, params: { phase: Phase }) => {
        const step = stepOf(context, event);
        return step !== undefined && phaseOf(compiled, step.to.node) === params.phase;
      },
    },
    actions: {
      advance: assign(({ context, event }) => {
        const step = stepOf(context, event) as Step;
        const o = step.outcome;
        return {
          node: step.to.node,
          vars: step.to.vars,
          prevVars: context.vars,
          feedback: o.feedback,
          score: addScore(context.score, o.gain),
          answers: o.answer
            ? { ...context.answers, [o.answer.item]: { correct: o.answer.correct, answer: o.answer.answer } }
            : context.answers,
          path: [...context.path, step.to.node],
          log: [...context.log, { ...event, node: context.node }],
        };
      }),
    },
  }).createMachine({
    id: c.scenario.id,
    context: ({ input }) => ({
      node: start.node,
      vars: start.vars,
      prevVars: c.initialVars,
      feedback: null,
      score: Object.fromEntries(c.axes.map((a) => [a, 0])),
      answers: {},
      path: [start.node],
      log: [],
      seed: input.seed,
    }),
    initial: phaseOf(compiled, start.node),
    states: {
      reading: { on: { 'node.continue': onward } },
      choosing: { on: { 'choice.select': onward } },
      answering: { on: { 'quiz.answer': onward } },
      ended: { type: 'final' },
    },
  });
}

export type ScenarioMachine = ReturnType<typeof scenarioMachine>;
