// Run.ahead(): the views one step ahead must be exactly what sending that event shows, and asking
// must not move the run (the game prepares these pages while the student reads).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { replay, startRun } from '../../src/engine/run';
import type { Scenario } from '../../src/engine/types';
import { shipped } from '../support/shipped';
import { fixture } from './fixture';

const SEED = 11;

/** Plays `pick`-th look-ahead at every step; at each node checks every look-ahead against a real step. */
function checkPlay(scenario: Scenario, pick: number): number {
  const c = compile(scenario);
  const run = startRun(c, SEED);
  let checked = 0;
  for (let guard = 0; !run.done && guard < 500; guard++) {
    const before = { view: run.view(), log: run.context.log.length, node: run.node };
    const ahead = run.ahead();
    expect(ahead.length, `nothing ahead at ${run.node}`).toBeGreaterThan(0);
    // Asking changed nothing.
    expect(run.view()).toEqual(before.view);
    expect(run.context.log.length).toBe(before.log);
    for (const a of ahead) {
      const copy = replay(c, SEED, run.context.log);
      if (!copy.ok) throw new Error(copy.error.kind);
      expect(copy.value.send(a.event), `${run.node}: ${JSON.stringify(a.event)}`).toBe(true);
      expect(a.view).toEqual(copy.value.view());
      copy.value.stop();
      checked++;
    }
    const chosen = ahead[pick % ahead.length];
    if (!chosen) throw new Error('no event');
    expect(run.send(chosen.event)).toBe(true);
  }
  expect(run.done).toBe(true);
  expect(run.ahead()).toEqual([]);
  return checked;
}

describe('run.ahead', () => {
  it('is, for every open event, the view that sending it shows (fixture, several paths)', () => {
    for (const pick of [0, 1, 2]) expect(checkPlay(fixture(), pick)).toBeGreaterThan(3);
  });

  it.each(['appeal', 'standoff'])('holds along plays of %s', (id) => {
    const s = shipped(id);
    for (const pick of [0, 1]) expect(checkPlay(s, pick)).toBeGreaterThan(20);
  });

  it('offers a right and a wrong answer at a check, and each grades as sent', () => {
    const run = startRun(compile(fixture()), SEED);
    for (let i = 0; i < 50 && !run.view().quiz; i++) {
      const [first] = run.ahead();
      if (!first) break;
      run.send(first.event);
    }
    const quiz = run.view().quiz;
    expect(quiz).toBeDefined();
    const answers = run.ahead().map((a) => a.event);
    expect(answers).toHaveLength(2);
    expect(answers.every((e) => e.type === 'quiz.answer' && e.item === quiz?.item)).toBe(true);
    const feedback = run.ahead().map((a) => a.view.feedback?.params?.correct);
    expect(feedback).toEqual([1, 0]);
  });
});
