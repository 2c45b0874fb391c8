// The app's flow as an XState machine: the screen (boot → menu → briefing → playing → debrief),
// the run, one attempt in an assessment, the LMS rules, saving after each step, the storage warning
// given once. Its effects (persist, LMS report, marks, notices, drawing) are declared here and
// supplied by src/main.ts with `.provide()`; screens draw its state and hold no flow flags.

import { assign, setup } from 'xstate';
import {
  type CompiledScenario,
  type EngineEvent,
  newSeed,
  type Run,
  restoreRun,
  type SaveError,
  startRun,
} from '../engine';
import type { LmsRules } from './lms';

export interface FlowInput {
  scenarios: ReadonlyMap<string, CompiledScenario>;
  /** False in an assessment: one attempt, which can be continued but not started again. */
  retry: boolean;
  /** Reads the save of a scenario as stored (JSON text), or null. Reading is not an effect. */
  readSave(id: string): string | null;
  /** Inside an LMS (a SCORM package, see lms.ts), else null. */
  lms: FlowLms | null;
}

/** What the flow asks the LMS rules (lms.ts); asking is not an effect. */
export type FlowLms = Pick<LmsRules, 'allowsScenario' | 'allowsNewRun'>;

export type ScreenName = 'boot' | 'menu' | 'briefing' | 'playing' | 'debrief';

export interface FlowContext extends FlowInput {
  /** The screen showing: the `screen` region's state, kept where the `draw` effect can read it. */
  screen: ScreenName;
  /** The scenario of the briefing, play or debrief screen. */
  id: string | null;
  run: Run | null;
  /** The event of the last accepted step (the play screen animates what it changed). */
  cause: EngineEvent | null;
  /** Counts accepted steps, so a screen can tell a new step from a redraw. */
  steps: number;
  /** Why the last save could not be restored, if it could not. */
  problem: SaveError['kind'] | null;
}

export type FlowEvent =
  /** Facts from the edge about where to start: an LMS attempt, the assignment, the last scenario. */
  | { type: 'app.start'; assigned: string | null; lmsRun: Run | null; last: string | null }
  | { type: 'menu.open' }
  | { type: 'scenario.pick'; id: string }
  | { type: 'play.begin' }
  | { type: 'play.resume' }
  | { type: 'play.step'; event: EngineEvent }
  | { type: 'play.debrief' }
  | { type: 'debrief.done' }
  | { type: 'save.idle' }
  | { type: 'page.hidden' }
  | { type: 'storage.failed' }
  | { type: 'app.redraw' };

const hasSave = (ctx: FlowInput, id: string | null): boolean => id !== null && ctx.readSave(id) !== null;
const known = (ctx: FlowInput, id: string | null): id is string => id !== null && ctx.scenarios.has(id);

const PERSIST = {
  type: 'persist',
  params: ({ context }: { context: FlowContext }) => ({ run: context.run }),
} as const;
const RESUME = [
  'resume',
  {
    type: 'saveProblem',
    params: ({ context }: { context: FlowContext }) => ({ id: context.id, kind: context.problem }),
  },
  PERSIST,
] as const;

