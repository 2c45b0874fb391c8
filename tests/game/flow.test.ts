// The app's flow machine on its own: where it starts, one attempt in an assessment, saving once a
// step has been drawn (or when the page is hidden), a broken save said once, the storage warning
// given once. Effects are recorded, not performed: the machine only declares them.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type FlowLms, flowMachine } from '../../src/game/flow';
import { finishedRun, fixtureCompiled } from '../support/runs';

function harness(opts: { retry?: boolean; saves?: Record<string, string>; lms?: FlowLms } = {}) {
  const saves = new Map(Object.entries(opts.saves ?? {}));
  const calls: string[] = [];
  const note = (name: string) => () => void calls.push(name);
  const actor = createActor(
    flowMachine.provide({
      actions: {
        draw: ({ context }) => void calls.push(`draw:${context.screen}`),
        persist: (_, { run }) => {
          if (run) saves.set(run.scenario.scenario.id, JSON.stringify(run.save()));
          calls.push('persist');
        },
        removeSave: (_, { id }) => void saves.delete(id),
        saveProblem: (_, { kind }) => void (kind && calls.push(`problem:${kind}`)),
        scheduleSave: note('scheduleSave'),
        warnStorage: note('warnStorage'),
        reportStep: note('reportStep'),
      },
    }),
    {
      input: {
        scenarios: new Map([['fixture', fixtureCompiled]]),
        retry: opts.retry ?? true,
        readSave: (id) => saves.get(id) ?? null,
        lms: opts.lms ?? null,
      },
    },
  );
  actor.start();
  const screen = () => actor.getSnapshot().context.screen;
  return { actor, calls, saves, screen };
}
const start = { type: 'app.start', assigned: null, lmsRun: null, last: null } as const;

describe('the app flow', () => {
  it('opens the menu, then the briefing, then play', () => {
    const h = harness();
    h.actor.send(start);
    expect(h.screen()).toBe('menu');
    h.actor.send({ type: 'scenario.pick', id: 'nope' });
    expect(h.screen()).toBe('menu');
    h.actor.send({ type: 'scenario.pick', id: 'fixture' });
    h.actor.send({ type: 'play.begin' });
    expect(h.screen()).toBe('playing');
    expect(h.saves.has('fixture')).toBe(true);
  });

  it('saves a step once it is drawn and idle, or at once when the page is hidden', () => {
    const h = harness();
    h.actor.send({ ...start, assigned: 'fixture' });
    h.actor.send({ type: 'play.begin' });
    h.calls.length = 0;
    h.actor.send({ type: 'play.step', event: { type: 'node.continue' } });
    expect(h.calls).toEqual(['reportStep', 'draw:playing', 'scheduleSave']);
    h.actor.send({ type: 'page.hidden' });
    expect(h.calls.at(-1)).toBe('persist');
    h.actor.send({ type: 'save.idle' });
    expect(h.calls.filter((c) => c === 'persist')).toHaveLength(1);
    // A refused event changes nothing and saves nothing.
    h.actor.send({ type: 'play.step', event: { type: 'choice.select', choice: 'nope' } });
    expect(h.calls.filter((c) => c === 'persist')).toHaveLength(1);
  });

  it('an assessment is one attempt: once begun, the briefing offers only to continue', () => {
    const h = harness({ retry: false });
    h.actor.send({ ...start, assigned: 'fixture' });
    expect(h.screen()).toBe('briefing');
    h.actor.send({ type: 'play.begin' });
    h.actor.send({ type: 'menu.open' });
    h.actor.send({ type: 'scenario.pick', id: 'fixture' });
    expect(h.actor.getSnapshot().can({ type: 'play.begin' })).toBe(false);
    expect(h.actor.getSnapshot().can({ type: 'play.resume' })).toBe(true);
  });

  it('resumes the last open scenario; a broken save is said once and play starts afresh', () => {
    const h = harness({ saves: { fixture: '{"format":1,"broken' } });
    h.actor.send({ ...start, last: 'fixture' });
    expect(h.screen()).toBe('playing');
    expect(h.calls).toContain('problem:corrupt');
    expect(h.actor.getSnapshot().context.run?.context.log).toEqual([]);
  });

  it('inside an LMS: its own scenario only, no menu, no second run once graded', () => {
    let graded = false;
    const lms: FlowLms = { allowsScenario: (id) => id === 'fixture', allowsNewRun: () => !graded };
    const h = harness({ lms });
    h.actor.send({ ...start, assigned: 'fixture' });
    expect(h.screen()).toBe('briefing');
    expect(h.actor.getSnapshot().can({ type: 'menu.open' })).toBe(false);
    h.actor.send({ type: 'play.begin' });
    h.actor.send({ type: 'play.step', event: { type: 'node.continue' } });
    // Neither region takes the menu event, so a screen asking can() offers no menu link.
    expect(h.actor.getSnapshot().can({ type: 'menu.open' })).toBe(false);
    h.actor.send({ type: 'menu.open' });
    expect(h.screen()).toBe('playing');
    graded = true;
    h.actor.send({ type: 'play.debrief' });
    expect(h.screen()).toBe('debrief');
    expect(h.actor.getSnapshot().can({ type: 'play.begin' })).toBe(false);
    expect(h.actor.getSnapshot().can({ type: 'debrief.done' })).toBe(false);
  });

  it('inside an LMS, an attempt already graded opens at its result, or at a briefing with no start', () => {
    const lms: FlowLms = { allowsScenario: () => true, allowsNewRun: () => false };
    const done = harness({ lms });
    done.actor.send({ ...start, assigned: 'fixture', lmsRun: finishedRun() });
    expect(done.screen()).toBe('debrief');
    const none = harness({ lms, saves: { fixture: JSON.stringify(finishedRun().save()) } });
    none.actor.send({ ...start, assigned: 'fixture' });
    expect(none.screen()).toBe('briefing');
    expect(none.actor.getSnapshot().can({ type: 'play.begin' })).toBe(false);
  });

  it('warns about storage once', () => {
    const h = harness();
    h.actor.send(start);
    h.actor.send({ type: 'storage.failed' });
    h.actor.send({ type: 'storage.failed' });
    expect(h.calls.filter((c) => c === 'warnStorage')).toHaveLength(1);
  });
});
