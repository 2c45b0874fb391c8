// Quiz logic: grading answers for the four item types, the shuffled order a player sees, and
// the canonical right and wrong answers the explorer and tests use.

import { hashString, shuffled } from './rng';
import type { QuizAnswer, QuizItem } from './types';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x)) && new Set(a).size === a.length;

/** Whether `answer` is well-formed for `item` (right type, known options, no repeats). */
export function isValidAnswer(item: QuizItem, answer: QuizAnswer): boolean {
  if (answer.type !== item.type) return false;
  const ids = item.type === 'truefalse' ? [] : item.options.map((o) => o.id);
  switch (answer.type) {
    case 'truefalse':
      return typeof answer.value === 'boolean';
    case 'single':
      return ids.includes(answer.option);
    case 'multiple':
      return (
        answer.options.every((o) => ids.includes(o)) && new Set(answer.options).size === answer.options.length
      );
    case 'order':
      return sameSet(answer.options, ids);
  }
}

/** Grades a well-formed answer. */
export function isCorrect(item: QuizItem, answer: QuizAnswer): boolean {
  switch (item.type) {
    case 'single':
      return answer.type === 'single' && answer.option === item.correct;
    case 'multiple':
      return answer.type === 'multiple' && sameSet(answer.options, item.correct);
    case 'truefalse':
      return answer.type === 'truefalse' && answer.value === item.correct;
    case 'order':
      return answer.type === 'order' && answer.options.every((id, i) => item.options[i]?.id === id);
  }
}

/** The option order shown for `item` in a run with `seed`. */
export function shuffledOptionIds(item: QuizItem, seed: number): string[] {
  if (item.type === 'truefalse') return [];
  const ids = item.options.map((o) => o.id);
  const order = shuffled(ids, hashString(item.id, seed));
  // An order question must never be shown already solved.
  if (item.type === 'order' && order.every((id, i) => id === ids[i]) && ids.length > 1) {
    order.push(order.shift() as string);
  }
  return order;
}

export function correctAnswer(item: QuizItem): QuizAnswer {
  switch (item.type) {
    case 'single':
      return { type: 'single', option: item.correct };
    case 'multiple':
      return { type: 'multiple', options: [...item.correct] };
    case 'truefalse':
      return { type: 'truefalse', value: item.correct };
    case 'order':
      return { type: 'order', options: item.options.map((o) => o.id) };
  }
}

/** A well-formed answer that is wrong (used to explore both outcomes of a check). */
export function wrongAnswer(item: QuizItem): QuizAnswer {
  switch (item.type) {
    case 'single': {
      const other = item.options.find((o) => o.id !== item.correct);
      return { type: 'single', option: other?.id ?? item.correct };
    }
    case 'multiple': {
      const first = item.options[0]?.id ?? '';
      const pick = sameSet([first], item.correct) ? item.options.map((o) => o.id) : [first];
      return { type: 'multiple', options: pick };
    }
    case 'truefalse':
      return { type: 'truefalse', value: !item.correct };
    case 'order':
      return { type: 'order', options: item.options.map((o) => o.id).reverse() };
  }
}
