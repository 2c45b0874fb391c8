// Parses and type-checks every condition and effect in a scenario. Syntax errors name the
// character where reading stopped; the parsed forms are kept for the passes that simulate play.

import type { Diagnostic } from '../api';
import { checkEffect, typeOf } from '../expr/evaluate';
import { type Effect, type Expr, ExprSyntaxError, parseCondition, parseEffect } from '../expr/parse';
import type { Scenario } from '../types';
import { entriesOf, err, type Path } from './diag';
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
          `condition '${src}' is a number, not true/false`,
          'compare it, e.g. "trust >= 40"',
        ),
      );
      return;
    }
    parsed.conds.set(src, e);
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
      parsed.effects.set(src, e);
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
        `cannot read ${what} '${src}': ${e.message} (at character ${col})`,
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
      `unknown variable '${name}' in '${src}'${didYouMean(name, vars)}`,
      problem.fix,
    );
  }
  return err('expr.type', path, `${problem.message} in '${src}'`, problem.fix);
}
