// The running engine: views as keys, choices with conditions and effects, checks, branches.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { startRun } from '../../src/engine/run';
import { fixture } from './fixture';

const answer = (option: string) =>
  ({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option } }) as const;

function toD2(choice: string) {
  const run = startRun(compile(fixture()), 7);
  run.send({ type: 'node.continue' });
  run.send({ type: 'node.continue' });
  run.send({ type: 'choice.select', choice });
  run.send(answer('b'));
  return run;
}

describe('run', () => {
  it('starts at the start node with keys, place, date and sources, never strings', () => {
    const v = startRun(compile(fixture()), 1).view();
    expect(v).toMatchObject({
      node: 'intro',
      kind: 'narration',
      text: { key: 'nodes.intro.text', ns: 'fixture' },
      place: { id: 'minsk', name: { key: 'places.minsk.name', ns: 'fixture' }, lat: 53.9 },
      date: '2017-01-20',
      done: false,
    });
    expect(v.sources.map((s) => s.id)).toEqual(['s1']);
    expect(v.meters.map((m) => [m.id, m.value, m.delta])).toEqual([
      ['legal', 40, 0],
      ['press', 10, 0],
    ]);
  });

  it('shows a document node with its issuer and sources', () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    const v = run.view();
    expect(v.kind).toBe('document');
    expect(v.documents[0]).toMatchObject({
      id: 'ruling',
      issuer: { id: 'court' },
      title: { key: 'docs.ruling.title' },
    });
  });

  it.each([
    ['law', { legal: 70, press: 15, leaked: false }, { judgment: 2, knowledge: 1 }],
    ['media', { legal: 40, press: 65, leaked: true }, { judgment: 1, knowledge: 1 }],
    ['wait', { legal: 0, press: 15, leaked: false }, { judgment: 0, knowledge: 1 }],
  ])('choice %s applies effects (clamped), entry effects and score', (choice, vars, score) => {
    const run = toD2(choice);
    expect(run.node).toBe('d2');
    expect(run.context.vars).toEqual(vars);
    expect(run.context.score).toEqual(score);
  });

  it('reports meter deltas of the last step and the feedback that led here', () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'media' });
    const v = run.view();
    expect(v.meters.find((m) => m.id === 'press')?.delta).toBe(55);
    expect(v.feedback).toMatchObject({ key: 'f.media' });
  });

  it('marks unavailable choices with the reason and refuses them', () => {
    const run = toD2('wait');
    // Shown in the run's own order (shuffle.test.ts); compared here by id.
    const choices = [...run.view().choices].sort((a, b) => a.id.localeCompare(b.id));
    expect(choices.map((c) => [c.id, c.available])).toEqual([
      ['appeal', true],
      ['talk', false],
      ['un', false],
    ]);
    expect(choices.find((c) => c.id === 'un')?.reason).toEqual({ key: 'u.un', ns: 'fixture' });
    expect(run.send({ type: 'choice.select', choice: 'un' })).toBe(false);
    expect(run.node).toBe('d2');
  });

  it('refuses events that do not belong to the current node', () => {
    const run = startRun(compile(fixture()), 1);
    expect(run.send({ type: 'choice.select', choice: 'law' })).toBe(false);
    expect(run.send(answer('b'))).toBe(false);
    expect(run.context.log).toEqual([]);
  });

  it('refuses malformed quiz answers and grades good ones', () => {
    const run = startRun(compile(fixture()), 1);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    expect(run.send(answer('nope'))).toBe(false);
    expect(run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'truefalse', value: true } })).toBe(
      false,
    );
    expect(run.send(answer('a'))).toBe(true);
    expect(run.context.answers.date?.correct).toBe(false);
    expect(run.view().feedback).toMatchObject({ key: 'quiz.date.explanation', params: { correct: 0 } });
  });

  it.each([
    ['appeal', 'law', 'end_hist', 'historical'],
    ['appeal', 'media', 'end_public', 'hypothetical'],
    ['talk', 'media', 'end_quiet', 'hypothetical'],
    ['un', 'law', 'end_hist', 'historical'],
  ])('%s after %s ends at %s', (second, first, ending, outcome) => {
    const run = toD2(first);
    expect(run.send({ type: 'choice.select', choice: second })).toBe(true);
    while (!run.done && run.send({ type: 'node.continue' }));
    expect(run.node).toBe(ending);
    expect(run.done).toBe(true);
    expect(run.view()).toMatchObject({ kind: 'ending', outcome, done: true });
  });

  it('estimates progress from the steps taken and the fewest steps left', () => {
    const run = startRun(compile(fixture()), 1);
    expect(run.view().progress).toEqual({ step: 0, estimate: 6 });
    run.send({ type: 'node.continue' });
    expect(run.view().progress).toEqual({ step: 1, estimate: 6 });
  });
});
