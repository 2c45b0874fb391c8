// The XState machine that runs a scenario. Its states are the interaction phases (reading,
// choosing, reasoning, answering, ended) with the current node in context; which event a phase accepts and
// what it does come from the kinds table through `advance`. One fixed, typed `setup()` config:
// guard and action names are checked by the compiler, and the machine costs the same to build
// for ten nodes or ten thousand (see docs/architecture.md for why not one state per node).

import { assign, setup } from 'xstate';
import type { EngineEvent, RunContext } from './api';
import type { CompiledScenario } from './compiled';
import { type Phase, ruleOf } from './kinds';
import { advance, initialState, NonFiniteError, type Step, scoreAfter } from './transitions';

export interface MachineInput {
  seed: number;
}

interface Next {
  step: Step;
  score: Record<string, number>;
}

/**
 * What `e` does to a run's context: the step and the score after it; undefined when refused.
 * Throws `NonFiniteError` for a number the engine cannot carry (the run reports it).
 */
export function nextOf(c: CompiledScenario, ctx: RunContext, e: EngineEvent): Next | undefined {
  const step = advance(c, { node: ctx.node, vars: ctx.vars }, e);
  return step && { step, score: scoreAfter(ctx.score, step.gain, ctx.node) };
}

/** What the context keeps of an answer: right or not, the answer, and how sure the student was. */
function answerRecord(
  a: NonNullable<Step['outcome']['answer']>,
  e: EngineEvent,
): RunContext['answers'][string] {
  const sure = e.type === 'quiz.answer' ? e.sure : undefined;
  return sure === undefined
    ? { correct: a.correct, answer: a.answer }
    : { correct: a.correct, answer: a.answer, sure };
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
  let memo: { ctx: RunContext; e: EngineEvent; next: Next | undefined } | undefined;
  const stepOf = (ctx: RunContext, e: EngineEvent): Next | undefined => {
    if (memo?.ctx === ctx && memo.e === e) return memo.next;
    let next: Next | undefined;
    try {
      next = nextOf(compiled, ctx, e);
    } catch (err) {
      // Refused, never stored: the run reports it (Run.send) with the engine's message.
      if (!(err instanceof NonFiniteError)) throw err;
      next = undefined;
    }
    memo = { ctx, e, next };
    return next;
  };
  const leadsTo = (phase: Phase) => ({ type: 'leadsTo', params: { phase } }) as const;
  const to = (phase: Phase) => ({ target: phase, guard: leadsTo(phase), actions: 'advance' }) as const;
  const onward = [to('reading'), to('choosing'), to('reasoning'), to('answering'), to('ended')];
  const start = initialState(compiled);
  return setup({
    types: {
      context: {} as RunContext,
      events: {} as EngineEvent,
      input: {} as MachineInput,
    },
    guards: {
      leadsTo: ({ context, event }, params: { phase: Phase }) => {
        const next = stepOf(context, event);
        return next !== undefined && phaseOf(compiled, next.step.to.node) === params.phase;
      },
    },
    actions: {
      advance: assign(({ context, event }) => {
        const { step, score } = stepOf(context, event) as Next;
        const o = step.outcome;
        return {
          node: step.to.node,
          vars: step.to.vars,
          prevVars: context.vars,
          feedback: o.feedback,
          score,
          answers: o.answer
            ? { ...context.answers, [o.answer.item]: answerRecord(o.answer, event) }
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
      reasoning: { on: { 'reason.select': onward } },
      answering: { on: { 'quiz.answer': onward } },
      ended: { type: 'final' },
    },
  });
}

export type ScenarioMachine = ReturnType<typeof scenarioMachine>;
