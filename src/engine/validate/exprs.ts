// Parses and type-checks every condition and effect in a scenario. Syntax errors name the
// character where reading stopped; numbers past MAX_NUMBER and products that can overflow are
// refused, so no expression can make Infinity or NaN; the parsed forms are kept for the passes
// that simulate play.

import type { Diagnostic } from '../api';
import { checkEffect, typeOf } from '../expr/evaluate';
import { type Effect, type Expr, ExprSyntaxError, parseCondition, parseEffect } from '../expr/parse';
import type { Scenario, VariableDecl } from '../types';
import { entriesOf, err, listOf, type Path, quote } from './diag';
import { NUMBER_FIX, showNumber, withinLimit } from './limits';
import { didYouMean } from './suggest';

export interface Parsed {
  conds: Map<string, Expr>;
  effects: Map<string, Effect>;
  /** True when every expression parsed and type-checked. */
  ok: boolean;
}

export function checkExpressions(s: Scenario): { diagnostics: Diagnostic[]; parsed: Parsed } {
  const out: Diagnostic[] = [];
  const parsed: Parsed = { conds: new Map(), effects: new Map(), ok: true };
  const vars = s.variables ?? {};
  const varNames = Object.keys(vars);
  const fail = (d: Diagnostic) => {
    parsed.ok = false;
    out.push(d);
  };
  const ranges = declaredRanges(vars);
  /** True when `e` is free of oversized literals and overflow; reports the first problem. */
  const finite = (e: Expr, src: string, what: string, path: Path): boolean => {
    const problem = numberProblem(e, ranges);
    if (problem) fail(err(problem.code, path, `${what} ${quote(src)} ${problem.message}`, problem.fix));
    return problem === undefined;
  };

  const cond = (src: string | undefined, path: Path) => {
    if (src === undefined || parsed.conds.has(src)) return; // same text, same verdict
    const e = parse(() => parseCondition(String(src)), src, 'condition', path, fail);
    if (!e) return;
    const t = typeOf(e, vars);
    if ('problem' in t) {
      fail(typeDiag(t.problem, src, path, varNames));
      return;
    }
    if (t.type !== 'boolean') {
      fail(
        err(
          'expr.notCondition',
          path,
          `condition ${quote(src)} is a number, not true/false`,
          'compare it, e.g. "trust >= 40"',
        ),
      );
      return;
    }
    if (finite(e, src, 'condition', path)) parsed.conds.set(src, e);
  };
  const effects = (list: string[] | undefined, path: Path) => {
    (list ?? []).forEach((src, i) => {
      if (parsed.effects.has(src)) return;
      const p = [...path, i];
      const e = parse(() => parseEffect(String(src)), src, 'effect', p, fail);
      if (!e) return;
      const problem = checkEffect(e, vars);
      if (problem) {
        fail(typeDiag(problem, src, p, varNames));
        return;
      }
      if (finite(e.value, src, 'effect', p)) parsed.effects.set(src, e);
    });
  };

  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    effects(n.effects, ['nodes', id, 'effects']);
    if (n.kind === 'decision') {
      (n.choices ?? []).forEach((c, i) => {
        cond(c.when, ['nodes', id, 'choices', i, 'when']);
        effects(c.effects, ['nodes', id, 'choices', i, 'effects']);
      });
    } else if (n.kind !== 'ending' && Array.isArray(n.next)) {
      n.next.forEach((b, i) => {
        cond(b.when, ['nodes', id, 'next', i, 'when']);
      });
    }
  }
  return { diagnostics: out, parsed };
}

function parse<T>(
  run: () => T,
  src: string,
  what: string,
  path: Path,
  fail: (d: Diagnostic) => void,
): T | undefined {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof ExprSyntaxError)) throw e;
    const col = e.offset + 1;
    fail(
      err(
        'expr.syntax',
        path,
        `cannot read ${what} ${quote(src)}: ${e.message} (at character ${col})`,
        what === 'effect'
          ? 'write it like "trust += 5" or "leaked = true"'
          : 'write it like "trust >= 40 and not leaked"; see scenarios/README.md',
      ),
    );
    return undefined;
  }
}

function typeDiag(
  problem: { message: string; fix: string },
  src: string,
  path: Path,
  vars: string[],
): Diagnostic {
  const unknown = /^unknown variable '(.*)'$/.exec(problem.message);
  if (unknown) {
    const name = unknown[1] as string;
    return err(
      'expr.unknownVariable',
      path,
      `unknown variable ${quote(name)} in ${quote(src)}${didYouMean(name, vars)}`,
      `declare it under 'variables' or use one of: ${listOf(vars) || '(none declared)'}`,
    );
  }
  return err('expr.type', path, `${problem.message} in ${quote(src)}`, problem.fix);
}

type Iv = [number, number];

/** Declared range of every numeric variable whose bounds are sound (others are reported). */
function declaredRanges(vars: Record<string, VariableDecl>): Map<string, Iv> {
  const out = new Map<string, Iv>();
  for (const [id, d] of entriesOf(vars)) {
    if (d.type !== 'flag' && withinLimit(d.min) && withinLimit(d.max)) out.set(id, [d.min, d.max]);
  }
  return out;
}

interface NumberProblem {
  code: string;
  message: string;
  fix: string;
}

/**
 * The first literal past MAX_NUMBER, or the first part of `e` whose value can leave the finite
 * numbers when every variable takes any value of its declared range (the engine keeps each
 * within it). With no division, NaN needs an Infinity first, so this rules out both.
 */
function numberProblem(e: Expr, ranges: Map<string, Iv>): NumberProblem | undefined {
  let problem: NumberProblem | undefined;
  const iv = (x: Expr): Iv | undefined => {
    if (problem) return undefined;
    switch (x.kind) {
      case 'num':
        if (withinLimit(x.value)) return [x.value, x.value];
        problem = {
          code: 'expr.tooLarge',
          message: `uses the number ${showNumber(x.value)}, larger than the engine accepts`,
          fix: NUMBER_FIX,
        };
        return undefined;
      case 'var':
        return ranges.get(x.name);
      case 'neg': {
        const a = iv(x.arg);
        return a && [-a[1], -a[0]];
      }
      case 'not':
        iv(x.arg);
        return undefined;
      case 'bool':
        return undefined;
      case 'bin': {
        const a = iv(x.left);
        const b = iv(x.right);
        if (!a || !b || (x.op !== '+' && x.op !== '-' && x.op !== '*')) return undefined;
        const r = arith(x.op, a, b);
        if (Number.isFinite(r[0]) && Number.isFinite(r[1])) return r;
        problem = {
          code: 'expr.overflow',
          message: `can overflow: with its variables anywhere in their declared ranges, a '${x.op}' in it gives ${showNumber(Math.abs(r[0]) > Math.abs(r[1]) ? r[0] : r[1])}`,
          fix: 'multiply fewer times, use smaller numbers, or narrow the ranges of its variables',
        };
        return undefined;
      }
    }
  };
  iv(e);
  return problem;
}

function arith(op: '+' | '-' | '*', a: Iv, b: Iv): Iv {
  if (op === '+') return [a[0] + b[0], a[1] + b[1]];
  if (op === '-') return [a[0] - b[1], a[1] - b[0]];
  // Both are finite here (a non-finite part is reported first), so no product is NaN.
  const ps = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
  return [Math.min(...ps), Math.max(...ps)];
}
