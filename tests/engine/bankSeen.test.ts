// The debrief's practice bank marks items whose content the student's path did not show: an item
// counts as shown if it was asked at a check or a node in its `taughtAt` was passed.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { debriefView } from '../../src/engine/debrief';
import { startRun } from '../../src/engine/run';
import { validate } from '../../src/engine/validate';
import { fixture } from './fixture';

function scenario() {
  const s = fixture();
  for (const q of s.quiz) {
    if (q.id === 'tf') q.taughtAt = ['talks'];
    if (q.id === 'multi') q.taughtAt = ['verdict'];
  }
  return s;
}

/** Plays intro → d1 (media) → q1 → d2 (talk) → talks → end_quiet. */
function playQuiet() {
  const run = startRun(compile(scenario()), 1);
  for (const e of [
    { type: 'node.continue' },
    { type: 'node.continue' },
    { type: 'choice.select', choice: 'media' },
    { type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } },
    { type: 'choice.select', choice: 'talk' },
    { type: 'node.continue' },
  ] as const)
    expect(run.send(e)).toBe(true);
  return run;
}

describe('practice bank: content not on the path', () => {
  it('marks asked and taught items as seen, the others as not shown', () => {
    const run = playQuiet();
    expect(run.node).toBe('end_quiet');
    const seen = Object.fromEntries(debriefView(compile(scenario()), run).quiz.map((q) => [q.item, q.seen]));
    // date: asked at q1; tf: taught at `talks`, which was passed; multi: taught at `verdict`, not
    // passed; order: no taughtAt and never asked.
    expect(seen).toEqual({ date: true, order: false, tf: true, multi: false });
  });

  it('refuses a taughtAt that names no node, with the place and a suggestion', () => {
    const s = scenario();
    const multi = s.quiz.find((q) => q.id === 'multi');
    if (multi) multi.taughtAt = ['verdikt'];
    const bad = validate(s).filter((d) => d.code === 'ref.unknownNode');
    expect(bad.map((d) => d.path.join('.'))).toEqual(['quiz.3.taughtAt.0']);
    expect(bad[0]?.message).toContain("'verdict'");
  });
});
