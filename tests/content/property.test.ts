// Property tests: whatever text or object comes in, the loader, the validator and the
// expression parser answer with Diagnostics (or ExprSyntaxError), never another exception; a hang
// fails as the test's timeout (nothing here times work).

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkScenarioText } from '../../src/content/load';
import { ExprSyntaxError, parseCondition, parseEffect } from '../../src/engine/expr/parse';
import type { Scenario } from '../../src/engine/types';
import { validate } from '../../src/engine/validate';

// Reproducible runs: a fixed seed unless FC_SEED is given (FC_SEED=random for a fresh one), printed
// so any failure can be replayed exactly. A CI run on 2026-11-28 lost this file's worker once,
// with a random seed that was not recorded; this makes the next such case traceable.
const SEED = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261128);
fc.configureGlobal({ seed: SEED });
console.log(`property tests: fast-check seed ${SEED}`);

const TINY_PATH = 'tests/fixtures/scenarios/tiny.yaml';
const TINY = readFileSync(TINY_PATH, 'utf8');
const RUNS = 500;
/** Hundreds of full loads per property: generous for slow CI machines. */
const TIMEOUT = 120_000;

const isDiagnostics = (ds: unknown[]) =>
  ds.every((d) => typeof d === 'object' && d !== null && 'code' in d && 'message' in d && 'fix' in d);

describe('expression parser', () => {
  const exprish = fc.stringMatching(
    /^[a-z0-9 ()<>=!+\-*.]{0,40}$|^(not |and |or |true|false|x|1|\(|\)|==|>=|\+=|-=| )*$/,
  );
  it.each([
    ['parseCondition', parseCondition],
    ['parseEffect', parseEffect],
  ] as const)('%s returns a value or throws ExprSyntaxError', (_, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), exprish), (src) => {
        try {
          parse(src);
        } catch (e) {
          if (!(e instanceof ExprSyntaxError)) throw e;
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThanOrEqual(src.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('loader on mutated YAML', () => {
  const lines = TINY.split('\n');
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(TINY.length), len: fc.nat(40) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(TINY.length),
      text: fc.string({ maxLength: 20 }),
    }),
    fc.record({
      kind: fc.constant('yamlish' as const),
      at: fc.nat(TINY.length),
      text: fc.constantFrom(
        '&a ',
        '*a',
        ': ',
        '\n  - ',
        '[',
        '{',
        '"',
        "'",
        '!!binary ',
        '\t',
        '---\n',
        '<<: *a\n',
        '#',
      ),
    }),
    fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat(lines.length - 1) }),
    fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat(lines.length - 1) }),
  );
  type M = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
  const apply = (text: string, m: M): string => {
    if (m.kind === 'delete') return text.slice(0, m.at) + text.slice(m.at + m.len);
    if (m.kind === 'insert' || m.kind === 'yamlish') return text.slice(0, m.at) + m.text + text.slice(m.at);
    const ls = text.split('\n');
    if (m.kind === 'dupLine') ls.splice(m.at, 0, ls[m.at] ?? '');
    else ls.splice(m.at, 1);
    return ls.join('\n');
  };

  it(
    'answers with Diagnostics only, each with a line',
    () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
          const text = ms.reduce(apply, TINY);
          const r = checkScenarioText(text, TINY_PATH);
          expect(isDiagnostics(r.diagnostics)).toBe(true);
          for (const d of r.diagnostics) expect(d.file).toBe(TINY_PATH);
          if (!r.scenario) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'survives arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 2000, unit: 'binary' }), (text) => {
          const r = checkScenarioText(text, 'x.yaml');
          expect(r.diagnostics.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('validator on random objects', () => {
  const base = checkScenarioText(TINY, TINY_PATH).scenario as Scenario;
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    paths.push(p);
    if (v && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) walk(c, [...p, Array.isArray(v) ? Number(k) : k]);
  };
  walk(base, []);

  const setAt = (root: unknown, p: (string | number)[], value: unknown): unknown => {
    if (p.length === 0) return value;
    if (root === null || typeof root !== 'object') return root;
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let cur = copy;
    for (const k of p.slice(0, -1)) {
      const next = cur[k];
      if (next === null || typeof next !== 'object') return copy; // an earlier edit replaced it
      cur = next as Record<string | number, unknown>;
    }
    cur[p[p.length - 1] as string | number] = value;
    return copy;
  };
  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      'intro',
      'ask',
      'final',
      'signed',
      'nowhere',
      'trust > 1',
      'leaked',
      'trust += 500',
      '(((',
    ),
  );
  // One to three edits at random paths of the tiny scenario, and the object they make.
  const edits = fc.array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 3 });
  const applied = (list: [(string | number)[], unknown][]) =>
    list.reduce<unknown>((o, [p, v]) => setAt(o, p, v), base);
  /** For random edit lists, `check` of the edited object gives Diagnostics only. */
  const forEveryEdit = (check: (obj: unknown) => unknown[]) =>
    fc.assert(
      fc.property(edits, (list) => {
        expect(isDiagnostics(check(applied(list)))).toBe(true);
      }),
      { numRuns: RUNS },
    );

  it(
    'loader + validator: YAML round-trip of a mutated scenario gives Diagnostics only',
    () => {
      forEveryEdit((obj) => checkScenarioText(stringify(obj ?? null), TINY_PATH).diagnostics);
    },
    TIMEOUT,
  );

  // Found by seed 1795871165505: a variable declared as a string ("final") and a loop whose effect
  // changes it made the range analysis grow its worklist for ever (NaN never equals itself) until
  // V8 aborted at 175 million elements, taking the worker down ("worker exited unexpectedly").
  it('validate() on a variable declared as a string, changed in a loop, ends with Diagnostics', () => {
    const obj = structuredClone(base) as unknown as {
      variables: Record<string, unknown>;
      nodes: { ask: { choices: { to: string; effects?: string[] }[] } };
    };
    obj.variables.trust = 'final';
    const comply = obj.nodes.ask.choices[0] as { to: string; effects?: string[] };
    comply.to = 'intro';
    comply.effects = ['trust += 10'];
    const ds = validate(obj as unknown as Scenario, { fileName: 'tiny' });
    expect(isDiagnostics(ds)).toBe(true);
  });

  it(
    'validate() alone never throws, even on objects the schema would reject',
    () => {
      forEveryEdit((obj) => validate(obj as Scenario, { fileName: 'tiny' }));
    },
    TIMEOUT,
  );
});
