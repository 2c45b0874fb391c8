// compile(): the progress table (fewest steps to an ending) against a plain reference, and one
// XState transition per distinct story edge with the engine's "first branch that holds" rule.

import { describe, expect, it } from 'vitest';
import { benchScenario } from '../../src/dev/benchScenario';
import { type CompiledScenario, compile } from '../../src/engine/compile';
import type { Scenario } from '../../src/engine/types';
import { shipped } from '../support/shipped';
import { fixture } from './fixture';

/** Reference: relax every edge until nothing changes (slow, obviously right). */
function reference(c: CompiledScenario): Map<string, number> {
  const d = new Map<string, number>();
  for (const n of c.nodes.values()) if (n.node.kind === 'ending') d.set(n.id, 0);
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of c.nodes.values()) {
      const targets = [...n.branches.map((b) => b.to), ...n.choices.map((ch) => ch.choice.to)];
      for (const t of targets) {
        const via = d.get(t);
        if (via !== undefined && via + 1 < (d.get(n.id) ?? Number.POSITIVE_INFINITY)) {
          d.set(n.id, via + 1);
          changed = true;
        }
      }
    }
  }
  return d;
}

describe('compile', () => {
  const cases: [string, Scenario][] = [
    ['fixture', fixture()],
    ['appeal', shipped('appeal')],
    ['standoff', shipped('standoff')],
    ['bench-400', benchScenario(400)],
  ];
  it.each(cases)('%s: fewest steps to an ending match the reference for every node', (_, s) => {
    const c = compile(s);
    const want = reference(c);
    const got = [...c.nodes.values()].filter((n) => n.remaining >= 0);
    expect(got.length).toBe(want.size);
    for (const n of got) expect([n.id, n.remaining]).toEqual([n.id, want.get(n.id)]);
  });

  it('gives XState one transition per distinct target, not one per choice or branch', () => {
    const s = benchScenario(40);
    const c = compile(s);
    const root = c.machine.root;
    for (const n of c.nodes.values()) {
      const state = root.states[n.id];
      const transitions = [...(state?.transitions.values() ?? [])].flat();
      const targets = new Set([...n.branches.map((b) => b.to), ...n.choices.map((ch) => ch.choice.to)]);
      expect([n.id, transitions.length]).toEqual([n.id, targets.size]);
    }
  });
});
