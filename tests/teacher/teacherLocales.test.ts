// The `teacher` namespace: same keys in en, ru and hy, plural forms per language, placeholders kept.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lng: string) => JSON.parse(readFileSync(`locales/${lng}/teacher.json`, 'utf8')) as object;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flat(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flat(v, key)) out.set(kk, vv);
  }
  return out;
}

const en = flat(load('en'));
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const bases = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));

describe.each([
  ['ru', ['one', 'few', 'many', 'other']],
  ['hy', ['one', 'other']],
])('teacher strings in %s', (lng, forms) => {
  const other = flat(load(lng));
  it('has every English key and no extra one', () => {
    expect([...bases(other)].sort()).toEqual([...bases(en)].sort());
  });
  it('has exactly the plural forms the language needs', () => {
    const plural = [...en.keys()]
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    for (const base of plural) {
      const have = [...other.keys()].filter((k) => k.replace(PLURAL, '') === base && PLURAL.test(k));
      expect(have.map((k) => k.slice(base.length + 1)).sort(), base).toEqual([...forms].sort());
    }
  });
  it('keeps the placeholders of each English string and leaves none empty', () => {
    for (const [key, value] of other) {
      expect(value.trim(), key).not.toBe('');
      const source = en.get(key) ?? en.get(key.replace(PLURAL, '_other')) ?? '';
      expect(placeholders(value), key).toEqual(placeholders(source));
    }
  });
});

describe('teacher strings against the teacher page code', () => {
  const read = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
  // The teacher page, and the game's assignment banner and result panel, which use this namespace.
  const code = `${read('src/teacher')}\n${read('src/game')}`;
  // `t('catalog.role'` and `ctx.t(…)`/`l.t(…)`: literal keys; `t(\`map.kind.${…}\``: a prefix.
  const literal = new Set([...code.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] as string));
  const prefixes = [...code.matchAll(/\bt\(\s*`([\w.-]*)\$\{/g)].map((m) => m[1] as string);
  const keys = bases(en);

  it('defines every key the teacher page asks for with a literal', () => {
    const page = read('src/teacher');
    const asked = new Set([...page.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => m[1] as string));
    expect(asked.size).toBeGreaterThan(20);
    expect([...asked].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has keys for every key the code builds at run time, and no key the code cannot reach', () => {
    // Only prefixes in this namespace's sections (the game builds `common` keys the same way).
    const sections = Object.keys(load('en')).map((k) => `${k}.`);
    for (const p of prefixes.filter((x) => sections.some((sec) => x.startsWith(sec)))) {
      expect([p, [...keys].some((k) => k.startsWith(p))]).toEqual([p, true]);
    }
    // A key is reachable when the code names it (in a call or a table of keys) or builds its prefix.
    const unreachable = [...keys].filter(
      (k) =>
        !literal.has(k) && !code.includes(`'${k}'`) && !prefixes.some((p) => p !== '' && k.startsWith(p)),
    );
    expect(unreachable).toEqual([]);
  });
});
