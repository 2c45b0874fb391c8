// The debrief: student path vs the historical path, decisions with what really happened.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { debriefView, historicalPlay } from '../../src/engine/debrief';
import { replay, startRun } from '../../src/engine/run';
import { fixture } from './fixture';

const c = compile(fixture());

describe('debrief', () => {
  it('walks the historical path to the historical ending', () => {
    const h = historicalPlay(c);
    expect(h.path).toEqual(['intro', 'read', 'd1', 'q1', 'd2', 'verdict', 'end_hist']);
    const run = replay(c, 1, h.log);
    expect(run.ok && run.value.node).toBe('end_hist');
  });

  it('puts the student choice beside the historical one, with score maxima', () => {
    const run = startRun(c, 1);
    for (const e of [
      { type: 'node.continue' },
      { type: 'node.continue' },
      { type: 'choice.select', choice: 'media' },
      { type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } },
      { type: 'choice.select', choice: 'talk' },
      { type: 'node.continue' },
    ] as const)
      expect(run.send(e)).toBe(true);
    const d = debriefView(c, run);
    expect(d.ending).toMatchObject({ node: 'end_quiet', outcome: 'hypothetical' });
    expect(d.decisions.map((x) => [x.node, x.chosen?.id, x.historical?.id])).toEqual([
      ['d1', 'media', 'law'],
      ['d2', 'talk', 'appeal'],
    ]);
    expect(d.score).toEqual([
      { axis: 'knowledge', label: { key: 'axes.knowledge.label', ns: 'fixture' }, value: 1, max: 1 },
      { axis: 'judgment', label: { key: 'axes.judgment.label', ns: 'fixture' }, value: 1, max: 5 },
    ]);
    expect(d.timeline[0]).toMatchObject({ node: 'd1', visited: true });
    expect(d.quiz).toHaveLength(4);
    expect(d.historicalPath.at(-1)).toBe('end_hist');
  });
});
