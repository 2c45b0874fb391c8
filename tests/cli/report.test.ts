// The validator's statistics: play counts stay readable when they explode, and loops are named.

import { describe, expect, it } from 'vitest';
import { count, formatStats } from '../../src/dev/report';

describe('play counts', () => {
  it('prints counts exactly up to 10^15, rounded above, and a floor past 10^308', () => {
    expect(count(77_136)).toBe('77136');
    expect(count(999_999_999_999_999)).toBe('999999999999999');
    expect(count(9.38396876465665e184)).toBe('about 9.4 × 10^184');
    expect(count(Number.POSITIVE_INFINITY)).toBe('more than 10^308');
  });

  const base = { nodes: 3, decisions: 1, endings: 1, quizItems: 0, shortest: 2, longest: 2 };
  it('says "loops" only for a cyclic scenario, not for a count too big for a number', () => {
    const huge = formatStats({ ...base, paths: Number.POSITIVE_INFINITY, truncated: false, cyclic: false });
    expect(huge[1]).toContain('more than 10^308 distinct plays');
    const loop = formatStats({ ...base, paths: Number.POSITIVE_INFINITY, truncated: false, cyclic: true });
    expect(loop[1]).toContain('unbounded plays (loops)');
  });
});
