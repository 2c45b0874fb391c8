// The class view as data, from verified rows only: per question the share right and the most
// chosen wrong answer, the endings reached, and the average per scoring axis. Pure.

import type { CompiledScenario, QuizAnswer } from '../engine';
import type { VerifiedResult } from './verify';

export interface QuestionStat {
  item: string;
  /** The item's prompt key in the scenario's namespace. */
  prompt: string;
  asked: number;
  right: number;
  /** The wrong answer given most often, and how many gave it. */
  topWrong?: { answer: QuizAnswer; count: number };
}

export interface ClassSummary {
  students: number;
  questions: QuestionStat[];
  endings: { ending: string; count: number }[];
  averages: { axis: string; mean: number }[];
}

const answerKey = (a: QuizAnswer) => JSON.stringify(a);

export function classSummary(c: CompiledScenario, results: readonly VerifiedResult[]): ClassSummary {
  const mine = results.filter((r) => r.verified && r.data.scenario === c.scenario.id);
  const questions: QuestionStat[] = [];
  for (const item of c.scenario.quiz) {
    const given = mine.flatMap((r) => {
      const a = r.answers?.[item.id];
      return a ? [a] : [];
    });
    if (!given.length) continue;
    const wrong = new Map<string, { answer: QuizAnswer; count: number }>();
    for (const g of given) {
      if (g.correct) continue;
      const k = answerKey(g.answer);
      const w = wrong.get(k) ?? { answer: g.answer, count: 0 };
      w.count++;
      wrong.set(k, w);
    }
    const topWrong = [...wrong.values()].sort((a, b) => b.count - a.count)[0];
    questions.push({
      item: item.id,
      prompt: item.prompt,
      asked: given.length,
      right: given.filter((g) => g.correct).length,
      ...(topWrong ? { topWrong } : {}),
    });
  }
  const endings = new Map<string, number>();
  for (const r of mine) if (r.ending) endings.set(r.ending, (endings.get(r.ending) ?? 0) + 1);
  const averages = Object.keys(c.scenario.axes).map((axis) => ({
    axis,
    mean: mine.length ? mine.reduce((s, r) => s + (r.score?.[axis] ?? 0), 0) / mine.length : 0,
  }));
  return {
    students: mine.length,
    questions,
    endings: [...endings].map(([ending, count]) => ({ ending, count })).sort((a, b) => b.count - a.count),
    averages,
  };
}

/** The text keys (or literal values) that show an answer: option labels, or true/false. */
export function answerLabels(
  c: CompiledScenario,
  item: string,
  a: QuizAnswer,
): { key?: string; value?: boolean }[] {
  const q = c.scenario.quiz.find((x) => x.id === item);
  if (a.type === 'truefalse') return [{ value: a.value }];
  const options = q && 'options' in q ? q.options : [];
  const ids = a.type === 'single' ? [a.option] : a.options;
  return ids.map((id) => ({ key: options.find((o) => o.id === id)?.label ?? id }));
}
