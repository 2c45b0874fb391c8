// The class view from verified rows: per question the share right and the most chosen wrong
// answer, the endings reached and the average per axis; unverified rows and other scenarios
// never count.
import { describe, expect, it } from 'vitest';
import { compile, startRun } from '../../src/engine';
import { resultFromRun } from '../../src/platform/resultFile';
import { answerLabels, classSummary } from '../../src/teacher/classView';
import { verifyResult } from '../../src/teacher/verify';
import { fixture } from '../engine/fixture';
import { fixtureCompiled } from '../support/runs';

const shipped = new Map([['fixture', fixtureCompiled]]);
const meta = { mode: 'assessment' as const, classLabel: '', name: 'x', startedAt: 0, finishedAt: 1000 };

/** The fixture's one-question path, answering `date` with `option` ('b' is right). */
function played(option: string, seed = 1) {
  const run = startRun(fixtureCompiled, seed);
  run.send({ type: 'node.continue' });
  run.send({ type: 'node.continue' });
  run.send({ type: 'choice.select', choice: 'media' });
  run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option } });
  run.send({ type: 'choice.select', choice: 'talk' });
  run.send({ type: 'node.continue' });
  return verifyResult(resultFromRun(run, meta), shipped);
}

describe('classSummary', () => {
  it('counts the share right and the most chosen wrong answer per question', () => {
    const results = [played('b'), played('c', 2), played('a', 3), played('c', 4)];
    expect(results.every((r) => r.verified)).toBe(true);
    const s = classSummary(fixtureCompiled, results);
    expect(s.students).toBe(4);
    expect(s.questions).toEqual([
      {
        item: 'date',
        prompt: 'quiz.date.prompt',
        asked: 4,
        right: 1,
        topWrong: { answer: { type: 'single', option: 'c' }, count: 2 },
      },
    ]);
    const topWrong = s.questions[0]?.topWrong?.answer;
    expect(topWrong && answerLabels(fixtureCompiled, 'date', topWrong)).toEqual([
      { key: 'quiz.date.options.c' },
    ]);
  });

  it('lists the endings reached and the mean per axis, from verified rows of this scenario only', () => {
    const right = played('b');
    const wrong = played('a', 2);
    // A claim the decisions do not reach: not verified, so it must not move any figure.
    const forged = verifyResult(
      { ...right.data, claim: { ending: right.ending ?? '', score: { knowledge: 99 } } },
      shipped,
    );
    expect(forged.verified).toBe(false);
    const other = compile({ ...fixture(), id: 'other' });
    const s = classSummary(fixtureCompiled, [right, wrong, forged]);
    expect(s.students).toBe(2);
    expect(s.endings).toEqual([{ ending: right.ending, count: 2 }]);
    for (const { axis, mean } of s.averages)
      expect(mean).toBeCloseTo(((right.score?.[axis] ?? 0) + (wrong.score?.[axis] ?? 0)) / 2, 6);
    expect(s.averages.some((a) => a.mean > 0)).toBe(true);
    expect(classSummary(other, [right, wrong]).students).toBe(0);
  });
});
