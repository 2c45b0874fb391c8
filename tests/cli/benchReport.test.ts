// The bench's heap rows: the used heap and the snapshot's objects are each judged against 5 %,
// so warm-up in compiled code and a leak in objects can be told apart in the printed table.

import { describe, expect, it } from 'vitest';
import type { PlayFigures } from '../../src/dev/bench/play';
import { formatReport } from '../../src/dev/bench/report';

function plays(heap: [number, number], objects: [number, number], code: [number, number]): PlayFigures {
  return {
    latenciesMs: [20, 30, 40],
    prepared: 3,
    rapidPrepared: 0,
    rapidMs: [60],
    heapAfter1: heap[0],
    heapAfterN: heap[1],
    heaps: heap,
    splitAfter1: { objects: objects[0], code: code[0] },
    splitAfterN: { objects: objects[1], code: code[1] },
    plays: 20,
    steps: 4,
  };
}

const row = (table: string, start: string) =>
  table.split('\n').find((l) => l.startsWith(`| ${start}`)) ?? `no row starting '${start}'`;

describe('bench report, heap rows', () => {
  it('marks code warm-up over 5 % in the used heap while the objects stay flat', () => {
    const t = formatReport(
      [],
      plays([14_000_000, 15_600_000], [8_650_000, 8_680_000], [4_800_000, 6_100_000]),
      4,
      5,
    );
    expect(row(t, 'JS heap used')).toMatch(/\+11\.4 % \| ≤ 5 % \| OVER \|$/);
    expect(row(t, '  heap snapshot: objects')).toMatch(
      /8650\.0 kB → 8680\.0 kB \| – \| \+0\.3 % \| ≤ 5 % \| ok \|$/,
    );
    expect(row(t, '  heap snapshot: V8 compiled code')).toMatch(/\+27\.1 % \| – \| {2}\|$/);
  });

  it('marks a leak in the objects even when the used heap looks fine', () => {
    const t = formatReport(
      [],
      plays([14_000_000, 14_500_000], [8_000_000, 8_500_000], [5_000_000, 5_000_000]),
      4,
      5,
    );
    expect(row(t, 'JS heap used')).toMatch(/\+3\.6 % \| ≤ 5 % \| ok \|$/);
    expect(row(t, '  heap snapshot: objects')).toMatch(/\+6\.3 % \| ≤ 5 % \| OVER \|$/);
  });
});