export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  actions: {
    // Effects, supplied by main.ts.
    draw: (_, _p: { focus: boolean }) => {},
    persist: (_, _p: { run: Run | null }) => {},
    scheduleSave: () => {},
    removeSave: (_, _p: { id: string }) => {},
    rememberOpen: (_, _p: { id: string | null }) => {},
    reportStart: () => {},
    reportStep: (_, _p: { run: Run }) => {},
    saveProblem: (_, _p: { id: string | null; kind: SaveError['kind'] | null }) => {},
    warnStorage: () => {},
    markMenuReady: () => {},
    markScenarioReady: () => {},
    // The flow's own bookkeeping.
    stopRun: ({ context }) => context.run?.stop(),
    begin: assign(({ context }) => {
      context.run?.stop();
      const c = context.scenarios.get(context.id as string) as CompiledScenario;
      return { run: startRun(c, newSeed()), cause: null, steps: 0 };
    }),
    // A save that cannot be restored is removed and said in one sentence (the `saveProblem`
    // effect), and play starts afresh.
    resume: assign(({ context }) => {
      const id = context.id as string;
      const c = context.scenarios.get(id) as CompiledScenario;
      const restored = restoreRun(c, context.readSave(id));
      context.run?.stop();
      if (restored.ok) return { run: restored.value, cause: null, steps: 0, problem: null };
      return { run: startRun(c, newSeed()), cause: null, steps: 0, problem: restored.error.kind };
    }),
    step: assign(({ context, event }) => {
      if (event.type !== 'play.step' || !context.run) return {};
      context.run.send(event.event);
      return { cause: event.event, steps: context.steps + 1 };
    }),
  },
  guards: {
    accepts: ({ context, event }) => event.type === 'play.step' && context.run?.can(event.event) === true,
    // LMS: an attempt it has already graded opens at its result, or at a briefing with no start.
    lmsResult: ({ context, event }) =>
      event.type === 'app.start' &&
      event.lmsRun?.done === true &&
      context.lms?.allowsNewRun() === false &&
      known(context, event.assigned),
    lmsGraded: ({ context, event }) =>
      event.type === 'app.start' && context.lms?.allowsNewRun() === false && known(context, event.assigned),
    // LMS: no menu, so no way to another scenario and no "choose another" after the debrief.
    notLms: ({ context }) => context.lms === null,
    lmsRun: ({ context, event }) =>
      event.type === 'app.start' && event.lmsRun !== null && known(context, event.assigned),
    assignedSaved: ({ context, event }) =>
      event.type === 'app.start' && known(context, event.assigned) && hasSave(context, event.assigned),
    assigned: ({ context, event }) => event.type === 'app.start' && known(context, event.assigned),
    lastSaved: ({ context, event }) =>
      event.type === 'app.start' && known(context, event.last) && hasSave(context, event.last),
    knownPick: ({ context, event }) =>
      event.type === 'scenario.pick' &&
      known(context, event.id) &&
      (context.lms?.allowsScenario(event.id) ?? true),
    // An assessment is one attempt: once begun it can be continued, not started again.
    mayBegin: ({ context }) =>
      known(context, context.id) &&
      (context.retry || !hasSave(context, context.id)) &&
      (context.lms?.allowsNewRun() ?? true),
    mayResume: ({ context }) => known(context, context.id) && hasSave(context, context.id),
    mayReplay: ({ context }) => context.retry && context.lms === null,
    hasRun: ({ context }) => context.run !== null,
  },
}).createMachine({
  id: 'app',
  type: 'parallel',
  context: ({ input }) => ({
    ...input,
    screen: 'boot' as const,
    id: null,
    run: null,
    cause: null,
    steps: 0,
    problem: null,
  }),
  states: {
    screen: {
      initial: 'boot',
      states: {
        boot: {
          on: {
            'app.start': [
              {
                guard: 'lmsResult',
                target: 'debrief',
                actions: assign(({ event }) => ({
                  id: event.assigned,
                  run: event.lmsRun,
                  steps: 0,
                  cause: null,
                })),
              },
              {
                guard: 'lmsGraded',
                target: 'briefing',
                actions: assign(({ event }) => ({ id: event.assigned })),
              },
              {
                guard: 'lmsRun',
                target: 'playing',
                actions: [
                  assign(({ event }) => ({ id: event.assigned, run: event.lmsRun, steps: 0, cause: null })),
                  PERSIST,
                ],
              },
              {
                guard: 'assignedSaved',
                target: 'playing',
                actions: [assign(({ event }) => ({ id: event.assigned })), ...RESUME],
              },
              {
                guard: 'assigned',
                target: 'briefing',
                actions: assign(({ event }) => ({ id: event.assigned })),
              },
              {
                guard: 'lastSaved',
                target: 'playing',
                actions: [assign(({ event }) => ({ id: event.last })), ...RESUME],
              },
              { target: 'menu' },
            ],
          },
          exit: 'markMenuReady',
        },
        menu: {
          entry: [assign({ id: null, screen: 'menu' }), { type: 'draw', params: { focus: true } }],
          on: {
            'scenario.pick': {
              guard: 'knownPick',
              target: 'briefing',
              actions: assign(({ event }) => ({ id: event.id })),
            },
          },
        },
        briefing: {
          entry: [assign({ screen: 'briefing' }), { type: 'draw', params: { focus: true } }],
          on: {
            'play.begin': {
              guard: 'mayBegin',
              target: 'playing',
              actions: ['begin', 'reportStart', PERSIST],
            },
            'play.resume': { guard: 'mayResume', target: 'playing', actions: RESUME },
          },
        },
        playing: {
          entry: [
            assign({ screen: 'playing' }),
            { type: 'rememberOpen', params: ({ context }) => ({ id: context.id }) },
            { type: 'draw', params: { focus: true } },
            'markScenarioReady',
          ],
          exit: { type: 'rememberOpen', params: { id: null } },
          on: {
            'play.step': {
              guard: 'accepts',
              actions: [
                'step',
                { type: 'reportStep', params: ({ context }) => ({ run: context.run as Run }) },
                { type: 'draw', params: { focus: true } },
              ],
            },
            'play.debrief': { guard: 'hasRun', target: 'debrief' },
          },
        },
        debrief: {
          entry: [assign({ screen: 'debrief' }), { type: 'draw', params: { focus: true } }],
          on: {
            'play.begin': {
              guard: 'mayReplay',
              target: 'playing',
              actions: ['begin', 'reportStart', PERSIST],
            },
            'debrief.done': {
              guard: 'notLms',
              target: 'menu',
              actions: [
                { type: 'removeSave', params: ({ context }) => ({ id: context.id as string }) },
                'stopRun',
              ],
            },
          },
        },
      },
      on: {
        'menu.open': { guard: 'notLms', target: '.menu' },
        'app.redraw': { actions: { type: 'draw', params: { focus: false } } },
      },
    },
    // A step is written once the new page has been painted (the click does not wait for JSON
    // and storage), or at once when the page is hidden or another screen is opened.
    save: {
      initial: 'clean',
      states: {
        clean: { on: { 'play.step': { guard: 'accepts', target: 'pending', actions: 'scheduleSave' } } },
        pending: {
          on: {
            'save.idle': { target: 'clean', actions: PERSIST },
            'page.hidden': { target: 'clean', actions: PERSIST },
            'menu.open': { guard: 'notLms', target: 'clean', actions: PERSIST },
            'debrief.done': { guard: 'notLms', target: 'clean' },
          },
        },
      },
    },
    storage: {
      initial: 'ok',
      states: { ok: { on: { 'storage.failed': { target: 'warned', actions: 'warnStorage' } } }, warned: {} },
    },
  },
});
