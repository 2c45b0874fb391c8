// Walking the play tree through the machine: same plays as the explorer, no disagreement.
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { explore } from '../../src/engine/explore';
import type { DecisionNode } from '../../src/engine/types';
import { walkPlays } from '../../src/engine/walk';
import { fixture } from './fixture';

describe('walkPlays', () => {
  it('visits every play the explorer counts, ending where it says', () => {
    const c = compile(fixture());
    const endings = new Map<string, number>();
    const r = walkPlays(c, { play: (_log, end) => endings.set(end, (endings.get(end) ?? 0) + 1) });
    expect(r.mismatches).toEqual([]);
    expect(r.plays).toBe(explore(c).paths);
    expect(Object.fromEntries(endings)).toEqual(
      Object.fromEntries([...explore(c).endings].map(([id, e]) => [id, e.paths])),
    );
  });

  it('shares prefixes: fewer machine steps than the plays have in total', () => {
    const c = compile(fixture());
    let total = 0;
    const r = walkPlays(c, { play: (log) => (total += log.length) });
    expect(r.steps).toBeLessThan(total);
  });

  it('answers right only when asked', () => {
    const c = compile(fixture());
    expect(walkPlays(c, {}, { quiz: 'correct' }).plays).toBe(explore(c).paths / 2);
  });

  it('reports where the machine and the rules disagree', () => {
    const c = compile(fixture());
    // Make the rules think 'law' leads elsewhere than the machine does.
    const d1 = c.nodes.get('d1');
    const law = d1?.choices.find((ch) => ch.choice.id === 'law');
    if (law) law.choice = { ...law.choice, to: 'd2' };
    expect((c.scenario.nodes.d1 as DecisionNode).choices[0]?.to).toBe('q1');
    expect(walkPlays(c).mismatches[0]).toMatch(/^d1 --choice.select--> machine 'q1', rules 'd2'/);
  });
});
