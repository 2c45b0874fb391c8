// heaviestPlays finds the k heaviest plays over the state graph: checked against enumerating
// every play of small scenarios (with every reason), where both can be counted.
import { describe, expect, it } from 'vitest';
import { compile, enumeratePlays, heaviestPlays, type LogEntry } from '../../src/engine';
import { fixture } from './fixture';

const c = compile(fixture());
const size = (e: LogEntry) => JSON.stringify(e).length;
const total = (p: LogEntry[], w: (e: LogEntry) => number) => p.reduce((s, e) => s + w(e), 0);

describe('heaviestPlays', () => {
  const all = enumeratePlays(c, { reasons: 'all', limit: 100_000 });

  it('with k at least the number of plays, returns every play, heaviest first', () => {
    expect(all.truncated).toBe(false);
    const { plays } = heaviestPlays(c, all.plays.length + 5, size);
    expect(plays.length).toBe(all.plays.length);
    const key = (p: LogEntry[]) => JSON.stringify(p);
    expect(new Set(plays.map(key))).toEqual(new Set(all.plays.map(key)));
    const weights = plays.map((p) => total(p, size));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('the top k by steps and by size match the enumeration', () => {
    for (const w of [size, () => 1]) {
      const want = all.plays
        .map((p) => total(p, w))
        .sort((a, b) => b - a)
        .slice(0, 3);
      expect(heaviestPlays(c, 3, w).plays.map((p) => total(p, w))).toEqual(want);
    }
  });
});
