// The engine never stores a number it cannot carry: an effect that makes NaN, or gains that add
// up to Infinity, are refused at the step with an error that names the variable or axis and node.
import { describe, expect, it } from 'vitest';
import { compile, NonFiniteError, startRun } from '../../src/engine';
import type { DecisionNode } from '../../src/engine/types';
import { fixture } from './fixture';

const toD1 = [{ type: 'node.continue' }, { type: 'node.continue' }] as const;

describe('non-finite numbers', () => {
  it('refuses an effect that makes NaN (an overflow times zero), keeping the state before it', () => {
    const s = fixture();
    const d1 = s.nodes.d1 as DecisionNode;
    (d1.choices[0] as { effects: string[] }).effects = [`legal = ${'9'.repeat(400)} * 0`];
    const run = startRun(compile(s), 1);
    for (const e of toD1) run.send(e);
    const before = run.context;
    expect(() => run.send({ type: 'choice.select', choice: 'law' })).toThrow(NonFiniteError);
    expect(() => run.send({ type: 'choice.select', choice: 'law' })).toThrow(
      /variable 'legal' would become NaN at node 'd1'/,
    );
    expect(run.context).toBe(before);
    expect(run.node).toBe('d1');
  });

  it('refuses finite gains that add up to Infinity', () => {
    const s = fixture();
    for (const [id, at] of [
      ['d1', 0],
      ['d2', 0],
    ] as const) {
      const d = s.nodes[id] as DecisionNode;
      (d.choices[at] as { score: Record<string, number> }).score = { judgment: Number.MAX_VALUE };
    }
    const run = startRun(compile(s), 1);
    for (const e of toD1) run.send(e);
    expect(run.send({ type: 'choice.select', choice: 'law' })).toBe(true);
    run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } });
    expect(run.node).toBe('d2');
    expect(() => run.send({ type: 'choice.select', choice: 'appeal' })).toThrow(
      /score on axis 'judgment' would become Infinity/,
    );
    expect(Object.values(run.context.score).every(Number.isFinite)).toBe(true);
  });

  it("refuses a node's entry effect that makes NaN, at the node entered, keeping the state before it", () => {
    const s = fixture();
    // q1 is entered from d1 by every choice; its own effect (not the choice's) makes the NaN.
    (s.nodes.q1 as { effects: string[] }).effects = [`press = ${'9'.repeat(400)} * 0`];
    const run = startRun(compile(s), 1);
    for (const e of toD1) run.send(e);
    const before = run.context;
    expect(() => run.send({ type: 'choice.select', choice: 'law' })).toThrow(
      /variable 'press' would become NaN at node 'q1'/,
    );
    expect(run.context).toBe(before);
    expect(run.node).toBe('d1');
  });

  it('accepts the same steps with finite values', () => {
    const run = startRun(compile(fixture()), 1);
    for (const e of toD1) run.send(e);
    expect(run.send({ type: 'choice.select', choice: 'law' })).toBe(true);
  });
});
