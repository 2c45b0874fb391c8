// Unit tests for the game's small pure helpers: language choice, date formatting from locale
// patterns, and storage that never throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, isoDay } from '../../src/i18n/dates';
import { pickLanguage } from '../../src/i18n/languages';
import { createStore, readJson } from '../../src/platform/storage';

const SUPPORTED = ['en', 'hy', 'ru'];

describe('pickLanguage', () => {
  it.each([
    ['hy', [], 'hy'],
    [null, ['ru-RU', 'en'], 'ru'],
    [null, ['de-DE', 'hy-AM'], 'hy'],
    ['xx', ['fr'], 'en'],
    ['RU', [], 'ru'],
  ] as const)('url %s, browser %j -> %s', (url, browser, expected) => {
    expect(pickLanguage(SUPPORTED, url, browser)).toBe(expected);
  });
});

describe('formatIsoDate', () => {
  const common = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/common.json`, 'utf8'));
  const ui = (lng: string) => {
    const table = common(lng);
    return (key: string, params: Record<string, string | number> = {}) => {
      const raw = key.split('.').reduce((o, k) => o?.[k], table) as unknown as string;
      return raw.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p]));
    };
  };
  it.each([
    ['en', '2017-01-20', 'January 20, 2017'],
    ['ru', '2017-01-20', '20 января 2017 г.'],
    ['hy', '2017-01-20', '2017 թ․ հունվարի 20'],
    ['ru', '2023-11', 'ноябрь 2023 г.'],
    ['hy', '2023-11', '2023 թ․ նոյեմբեր'],
    ['hy', '2024', '2024 թ․'],
  ])('%s %s -> %s', (lng, date, expected) => {
    expect(formatIsoDate(date, ui(lng))).toBe(expected);
  });
  it('orders partial dates on a day scale', () => {
    expect(isoDay('2017-01')).toBe(isoDay('2017-01-01'));
    expect(isoDay('2017-02')).toBeGreaterThan(isoDay('2017-01-31'));
  });
});

describe('storage', () => {
  const throwing = {
    getItem: () => {
      throw new Error('denied');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new Error('denied');
    },
  } as unknown as Storage;

  it('reports unusable storage instead of throwing', () => {
    const store = createStore(throwing);
    expect(store.usable).toBe(false);
    expect(store.set('k', 'v')).toBe(false);
    expect(store.get('k')).toBeNull();
    expect(() => store.remove('k')).not.toThrow();
  });

  it('works without any storage at all', () => {
    const store = createStore(null);
    expect(store.usable).toBe(false);
    expect(store.set('k', 'v')).toBe(false);
  });

  it('reads back JSON and marks unreadable text', () => {
    const map = new Map<string, string>();
    const mem = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    const store = createStore(mem);
    expect(store.usable).toBe(true);
    store.set('a', '{"x":1}');
    store.set('b', '{oops');
    expect(readJson(store, 'a')).toEqual({ x: 1 });
    expect(readJson(store, 'b')).toHaveProperty('unreadable');
    expect(readJson(store, 'missing')).toBeUndefined();
  });
});
