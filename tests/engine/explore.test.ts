// Exploration with conditions: reachable nodes and endings, path counts, score ranges, dead ends,
// cycles, and a cross-check that every enumerated play runs identically through the machine.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { coveringPlays, enumeratePlays, explore } from '../../src/engine/explore';
import { startRun } from '../../src/engine/run';
import type { DecisionNode, Scenario } from '../../src/engine/types';
import { fixture } from './fixture';

describe('explore', () => {
  const c = compile(fixture());
  const x = explore(c);

  it('counts plays, lengths and endings with conditions evaluated', () => {
    // d1: 3 choices × check right/wrong × d2 available choices: law→{appeal,un}, media→{appeal,talk}, wait→{appeal}
    expect(x.paths).toBe(2 * (2 + 2 + 1));
    expect([...x.endings.keys()].sort()).toEqual(['end_hist', 'end_public', 'end_quiet']);
    expect(x.endings.get('end_public')?.paths).toBe(2);
    expect(x.shortest).toBe(6);
    expect(x.longest).toBe(6);
    expect(x.cyclic).toBe(false);
    expect(x.truncated).toBe(false);
    expect(x.deadEnds).toEqual([]);
  });

  it('gives the score range per ending', () => {
    expect(x.endings.get('end_hist')?.score).toEqual({
      min: { knowledge: 0, judgment: 1 },
      max: { knowledge: 1, judgment: 5 },
    });
  });

  it('finds an ending no play can reach once conditions count', () => {
    const s = fixture();
    ((s.nodes.d2 as DecisionNode).choices[2] as { when?: string }).when = 'leaked and legal > 90';
    const r = explore(compile(s));
    expect(r.reachable.has('end_quiet')).toBe(false);
    expect(r.endings.has('end_quiet')).toBe(false);
  });

  it('finds dead ends where every choice is unavailable', () => {
    const s: Scenario = fixture();
    for (const ch of (s.nodes.d2 as DecisionNode).choices) ch.when = 'legal > 95';
    const r = explore(compile(s));
    expect(r.deadEnds.map((d) => d.node)).toContain('d2');
  });

  it('reports cycles instead of looping', () => {
    const s = fixture();
    s.nodes.talks = { kind: 'narration', text: 'nodes.talks.text', next: 'd2' };
    const r = explore(compile(s));
    expect(r.cyclic).toBe(true);
    expect(r.paths).toBe(Infinity);
  });

  it('stops at maxStates and says so', () => {
    expect(explore(c, { maxStates: 3 }).truncated).toBe(true);
  });

  it('enumerates every play, and each one runs through the machine to the same ending', () => {
    const { plays, truncated } = enumeratePlays(c);
    expect(truncated).toBe(false);
    expect(plays).toHaveLength(x.paths);
    const endings = new Map<string, number>();
    for (const log of plays) {
      const run = startRun(c, 5);
      for (const { node, ...event } of log) {
        expect(run.node).toBe(node);
        expect(run.send(event as Parameters<typeof run.send>[0])).toBe(true);
      }
      expect(run.done).toBe(true);
      endings.set(run.node, (endings.get(run.node) ?? 0) + 1);
    }
    expect(Object.fromEntries(endings)).toEqual(
      Object.fromEntries([...x.endings].map(([id, e]) => [id, e.paths])),
    );
  });
});

describe('coveringPlays', () => {
  it('takes every reachable choice at least once, plus the sample, all complete', () => {
    const c = compile(fixture());
    const { plays, uncovered } = coveringPlays(c, { sample: 5, seed: 3 });
    expect(uncovered).toEqual([]);
    const taken = new Set(
      plays.flatMap((p) => p.flatMap((e) => (e.type === 'choice.select' ? [`${e.node}/${e.choice}`] : []))),
    );
    expect([...taken].sort()).toEqual(['d1/law', 'd1/media', 'd1/wait', 'd2/appeal', 'd2/talk', 'd2/un']);
    for (const log of plays) {
      const run = startRun(c, 1);
      for (const { node: _n, ...e } of log) expect(run.send(e as Parameters<typeof run.send>[0])).toBe(true);
      expect(run.done).toBe(true);
    }
  });

  it('names choices no play can take', () => {
    const s = fixture();
    ((s.nodes.d2 as DecisionNode).choices[1] as { when?: string }).when = 'legal > 99';
    const { uncovered } = coveringPlays(compile(s), { maxTries: 50 });
    // d2 is reachable, but no play ever makes 'un' available: it is reported, not silently skipped.
    expect(uncovered).toEqual(['d2/un']);
  });
});

describe('enumeratePlays with right answers only', () => {
  it('keeps every node path and drops the wrong-answer twins', () => {
    const c = compile(fixture());
    const all = enumeratePlays(c).plays;
    const right = enumeratePlays(c, { quiz: 'correct' }).plays;
    expect(right).toHaveLength(all.length / 2);
    const nodes = (p: { node: string }[]) => p.map((e) => e.node).join('>');
    expect(new Set(right.map(nodes))).toEqual(new Set(all.map(nodes)));
  });
});
