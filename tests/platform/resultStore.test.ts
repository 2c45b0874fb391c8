// The teacher's stored codes: deduplicated, capped, survive bad JSON, clearable.
import { describe, expect, it } from 'vitest';
import { createResultStore } from '../../src/platform/resultStore';

function memory() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    m,
  };
}

describe('result store', () => {
  it('adds new codes once, trimmed, and clears', () => {
    const s = createResultStore(memory());
    expect(s.add([' PRC1.a.b ', 'PRC1.a.b', 'PRC1.c.d', ''])).toBe(2);
    expect(s.add(['PRC1.c.d'])).toBe(0);
    expect(s.list()).toEqual(['PRC1.a.b', 'PRC1.c.d']);
    s.clear();
    expect(s.list()).toEqual([]);
  });

  it('ignores damaged storage and oversized entries', () => {
    const mem = memory();
    mem.setItem('precedent.teacher.codes', '{not json');
    const s = createResultStore(mem);
    expect(s.list()).toEqual([]);
    expect(s.add(['x'.repeat(9000)])).toBe(0);
  });
});
