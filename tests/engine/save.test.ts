// Saves: a run restores exactly where it stopped; bad saves yield typed errors, never throws.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { MAX_SAVE_CHARS, MAX_SAVE_EVENTS, replay, restoreRun, startRun } from '../../src/engine/run';
import type { Scenario } from '../../src/engine/types';
import { fixture } from './fixture';

const c = compile(fixture());

function midRun() {
  const run = startRun(c, 99);
  run.send({ type: 'node.continue' });
  run.send({ type: 'node.continue' });
  run.send({ type: 'choice.select', choice: 'media' });
  return run;
}

describe('save and restore', () => {
  it('restores node, variables, score, seed and view exactly, and play continues', () => {
    const run = midRun();
    const restored = restoreRun(c, JSON.parse(JSON.stringify(run.save())));
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value.node).toBe(run.node);
    expect(restored.value.context).toEqual(run.context);
    expect(restored.value.view()).toEqual(run.view());
    expect(
      restored.value.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } }),
    ).toBe(true);
  });

  it('accepts the save as a JSON string', () => {
    expect(restoreRun(c, JSON.stringify(midRun().save())).ok).toBe(true);
  });

  const good = () => midRun().save() as unknown as Record<string, unknown>;
  it.each<[string, unknown, string]>([
    ['not JSON', '{"format":1,', 'corrupt'],
    ['null', null, 'corrupt'],
    ['an array', [], 'corrupt'],
    ['a future format', { ...good(), format: 2 }, 'format'],
    ['another scenario', { ...good(), scenario: 'other' }, 'otherScenario'],
    ['an older content version', { ...good(), contentVersion: 2 }, 'contentVersion'],
    ['a bad seed', { ...good(), seed: -1 }, 'corrupt'],
    ['a log that is not a list', { ...good(), log: {} }, 'corrupt'],
    ['a malformed log entry', { ...good(), log: [{ type: 'choice.select', node: 'd1' }] }, 'corrupt'],
    [
      'an event that does not apply',
      { ...good(), log: [{ type: 'choice.select', choice: 'law', node: 'intro' }] },
      'replay',
    ],
    ['a log on the wrong node', { ...good(), log: [{ type: 'node.continue', node: 'd1' }] }, 'replay'],
  ])('rejects %s with kind %s', (_, save, kind) => {
    const r = restoreRun(c, save);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe(kind);
  });

  it('replays a finished log to the same ending and score', () => {
    const run = midRun();
    run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } });
    run.send({ type: 'choice.select', choice: 'talk' });
    run.send({ type: 'node.continue' });
    expect(run.done).toBe(true);
    const again = replay(c, run.context.seed, run.context.log);
    if (!again.ok) throw new Error('replay failed');
    expect(again.value.node).toBe(run.node);
    expect(again.value.context.score).toEqual(run.context.score);
    expect(again.value.done).toBe(true);
  });
});

describe('hostile saves are bounded before they are parsed or replayed', () => {
  // A loop (intro → read → intro …) makes a log of any length valid: only the bound refuses it.
  const looped = (): Scenario => {
    const s = fixture();
    s.nodes.read = { kind: 'document', document: 'ruling', next: 'intro' };
    return s;
  };
  const loop = compile(looped());
  const walk = (steps: number) =>
    Array.from({ length: steps }, (_, i) => ({
      type: 'node.continue' as const,
      node: i % 2 ? 'read' : 'intro',
    }));
  const save = (log: unknown[]) => ({ format: 1, scenario: 'fixture', contentVersion: 3, seed: 1, log });

  it('replays a loop walked up to the limit', () => {
    const r = restoreRun(loop, save(walk(MAX_SAVE_EVENTS)));
    expect(r.ok && r.value.node).toBe('intro');
  });

  it('refuses a log one step past the limit, naming the limit', () => {
    const r = restoreRun(loop, save(walk(MAX_SAVE_EVENTS + 1)));
    expect(r).toEqual({
      ok: false,
      error: {
        kind: 'corrupt',
        detail: `event log of ${MAX_SAVE_EVENTS + 1} steps, more than a save can hold (${MAX_SAVE_EVENTS})`,
      },
    });
  });

  it('refuses save text past MAX_SAVE_CHARS without parsing it', () => {
    const text = JSON.stringify({ ...midRun().save(), note: 'x'.repeat(MAX_SAVE_CHARS) });
    const r = restoreRun(c, text);
    expect(r.ok ? 'ok' : r.error).toEqual({
      kind: 'corrupt',
      detail: `${text.length} characters, more than a save can hold (${MAX_SAVE_CHARS})`,
    });
  });
});
