// The storage layer reports and goes on: a Storage that throws on write (quota, private mode),
// on read, or on mere access never lets an exception reach the game.
import { describe, expect, it } from 'vitest';
import { createStore, readJson } from '../../src/platform/storage';

/** An in-memory Storage whose methods can be told to throw. */
function fakeStorage(fail: { set?: boolean; get?: boolean; remove?: boolean } = {}): Storage {
  const m = new Map<string, string>();
  const quota = () => new DOMException('full', 'QuotaExceededError');
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    getItem(k) {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return m.get(k) ?? null;
    },
    setItem(k, v) {
      if (fail.set) throw quota();
      m.set(k, v);
    },
    removeItem(k) {
      if (fail.remove) throw new DOMException('denied', 'SecurityError');
      m.delete(k);
    },
  };
}

describe('storage that refuses', () => {
  it('works normally with a healthy storage', () => {
    const s = createStore(fakeStorage());
    expect(s.usable).toBe(true);
    expect(s.set('k', 'v')).toBe(true);
    expect(s.get('k')).toBe('v');
    s.remove('k');
    expect(s.get('k')).toBeNull();
  });

  it('reports a refused write as false and is marked unusable (quota / private mode)', () => {
    const s = createStore(fakeStorage({ set: true }));
    expect(s.usable).toBe(false);
    expect(s.set('save.appeal', '{}')).toBe(false);
    expect(s.get('save.appeal')).toBeNull();
  });

  it('reads as absent when reading throws', () => {
    const s = createStore(fakeStorage({ get: true }));
    expect(s.get('lng')).toBeNull();
    expect(readJson(s, 'settings')).toBeUndefined();
    expect(() => s.remove('lng')).not.toThrow();
  });

  it('survives every method throwing, and no storage at all', () => {
    for (const storage of [fakeStorage({ set: true, get: true, remove: true }), null]) {
      const s = createStore(storage);
      expect(s.usable).toBe(false);
      expect(s.set('a', 'b')).toBe(false);
      expect(s.get('a')).toBeNull();
      expect(() => s.remove('a')).not.toThrow();
    }
  });

  it('turns unreadable JSON into a marker instead of a throw', () => {
    const s = createStore(fakeStorage());
    s.set('save.x', '{"format":1,');
    expect(readJson(s, 'save.x')).toEqual({ unreadable: '{"format":1,' });
  });
});
