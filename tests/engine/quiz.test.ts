// Quiz items of all four types: validity, grading, seeded shuffles.
import { describe, expect, it } from 'vitest';
import {
  correctAnswer,
  isCorrect,
  isValidAnswer,
  shuffledOptionIds,
  wrongAnswer,
} from '../../src/engine/quiz';
import type { QuizAnswer, QuizItem } from '../../src/engine/types';
import { fixture } from './fixture';

const items = new Map(fixture().quiz.map((q) => [q.id, q]));
const item = (id: string) => items.get(id) as QuizItem;

describe('quiz', () => {
  it.each<[string, QuizAnswer, boolean, boolean]>([
    ['date', { type: 'single', option: 'b' }, true, true],
    ['date', { type: 'single', option: 'a' }, true, false],
    ['date', { type: 'single', option: 'zz' }, false, false],
    ['multi', { type: 'multiple', options: ['r', 'p'] }, true, true],
    ['multi', { type: 'multiple', options: ['p'] }, true, false],
    ['multi', { type: 'multiple', options: ['p', 'p'] }, false, false],
    ['tf', { type: 'truefalse', value: true }, true, true],
    ['tf', { type: 'truefalse', value: false }, true, false],
    ['order', { type: 'order', options: ['x', 'y', 'z'] }, true, true],
    ['order', { type: 'order', options: ['y', 'x', 'z'] }, true, false],
    ['order', { type: 'order', options: ['x', 'y'] }, false, false],
    ['order', { type: 'single', option: 'x' }, false, false],
  ])('%s: %j is valid=%s correct=%s', (id, answer, valid, correct) => {
    expect(isValidAnswer(item(id), answer)).toBe(valid);
    if (valid) expect(isCorrect(item(id), answer)).toBe(correct);
  });

  it.each(['date', 'multi', 'tf', 'order'])(
    '%s: the canonical right answer is right, the wrong one wrong',
    (id) => {
      expect(isCorrect(item(id), correctAnswer(item(id)))).toBe(true);
      expect(isValidAnswer(item(id), wrongAnswer(item(id)))).toBe(true);
      expect(isCorrect(item(id), wrongAnswer(item(id)))).toBe(false);
    },
  );

  it('shuffles with the seed: same seed same order, and some seeds differ', () => {
    const q = item('date');
    expect(shuffledOptionIds(q, 42)).toEqual(shuffledOptionIds(q, 42));
    const orders = new Set(Array.from({ length: 50 }, (_, s) => shuffledOptionIds(q, s).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect([...shuffledOptionIds(q, 3)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('never shows an order question already solved', () => {
    for (let seed = 0; seed < 200; seed++)
      expect(shuffledOptionIds(item('order'), seed)).not.toEqual(['x', 'y', 'z']);
  });
});
