// The expression language: parsing, precedence, syntax errors with offsets, type checking,
// evaluation and clamping effects.

import { describe, expect, it } from 'vitest';
import { applyEffects, checkEffect, evaluate, typeOf } from '../../src/engine/expr/evaluate';
import { type Expr, ExprSyntaxError, parseCondition, parseEffect } from '../../src/engine/expr/parse';
import type { VariableDecl } from '../../src/engine/types';

const vars: Record<string, VariableDecl> = {
  trust: { type: 'meter', label: 'vars.trust.label', min: 0, max: 100, initial: 50 },
  count: { type: 'number', min: -10, max: 10, initial: 0 },
  leaked: { type: 'flag', initial: false },
};
const values = { trust: 50, count: 3, leaked: true };

/** Fully parenthesised form, to compare precedence. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'num':
    case 'bool':
      return String(e.value);
    case 'var':
      return e.name;
    case 'not':
      return `(not ${show(e.arg)})`;
    case 'neg':
      return `(-${show(e.arg)})`;
    case 'bin':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
  }
}

describe('parseCondition: precedence', () => {
  it.each([
    ['a or b and c', '(a or (b and c))'],
    ['a and b or c', '((a and b) or c)'],
    ['not a and b', '((not a) and b)'],
    ['not x > 3', '(not (x > 3))'],
    ['x + 2 * 3 >= 7', '((x + (2 * 3)) >= 7)'],
    ['x - 1 - 2 == 0', '(((x - 1) - 2) == 0)'],
    ['-x * 2 < 1', '(((-x) * 2) < 1)'],
    ['(a or b) and c', '((a or b) and c)'],
    ['x != 1.5', '(x != 1.5)'],
    ['true', 'true'],
    ['a\n  and b', '(a and b)'],
    ['constructor > 1', '(constructor > 1)'],
  ])('%s', (src, expected) => {
    expect(show(parseCondition(src))).toBe(expected);
  });
});

describe('syntax errors carry the offset of the problem', () => {
  it.each([
    ['', 0, 'empty'],
    ['trust >=', 8, 'ends too early'],
    ['trust >= 40 and', 15, 'ends too early'],
    ['(a', 2, "missing ')'"],
    ['a b', 2, "unexpected 'b'"],
    ['!a', 0, "write 'not'"],
    ['a < b < c', 6, 'cannot be chained'],
    ['trust = 4', 6, "use '=='"],
    ['a $ b', 2, "unexpected character '$' (U+0024)"],
    ['and a', 0, 'needs a value before it'],
    ['x'.repeat(501), 0, 'longer than'],
    [`${'('.repeat(40)}a${')'.repeat(40)}`, 33, 'nested more than 32 levels deep'],
  ])('%j', (src, offset, text) => {
    let caught: unknown;
    try {
      parseCondition(src);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExprSyntaxError);
    expect((caught as ExprSyntaxError).offset).toBe(offset);
    expect((caught as ExprSyntaxError).message).toContain(text);
  });
});

describe('parseEffect', () => {
  it('reads the three operators', () => {
    expect(parseEffect('trust += 5')).toMatchObject({ target: 'trust', op: '+=' });
    expect(parseEffect('trust -= count * 2')).toMatchObject({ target: 'trust', op: '-=' });
    expect(parseEffect('leaked = not leaked')).toMatchObject({ target: 'leaked', op: '=' });
  });
  it.each([
    ['5 += trust', 0],
    ['trust 5', 6],
    ['trust +=', 8],
    ['trust == 5', 6],
    ['trust += 5 6', 11],
  ])('rejects %j at %i', (src, offset) => {
    expect(() => parseEffect(src)).toThrow(ExprSyntaxError);
    try {
      parseEffect(src);
    } catch (e) {
      expect((e as ExprSyntaxError).offset).toBe(offset);
    }
  });
});

describe('typeOf and checkEffect', () => {
  it.each([
    ['trust >= 40 and not leaked', 'boolean'],
    ['trust + count * 2', 'number'],
    ['leaked == true', 'boolean'],
  ])('%s is %s', (src, type) => {
    expect(typeOf(parseCondition(src), vars)).toEqual({ type });
  });
  it.each([
    ['trust and leaked', "'and' needs true/false values"],
    ['leaked + 1', "'+' needs numbers"],
    ['trust == leaked', 'cannot compare number with boolean'],
    ['not trust', "'not' applies"],
    ['-leaked', "'-' applies"],
    ['trsut > 1', "unknown variable 'trsut'"],
    ['toString > 1', "unknown variable 'toString'"],
  ])('%s is a problem', (src, text) => {
    const t = typeOf(parseCondition(src), vars);
    expect('problem' in t && t.problem.message).toContain(text);
  });
  it.each([
    ['trust += 5', undefined],
    ['leaked = trust > 3', undefined],
    ['leaked += 1', 'is a flag'],
    ['trust = true', 'is a number'],
    ['nope = 1', "unknown variable 'nope'"],
    ['trust = nope', "unknown variable 'nope'"],
  ])('%s', (src, text) => {
    const p = checkEffect(parseEffect(src), vars);
    if (text === undefined) expect(p).toBeUndefined();
    else expect(p?.message).toContain(text);
  });
});

describe('evaluate', () => {
  it.each([
    ['trust >= 40 and leaked', true],
    ['trust > 50 or not leaked', false],
    ['count * 2 - 1 == 5', true],
    ['-count < 0', true],
    ['leaked != false', true],
    ['trust + 0.5 > 50', true],
  ])('%s → %s', (src, expected) => {
    expect(evaluate(parseCondition(src), values)).toBe(expected);
  });
});

describe('applyEffects', () => {
  const run = (srcs: string[], from = values) =>
    applyEffects(
      srcs.map((s) => parseEffect(s)),
      from,
      vars,
    );
  it('applies in order and clamps to the declared range', () => {
    expect(run(['trust += 30', 'trust += 30'])).toMatchObject({ trust: 100 });
    expect(run(['trust -= 80'])).toMatchObject({ trust: 0 });
    expect(run(['count = 50'])).toMatchObject({ count: 10 });
    expect(run(['count = -50'])).toMatchObject({ count: -10 });
    expect(run(['trust = count * 10', 'count += 1'])).toMatchObject({ trust: 30, count: 4 });
    expect(run(['leaked = not leaked'])).toMatchObject({ leaked: false });
  });
  it('does not modify its input', () => {
    const before = { ...values };
    run(['trust += 1']);
    expect(values).toEqual(before);
  });
  it('ignores undeclared targets, including prototype names', () => {
    expect(run(['constructor = 1'])).toEqual(values);
  });
});
