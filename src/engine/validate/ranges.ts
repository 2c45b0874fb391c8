// Interval analysis of numeric variables over the story graph (conditions ignored, so it may
// over-warn but never misses): warns where an effect can push a meter past its declared range,
// since the engine silently clamps and the author probably meant something else.

import type { Diagnostic } from '../api';
import type { Effect, Expr } from '../expr/parse';
import type { Scenario, VariableDecl } from '../types';
import { entriesOf, own, type Path, quote, warn } from './diag';
import type { Parsed } from './exprs';

type Iv = [number, number];
/**
 * Bounds of every numeric variable: lo of variable i at 2i, hi at 2i + 1. A flat array rather
 * than a map of pairs: this pass copies and joins states on every edge of the story.
 */
type State = Float64Array;
/** After this many widenings of one node, jump straight to the declared range (loops). */
const WIDEN_AFTER = 40;

interface Vars {
  /** Numeric variable name → its index in a State. */
  index: Map<string, number>;
  decls: { min: number; max: number }[];
}

const bounds = (st: State, i: number): Iv => [st[2 * i] as number, st[2 * i + 1] as number];

function ivOf(e: Expr, st: State, vars: Vars): Iv | undefined {
  switch (e.kind) {
    case 'num':
      return [e.value, e.value];
    case 'var': {
      const i = vars.index.get(e.name);
      return i === undefined ? undefined : bounds(st, i);
    }
    case 'neg': {
      const a = ivOf(e.arg, st, vars);
      return a && [-a[1], -a[0]];
    }
    case 'bin': {
      const a = ivOf(e.left, st, vars);
      const b = ivOf(e.right, st, vars);
      if (!a || !b) return undefined;
      if (e.op === '+') return [a[0] + b[0], a[1] + b[1]];
      if (e.op === '-') return [a[0] - b[1], a[1] - b[0]];
      if (e.op === '*') {
        const ps = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
        return [Math.min(...ps), Math.max(...ps)];
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

const FLIP: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==' };

/**
 * Narrows intervals by a condition's comparisons of a variable with a number (through `and`),
 * so `when: pressure < 2` before `pressure += 1` is not taken for an overflow. Returns undefined
 * when the condition cannot hold.
 */
function narrow(e: Expr | undefined, st: State, vars: Vars): State | undefined {
  if (e?.kind !== 'bin') return st;
  if (e.op === 'and') {
    const l = narrow(e.left, st, vars);
    return l && narrow(e.right, l, vars);
  }
  let v: string | undefined;
  let c: number | undefined;
  let op: string | undefined = e.op;
  if (e.left.kind === 'var' && e.right.kind === 'num') [v, c] = [e.left.name, e.right.value];
  else if (e.left.kind === 'num' && e.right.kind === 'var')
    [v, c, op] = [e.right.name, e.left.value, FLIP[e.op]];
  const i = v === undefined ? undefined : vars.index.get(v);
  if (i === undefined || c === undefined) return st;
  let [lo, hi] = bounds(st, i);
  const whole = Number.isInteger(c) && Number.isInteger(lo) && Number.isInteger(hi);
  const step = whole ? 1 : 0;
  if (op === '<') hi = Math.min(hi, c - step);
  else if (op === '<=') hi = Math.min(hi, c);
  else if (op === '>') lo = Math.max(lo, c + step);
  else if (op === '>=') lo = Math.max(lo, c);
  else if (op === '==') [lo, hi] = [Math.max(lo, c), Math.min(hi, c)];
  if (lo > hi) return undefined;
  const next = st.slice();
  next[2 * i] = lo;
  next[2 * i + 1] = hi;
  return next;
}

function numericVars(decls: Record<string, VariableDecl>): { vars: Vars; start: State } {
  const vars: Vars = { index: new Map(), decls: [] };
  const init: number[] = [];
  for (const [id, d] of entriesOf(decls)) {
    if (d.type === 'flag') continue;
    vars.index.set(id, vars.decls.length);
    vars.decls.push({ min: d.min, max: d.max });
    init.push(d.initial, d.initial);
  }
  return { vars, start: Float64Array.from(init) };
}

export function checkRanges(s: Scenario, parsed: Parsed): Diagnostic[] {
  const { vars, start } = numericVars(s.variables ?? {});
  if (vars.decls.length === 0 || !own(s.nodes, s.start)) return [];
  const warned = new Map<string, Diagnostic>();
  const warnOnce = (p: Path, src: string, target: string, raw: Iv, d: { min: number; max: number }) => {
    const k = p.join('\u0000');
    if (warned.has(k)) return;
    const over =
      raw[1] > d.max
        ? `up to ${raw[1]}, above its max ${d.max}`
        : `down to ${raw[0]}, below its min ${d.min}`;
    warned.set(
      k,
      warn(
        'range.clamped',
        p,
        `${quote(src)} can take ${quote(target)} ${over}; the engine clamps it`,
        `change the amount or the range of ${quote(target)}, or guard the effect with a condition`,
      ),
    );
  };
  // Closures are made once, not per node: this pass runs over every edge of big scenarios.
  const apply = (st: State, list: string[] | undefined, node: string, choice?: number): State => {
    // Most nodes change nothing: share the state instead of copying it.
    if (!list || list.length === 0) return st;
    const next = st.slice();
    for (let k = 0; k < list.length; k++) {
      const src = list[k] as string;
      const eff = parsed.effects.get(src) as Effect | undefined;
      const i = eff && vars.index.get(eff.target);
      if (!eff || i === undefined) continue;
      const d = vars.decls[i] as { min: number; max: number };
      const v = ivOf(eff.value, next, vars);
      const cur = bounds(next, i);
      let raw: Iv;
      if (!v) raw = [d.min, d.max];
      else {
        raw =
          eff.op === '='
            ? v
            : eff.op === '+='
              ? [cur[0] + v[0], cur[1] + v[1]]
              : [cur[0] - v[1], cur[1] - v[0]];
        if (raw[1] > d.max || raw[0] < d.min) {
          const p: Path =
            choice === undefined
              ? ['nodes', node, 'effects', k]
              : ['nodes', node, 'choices', choice, 'effects', k];
          warnOnce(p, src, eff.target, raw, d);
        }
      }
      next[2 * i] = Math.max(d.min, raw[0]);
      next[2 * i + 1] = Math.min(d.max, raw[1]);
    }
    return next;
  };
  const entry = new Map<string, State>([[s.start, start]]);
  const visits = new Map<string, number>();
  // A queue read by index: `shift()` would make big scenarios quadratic.
  const todo = [s.start];
  const follow = (
    from: string,
    after: State,
    to: string,
    when: string | undefined,
    choice?: number,
    effects?: string[],
  ) => {
    const guarded = when === undefined ? after : narrow(parsed.conds.get(when), after, vars);
    if (!own(s.nodes, to) || !guarded) return;
    const out = choice === undefined ? guarded : apply(guarded, effects, from, choice);
    if (join(entry, to, out, visits, vars)) todo.push(to);
  };
  // A node's entry grows at most WIDEN_AFTER + 2 times, then once per variable (to its range). The
  // bound makes that a guarantee: a NaN (`1e999 - 1e999`, or a declaration that is not a number
  // when validate() gets an unchecked object) never compares as growth here, and no other input
  // can keep the worklist going either.
  const maxSteps = 2 * (Object.keys(s.nodes ?? {}).length + 1) * (WIDEN_AFTER + 2 + vars.decls.length);
  for (let head = 0; head < todo.length && head < maxSteps; head++) {
    const id = todo[head] as string;
    const n = own(s.nodes, id);
    const st = entry.get(id);
    if (!n || !st) continue;
    const after = apply(st, n.effects, id);
    if (n.kind === 'decision') {
      const choices = n.choices ?? [];
      for (let i = 0; i < choices.length; i++) {
        const c = choices[i] as (typeof choices)[number];
        follow(id, after, c.to, c.when, i, c.effects);
      }
    } else if (n.kind !== 'ending') {
      if (typeof n.next === 'string') follow(id, after, n.next, undefined);
      else for (const b of n.next ?? []) follow(id, after, b.to, b.when);
    }
  }
  return [...warned.values()];
}

/** Joins `st` into the entry state of `to`; true if that state grew. */
function join(
  entry: Map<string, State>,
  to: string,
  st: State,
  visits: Map<string, number>,
  vars: Vars,
): boolean {
  const old = entry.get(to);
  if (!old) {
    entry.set(to, st);
    return true;
  }
  let grew = false;
  for (let k = 0; k < old.length && !grew; k += 2) {
    grew = (st[k] as number) < (old[k] as number) || (st[k + 1] as number) > (old[k + 1] as number);
  }
  if (!grew) return false;
  // Only a state that grows is copied (most joins at a merge point change nothing).
  const widen = (visits.get(to) ?? 0) > WIDEN_AFTER;
  const merged = old.slice();
  for (let i = 0; i < vars.decls.length; i++) {
    const lo = Math.min(old[2 * i] as number, st[2 * i] as number);
    const hi = Math.max(old[2 * i + 1] as number, st[2 * i + 1] as number);
    const changed = lo !== old[2 * i] || hi !== old[2 * i + 1];
    const d = vars.decls[i] as { min: number; max: number };
    merged[2 * i] = changed && widen ? d.min : lo;
    merged[2 * i + 1] = changed && widen ? d.max : hi;
  }
  entry.set(to, merged);
  visits.set(to, (visits.get(to) ?? 0) + 1);
  return true;
}
