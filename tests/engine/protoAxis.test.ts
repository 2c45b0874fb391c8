// An axis named `__proto__` (the schema's id pattern refuses it, but the engine API takes any
// compiled scenario) keeps its figures in every engine result keyed by axis: exploration's
// per-ending score ranges and the score maxima. Seen failing with explore.ts's per-ending
// ranges built as plain `{}` (an assignment to `__proto__` there sets the prototype instead),
// and with its gain read as `gain[axis] ?? 0` (a step with no gain then adds Object.prototype).
import { describe, expect, it } from 'vitest';
import { compile, explore, scoreMaxima, startRun } from '../../src/engine';
import type { Scenario } from '../../src/engine/types';
import { fixture } from './fixture';

/** The fixture with its `judgment` axis renamed to `__proto__` everywhere, as own keys. */
function renamed(): Scenario {
  const s = fixture();
  const rename = <T>(o: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k === 'judgment' ? '__proto__' : k, v]));
  s.axes = rename(s.axes) as Scenario['axes'];
  for (const n of Object.values(s.nodes)) {
    if (n.kind !== 'decision') continue;
    for (const ch of n.choices) if (ch.score) ch.score = rename(ch.score);
  }
  return s;
}

const PROTO = '__proto__';

describe('an axis named __proto__', () => {
  const original = compile(fixture());
  const proto = compile(renamed());

  it('keeps its per-ending score range in the exploration', () => {
    const want = explore(original).endings;
    const got = explore(proto).endings;
    expect([...got.keys()]).toEqual([...want.keys()]);
    for (const [id, e] of got) {
      const w = want.get(id);
      expect(Object.hasOwn(e.score.min, '__proto__'), id).toBe(true);
      expect(Object.hasOwn(e.score.max, '__proto__'), id).toBe(true);
      expect([e.score.min[PROTO], e.score.max[PROTO]]).toEqual([
        w?.score.min.judgment,
        w?.score.max.judgment,
      ]);
    }
  });

  it('keeps its maximum and its running score', () => {
    expect(Object.hasOwn(scoreMaxima(proto), '__proto__')).toBe(true);
    expect(scoreMaxima(proto)[PROTO]).toBe(scoreMaxima(original).judgment);
    expect(Object.hasOwn(startRun(proto, 1).context.score, '__proto__')).toBe(true);
  });
});
