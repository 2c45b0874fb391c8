// compile(): the progress table (fewest steps to an ending) against a plain reference, and the
// scenario machine's shape: four phase states, each accepting only its own event type.

import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
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
      // A choice that asks why goes through its reason node first (which has the target as branch).
      const targets = [...n.branches.map((b) => b.to), ...n.choices.map((ch) => ch.via ?? ch.choice.to)];
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

  it('runs every scenario on the same five phase states, whatever its size', () => {
    for (const size of [40, 400]) {
      const c = compile(benchScenario(size));
      expect(Object.keys(c.machine.root.states).sort()).toEqual([
        'answering',
        'choosing',
        'ended',
        'reading',
        'reasoning',
      ]);
    }
  });

  it('a phase accepts only its own event type: a choice is refused while reading', () => {
    const c = compile(fixture());
    const [start] = initialTransition(c.machine, { seed: 1 });
    expect(start.value).toBe('reading');
    expect(start.can({ type: 'choice.select', choice: 'media' })).toBe(false);
    expect(start.can({ type: 'node.continue' })).toBe(true);
    const [next] = transition(c.machine, start, { type: 'node.continue' });
    expect(next.context.path).toEqual([c.scenario.start, next.context.node]);
  });
});
