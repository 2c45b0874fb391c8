// Each meter change after a choice carries the why of the choice that made it; a change no choice
// explains (a scene's own effect, an older scenario with no whys) comes without one.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { startRun } from '../../src/engine/run';
import type { DecisionNode, Scenario } from '../../src/engine/types';
import { meterChanges } from '../../src/engine/view';
import { fixture } from './fixture';

const NS = 'fixture';

describe('why each meter moved', () => {
  it("gives each change the choice's why for that meter, in declaration order", () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'media' });
    // media moves press (+50, with its why); q1's own entry effect adds 5 to the same meter.
    expect(meterChanges(run.view())).toEqual([
      {
        id: 'press',
        label: { key: 'vars.press.label', ns: NS },
        delta: 55,
        why: { key: 'w.media.press', ns: NS },
      },
    ]);
  });

  it('a meter moved only by the scene entered, not by the choice, has no why', () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    const changes = meterChanges(run.view());
    expect(changes.map((m) => [m.id, m.delta, m.why?.key])).toEqual([
      ['legal', 30, 'w.law.legal'],
      ['press', 5, undefined],
    ]);
    expect(changes[1]).not.toHaveProperty('why');
  });

  it('a scenario without whys shows the changes as before', () => {
    const s = fixture();
    for (const ch of (s.nodes.d1 as DecisionNode).choices) delete ch.why;
    const run = startRun(compile(s), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    expect(meterChanges(run.view())).toEqual([
      { id: 'legal', label: { key: 'vars.legal.label', ns: NS }, delta: 30 },
      { id: 'press', label: { key: 'vars.press.label', ns: NS }, delta: 5 },
    ]);
  });

  it('an unchanged meter carries no why, even when the choice names one', () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    expect(run.view().meters.find((m) => m.id === 'legal')?.why?.key).toBe('w.law.legal');
    // Answering the check moves nothing: the next view's meters say why nothing.
    run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } });
    expect(run.view().meters.every((m) => m.delta === 0 && m.why === undefined)).toBe(true);
  });

  it('after a reason prompt, the change carries the why of the choice the reason was given for', () => {
    const s: Scenario = fixture();
    const d1 = s.nodes.d1 as DecisionNode;
    const reason = (id: string) => ({ id, label: `r.${id}`, feedback: `rf.${id}` });
    d1.reasons = { prompt: 'r.prompt', options: ['a', 'b', 'c'].map(reason) };
    const run = startRun(compile(s), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'wait' });
    expect(run.view().kind).toBe('reason');
    expect(meterChanges(run.view())).toEqual([]);
    run.send({ type: 'reason.select', reason: 'b' });
    expect(meterChanges(run.view()).map((m) => [m.id, m.why?.key])).toEqual([
      ['legal', 'w.wait.legal'],
      ['press', undefined],
    ]);
  });

  it("the steps one ahead carry the same whys as the step taken (prepared pages don't lose them)", () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    const ahead = run.ahead().find((a) => a.event.type === 'choice.select' && a.event.choice === 'law');
    expect(ahead && meterChanges(ahead.view).map((m) => m.why?.key)).toEqual(['w.law.legal', undefined]);
  });
});
