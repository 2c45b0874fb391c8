// Type-checks parsed expressions against the declared variables, and evaluates them. The checker
// runs at validation time, so evaluation can assume well-typed input and stay tiny. Values are
// read and written as own properties, so a variable named `__proto__` or `constructor` is a
// variable like any other. (A non-finite result is refused where a step stores it:
// transitions.ts's assertFinite; the validator's exprs.ts proves none can occur.)

import type { VarValue } from '../api';
import { safeEcho } from '../echo';
import type { VariableDecl } from '../types';
import type { Effect, Expr } from './parse';

export type ExprType = 'number' | 'boolean';

export interface TypeProblem {
  message: string;
  fix: string;
}

const varType = (d: VariableDecl): ExprType => (d.type === 'flag' ? 'boolean' : 'number');

/** Own-property read: a variable named `constructor` or `__proto__` must not find Object.prototype's. */
const ownValue = (vars: Record<string, VarValue>, name: string): VarValue =>
  (Object.hasOwn(vars, name) ? vars[name] : undefined) as VarValue;

/** Own-property write: `out.__proto__ = 5` would be dropped silently (it sets the prototype). */
function setOwn(out: Record<string, VarValue>, name: string, v: VarValue): void {
  if (name === '__proto__')
    Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
  else out[name] = v;
}

/** Returns the expression's type, or a problem (unknown variable, mismatched operands). */
export function typeOf(
  e: Expr,
  vars: Record<string, VariableDecl>,
): { type: ExprType } | { problem: TypeProblem } {
  switch (e.kind) {
    case 'num':
      return { type: 'number' };
    case 'bool':
      return { type: 'boolean' };
    case 'var': {
      const d = Object.hasOwn(vars, e.name) ? vars[e.name] : undefined;
      if (!d) {
        return {
          problem: {
            message: `unknown variable '${e.name}'`,
            fix: "declare it under 'variables'",
          },
        };
      }
      return { type: varType(d) };
    }
    case 'not':
      return expect(e.arg, 'boolean', vars, "'not' applies to a true/false value");
    case 'neg':
      return expect(e.arg, 'number', vars, "'-' applies to a number");
    case 'bin': {
      const l = typeOf(e.left, vars);
      if ('problem' in l) return l;
      const r = typeOf(e.right, vars);
      if ('problem' in r) return r;
      const both = (t: ExprType, result: ExprType, what: string) =>
        l.type === t && r.type === t
          ? { type: result }
          : {
              problem: {
                message: `'${e.op}' needs ${what}, got ${l.type} and ${r.type}`,
                fix: `use ${what} on both sides of '${e.op}'`,
              },
            };
      if (e.op === 'and' || e.op === 'or') return both('boolean', 'boolean', 'true/false values');
      if (e.op === '==' || e.op === '!=') {
        return l.type === r.type
          ? { type: 'boolean' }
          : {
              problem: {
                message: `cannot compare ${l.type} with ${r.type}`,
                fix: 'compare values of the same type',
              },
            };
      }
      if (e.op === '+' || e.op === '-' || e.op === '*') return both('number', 'number', 'numbers');
      return both('number', 'boolean', 'numbers');
    }
  }
}

function expect(
  e: Expr,
  want: ExprType,
  vars: Record<string, VariableDecl>,
  why: string,
): { type: ExprType } | { problem: TypeProblem } {
  const t = typeOf(e, vars);
  if ('problem' in t) return t;
  if (t.type !== want) return { problem: { message: why, fix: `give it a ${want} value` } };
  return t;
}

/** Checks an effect: the target exists, and the value fits its type and operator. */
export function checkEffect(eff: Effect, vars: Record<string, VariableDecl>): TypeProblem | undefined {
  const d = Object.hasOwn(vars, eff.target) ? vars[eff.target] : undefined;
  if (!d) {
    return {
      message: `unknown variable '${eff.target}'`,
      fix: `declare '${safeEcho(eff.target)}' under 'variables'`,
    };
  }
  const vt = typeOf(eff.value, vars);
  if ('problem' in vt) return vt.problem;
  const target = varType(d);
  if (eff.op !== '=' && target !== 'number') {
    return {
      message: `'${eff.op}' needs a number variable; '${safeEcho(eff.target)}' is a flag`,
      fix: `write '${safeEcho(eff.target)} = true' or '= false'`,
    };
  }
  if (vt.type !== target) {
    return {
      message: `'${safeEcho(eff.target)}' is a ${target}, the value is a ${vt.type}`,
      fix: `assign a ${target} value`,
    };
  }
  return undefined;
}

/** Evaluates a type-checked expression. */
export function evaluate(e: Expr, vars: Record<string, VarValue>): VarValue {
  switch (e.kind) {
    case 'num':
    case 'bool':
      return e.value;
    case 'var':
      return ownValue(vars, e.name);
    case 'not':
      return !evaluate(e.arg, vars);
    case 'neg':
      return -(evaluate(e.arg, vars) as number);
    case 'bin': {
      // `and`/`or` short-circuit like people expect.
      if (e.op === 'and') return (evaluate(e.left, vars) as boolean) && (evaluate(e.right, vars) as boolean);
      if (e.op === 'or') return (evaluate(e.left, vars) as boolean) || (evaluate(e.right, vars) as boolean);
      const l = evaluate(e.left, vars);
      const r = evaluate(e.right, vars);
      switch (e.op) {
        case '==':
          return l === r;
        case '!=':
          return l !== r;
        case '<':
          return (l as number) < (r as number);
        case '<=':
          return (l as number) <= (r as number);
        case '>':
          return (l as number) > (r as number);
        case '>=':
          return (l as number) >= (r as number);
        case '+':
          return (l as number) + (r as number);
        case '-':
          return (l as number) - (r as number);
        case '*':
          return (l as number) * (r as number);
      }
    }
  }
}

/** Applies effects in order, clamping numbers to their declared range. Returns new values. */
export function applyEffects(
  effects: readonly Effect[],
  vars: Record<string, VarValue>,
  decls: Record<string, VariableDecl>,
): Record<string, VarValue> {
  const out = { ...vars };
  for (const eff of effects) {
    const v = evaluate(eff.value, out);
    const d = Object.hasOwn(decls, eff.target) ? decls[eff.target] : undefined;
    if (!d) continue;
    if (d.type === 'flag') {
      setOwn(out, eff.target, v as boolean);
      continue;
    }
    const cur = ownValue(out, eff.target) as number;
    const raw = eff.op === '=' ? (v as number) : eff.op === '+=' ? cur + (v as number) : cur - (v as number);
    setOwn(out, eff.target, Math.min(d.max, Math.max(d.min, raw)));
  }
  return out;
}
