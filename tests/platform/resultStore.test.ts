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
    expect(s.add([' PRC1.a.b ', 'PRC1.a.b', 'PRC1.c.d', ''])).toEqual({ added: 2, refused: 0 });
    expect(s.add(['PRC1.c.d'])).toEqual({ added: 0, refused: 0 });
    expect(s.list()).toEqual(['PRC1.a.b', 'PRC1.c.d']);
    s.clear();
    expect(s.list()).toEqual([]);
  });

  it('ignores damaged storage and oversized entries', () => {
    const mem = memory();
    mem.setItem('precedent.teacher.codes', '{not json');
    const s = createResultStore(mem);
    expect(s.list()).toEqual([]);
    expect(s.add(['x'.repeat(9000)])).toEqual({ added: 0, refused: 0 });
    expect(s.load()).toEqual({ codes: [], skipped: 0, damaged: true });
  });

  it('skips and counts stored entries that are not strings or are too long, and can remove one', () => {
    const mem = memory();
    mem.setItem('precedent.teacher.codes', JSON.stringify(['PRC1.a.b', 7, 'y'.repeat(9000), 'PRC1.c.d']));
    const s = createResultStore(mem);
    expect(s.load()).toEqual({ codes: ['PRC1.a.b', 'PRC1.c.d'], skipped: 2, damaged: false });
    s.remove('PRC1.a.b');
    expect(s.load()).toEqual({ codes: ['PRC1.c.d'], skipped: 0, damaged: false });
  });

  it('does not parse a stored value far larger than any it writes', () => {
    const mem = memory();
    mem.setItem('precedent.teacher.codes', `[${'"x",'.repeat(2_100_000)}"x"]`);
    expect(createResultStore(mem).load().damaged).toBe(true);
  });

  it('survives a storage that throws on every access', () => {
    const boom = () => {
      throw new Error('SecurityError');
    };
    const s = createResultStore({ getItem: boom, setItem: boom, removeItem: boom });
    expect(s.list()).toEqual([]);
    // Not stored, so not counted as added: the page says so instead.
    expect(s.add(['PRC1.a.b'])).toEqual({ added: 0, refused: 1 });
    s.clear();
  });
});
