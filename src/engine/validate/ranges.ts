// Interval analysis of numeric variables over the story graph (conditions ignored, so it may
// over-warn but never misses): warns where an effect can push a meter past its declared range,
// since the engine silently clamps and the author probably meant something else.

import type { Diagnostic } from '../api';
import type { Effect, Expr } from '../expr/parse';
import type { Scenario } from '../types';
import { edgesOf, entriesOf, own, type Path, warn } from './diag';
import type { Parsed } from './exprs';

type Iv = [number, number];
type State = Map<string, Iv>;
/** After this many widenings of one node, jump straight to the declared range (loops). */
const WIDEN_AFTER = 40;

function ivOf(e: Expr, st: State): Iv | undefined {
  switch (e.kind) {
    case 'num':
      return [e.value, e.value];
    case 'var':
      return st.get(e.name);
    case 'neg': {
      const a = ivOf(e.arg, st);
      return a && [-a[1], -a[0]];
    }
    case 'bin': {
      const a = ivOf(e.left, st);
      const b = ivOf(e.right, st);
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
function narrow(e: Expr | undefined, st: State): State | undefined {
  if (e?.kind !== 'bin') return st;
  if (e.op === 'and') {
    const l = narrow(e.left, st);
    return l && narrow(e.right, l);
  }
  let v: string | undefined;
  let c: number | undefined;
  let op: string | undefined = e.op;
  if (e.left.kind === 'var' && e.right.kind === 'num') [v, c] = [e.left.name, e.right.value];
  else if (e.left.kind === 'num' && e.right.kind === 'var')
    [v, c, op] = [e.right.name, e.left.value, FLIP[e.op]];
  const cur = v === undefined ? undefined : st.get(v);
  if (v === undefined || c === undefined || !cur) return st;
  const whole = Number.isInteger(c) && Number.isInteger(cur[0]) && Number.isInteger(cur[1]);
  const step = whole ? 1 : 0;
  let [lo, hi] = cur;
  if (op === '<') hi = Math.min(hi, c - step);
  else if (op === '<=') hi = Math.min(hi, c);
  else if (op === '>') lo = Math.max(lo, c + step);
  else if (op === '>=') lo = Math.max(lo, c);
  else if (op === '==') [lo, hi] = [Math.max(lo, c), Math.min(hi, c)];
  if (lo > hi) return undefined;
  const next = new Map(st);
  next.set(v, [lo, hi]);
  return next;
}

export function checkRanges(s: Scenario, parsed: Parsed): Diagnostic[] {
  const decls = s.variables ?? {};
  const start: State = new Map();
  for (const [id, d] of entriesOf(decls)) if (d.type !== 'flag') start.set(id, [d.initial, d.initial]);
  if (start.size === 0 || !own(s.nodes, s.start)) return [];
  const warned = new Map<string, Diagnostic>();
  const apply = (st: State, list: string[] | undefined, path: Path): State => {
    const next = new Map(st);
    (list ?? []).forEach((src, i) => {
      const eff = parsed.effects.get(src) as Effect | undefined;
      const d = eff && own(decls, eff.target);
      if (!eff || !d || d.type === 'flag') return;
      const v = ivOf(eff.value, next);
      const cur = next.get(eff.target) as Iv;
      if (!v) {
        next.set(eff.target, [d.min, d.max]);
        return;
      }
      const raw: Iv =
        eff.op === '='
          ? v
          : eff.op === '+='
            ? [cur[0] + v[0], cur[1] + v[1]]
            : [cur[0] - v[1], cur[1] - v[0]];
      const p = [...path, i];
      const k = p.join('\u0000');
      if (!warned.has(k) && (raw[1] > d.max || raw[0] < d.min)) {
        const over =
          raw[1] > d.max
            ? `up to ${raw[1]}, above its max ${d.max}`
            : `down to ${raw[0]}, below its min ${d.min}`;
        warned.set(
          k,
          warn(
            'range.clamped',
            p,
            `'${src}' can take '${eff.target}' ${over}; the engine clamps it`,
            `change the amount or the range of '${eff.target}', or guard the effect with a condition`,
          ),
        );
      }
      next.set(eff.target, [Math.max(d.min, raw[0]), Math.min(d.max, raw[1])]);
    });
    return next;
  };
  const entry = new Map<string, State>([[s.start, start]]);
  const visits = new Map<string, number>();
  // A queue read by index: `shift()` would make big scenarios quadratic.
  const todo = [s.start];
  // A node's entry grows at most WIDEN_AFTER + 2 times, then once per variable (to its range). The
  // bound makes that a guarantee: a NaN (`1e999 - 1e999`, or a declaration that is not a number
  // when validate() gets an unchecked object) never equals itself, so it "grows" for ever.
  const maxSteps = 2 * (Object.keys(s.nodes ?? {}).length + 1) * (WIDEN_AFTER + 2 + start.size);
  for (let head = 0; head < todo.length && head < maxSteps; head++) {
    const id = todo[head] as string;
    const n = own(s.nodes, id);
    const st = entry.get(id);
    if (!n || !st) continue;
    const after = apply(st, n.effects, ['nodes', id, 'effects']);
    for (const e of edgesOf(id, n)) {
      const guarded = e.when === undefined ? after : narrow(parsed.conds.get(e.when), after);
      if (!own(s.nodes, e.to) || !guarded) continue;
      const out =
        e.choice === undefined
          ? guarded
          : apply(guarded, e.effects, ['nodes', id, 'choices', e.choice, 'effects']);
      if (join(entry, e.to, out, visits, decls)) todo.push(e.to);
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
  decls: Scenario['variables'],
): boolean {
  const old = entry.get(to);
  if (!old) {
    entry.set(to, st);
    return true;
  }
  const widen = (visits.get(to) ?? 0) > WIDEN_AFTER;
  let grew = false;
  const merged: State = new Map();
  for (const [v, a] of old) {
    const b = st.get(v) ?? a;
    let m: Iv = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
    if (m[0] !== a[0] || m[1] !== a[1]) {
      grew = true;
      const d = decls[v];
      if (widen && d && d.type !== 'flag') m = [d.min, d.max];
    }
    merged.set(v, m);
  }
  if (grew) {
    entry.set(to, merged);
    visits.set(to, (visits.get(to) ?? 0) + 1);
  }
  return grew;
}
