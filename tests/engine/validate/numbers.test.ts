// Every number stays finite: the validator refuses each way a scenario could make NaN or
// Infinity (a literal past MAX_NUMBER, an expression whose products overflow, a declared bound
// or score gain past it, YAML's .inf/.nan/1e999), each with its file, line and fix.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/content/load';
import { MAX_NUMBER } from '../../../src/engine/validate/limits';

const MINI = readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8');
const TRUST = '  trust: { type: meter, label: vars.trust.label, min: 0, max: 100, initial: 50 }\n';
const GO = '        to: done\n';

/** mini with `variables` lines replaced, and extra lines under the `go` choice. */
function scenario(opts: { vars?: string; go?: string }): { text: string; line: (needle: string) => number } {
  let text = MINI;
  if (opts.vars) text = text.replace(TRUST, opts.vars);
  if (opts.go) text = text.replace(GO, `${GO}${opts.go}`);
  const line = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  return { text, line };
}

const BIG = '  big: { type: number, min: -1000000000, max: 1000000000, initial: 0 }\n';
const product = (n: number) => Array.from({ length: n }, () => 'big').join(' * ');

const CASES: [
  name: string,
  opts: { vars?: string; go?: string },
  code: string,
  needle: string,
  text: RegExp,
][] = [
  [
    'a literal above the limit',
    { go: '        effects: ["trust += 1000000001"]\n' },
    'expr.tooLarge',
    'effects:',
    /1000000001, larger than/,
  ],
  [
    'a 400-digit literal (Infinity)',
    { go: `        effects: ["trust += ${'9'.repeat(400)}"]\n` },
    'expr.tooLarge',
    'effects:',
    /the number Infinity/,
  ],
  [
    'an overflow times zero (NaN)',
    { vars: TRUST + BIG, go: `        effects: ["big = ${product(36)} * 0"]\n` },
    'expr.overflow',
    'effects:',
    /can overflow.*Infinity/,
  ],
  [
    'a condition whose product overflows',
    { vars: TRUST + BIG, go: `        when: "${product(40)} > 1"\n` },
    'expr.overflow',
    'when:',
    /condition .* can overflow/,
  ],
  [
    'a max above the limit',
    { vars: '  trust: { type: meter, label: vars.trust.label, min: 0, max: 1e12, initial: 50 }\n' },
    'var.tooLarge',
    'trust:',
    /max 1000000000000, larger than/,
  ],
  [
    'YAML 1e999 (Infinity) as a max',
    { vars: '  trust: { type: meter, label: vars.trust.label, min: 0, max: 1e999, initial: 50 }\n' },
    'schema.notFinite',
    'trust:',
    /Infinity cannot be used/,
  ],
  [
    'YAML .nan as an initial value',
    { vars: '  trust: { type: meter, label: vars.trust.label, min: 0, max: 100, initial: .nan }\n' },
    'schema.notFinite',
    'trust:',
    /NaN cannot be used/,
  ],
  [
    'a score gain above the limit',
    { go: '        score: { knowledge: 1e308 }\n' },
    'score.tooLarge',
    'score:',
    /1\.000e\+308 points/,
  ],
  [
    'YAML .inf as a score gain',
    { go: '        score: { knowledge: .inf }\n' },
    'schema.notFinite',
    'score:',
    /Infinity/,
  ],
];

describe('numbers the engine cannot carry are refused', () => {
  it.each(CASES)('%s', (_, opts, code, needle, text) => {
    const s = scenario(opts);
    const diags = checkScenarioText(s.text, 'mini.yaml').diagnostics;
    const d = diags.find((x) => x.code === code);
    expect(d, JSON.stringify(diags, null, 1)).toBeDefined();
    expect(d?.severity).toBe('error');
    expect(d?.file).toBe('mini.yaml');
    expect(d?.line).toBe(s.line(needle));
    expect(d?.message).toMatch(text);
    expect(d?.fix).toMatch(/between -1,000,000,000 and 1,000,000,000|multiply fewer times/);
  });

  it('accepts numbers at the limit and products that stay finite', () => {
    const s = scenario({
      vars: `${TRUST}  big: { type: number, min: -${MAX_NUMBER}, max: ${MAX_NUMBER}, initial: 0 }\n`,
      go: `        effects: ["big = ${product(30)} * 0", "trust += ${MAX_NUMBER}"]\n        why: { trust: nodes.ask.choices.go.why.trust }\n        score: { knowledge: ${MAX_NUMBER} }\n`,
    });
    // 'stay' gets the same top score: every decision needs two top options (score.singleTop).
    const text = s.text.replace(
      '        to: other\n',
      `        to: other\n        score: { knowledge: ${MAX_NUMBER} }\n`,
    );
    const codes = checkScenarioText(text, 'mini.yaml').diagnostics.filter((d) => d.severity === 'error');
    expect(codes).toEqual([]);
  });
});

describe('ordering quiz dates', () => {
  const withOrder = (dates: string[]) => {
    const options = dates
      .map((d, i) => `      - { id: o${i}, label: quiz.q.options.o${i}, date: "${d}" }`)
      .join('\n');
    const quiz = `quiz:\n  - id: q\n    type: order\n    prompt: quiz.q.prompt\n    explanation: quiz.q.explanation\n    sources: [src]\n    options:\n${options}\n`;
    return MINI.replace('quiz: []\n', quiz);
  };
  const orderDiags = (dates: string[]) =>
    checkScenarioText(withOrder(dates), 'mini.yaml').diagnostics.filter((d) => d.code === 'quiz.orderDates');

  it('refuses an option dated before the one listed above it, at its line', () => {
    const text = withOrder(['2017-01-17', '2017-01-25', '2017-01-20']);
    const d = orderDiags(['2017-01-17', '2017-01-25', '2017-01-20']);
    expect(d).toHaveLength(1);
    expect(d[0]?.path.join('.')).toBe('quiz.0.options.2.date');
    expect(d[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('2017-01-20')) + 1);
    expect(d[0]?.message).toContain("option 'o2' ('2017-01-20') is listed after 'o1' ('2017-01-25')");
  });

  it.each([
    [['2017-01-17', '2017-01-20', '2017-01-25'], 0],
    [['2017', '2017-03', '2017-03-04'], 0], // a year contains the month and the day
    [['2017-03-04', '2017-03', '2017'], 0],
    [['2018', '2017-12-31', '2019'], 1],
    [['2017-02', '2017-01-31', '2017-03'], 1],
  ])('%j → %i', (dates, n) => {
    expect(orderDiags(dates)).toHaveLength(n);
  });
});
