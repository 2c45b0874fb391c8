// Limits that keep validation bounded and readable on runaway or hostile scenarios: above
// MAX_NODES the passes that simulate play (historical path, exploration with conditions) are
// skipped with one error saying so, and a flood of the same problem is listed once per node only
// up to MAX_REPEATS times, then summed up in one line. MAX_NUMBER bounds every number an author
// writes, so no sum or clamp the engine makes can leave the finite numbers.

import type { Diagnostic } from '../api';
import type { Scenario } from '../types';
import { err } from './diag';

// Digits grouped by commas, as toLocaleString('en') would, for the whole numbers these messages
// print. Not toLocaleString itself: NUMBER_FIX below is built when the module loads, and the first
// toLocaleString call loads the ICU number data, about 100 ms of main thread at 4× CPU on the
// game's first screen, for a message a student never sees.
const fmt = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Nodes the validator simulates play through. Real scenarios have tens to hundreds; the engine
 * bench generates 10,000 and must stay fully checked. Exploration grows with nodes × variable
 * values (10,000 bench nodes: ~87,000 play states, ~1 s) and stops at 200,000 states, so well
 * above this size its figures would be cut short anyway.
 */
export const MAX_NODES = 25_000;
/** Diagnostics of one code listed before the rest are summed up. */
export const MAX_REPEATS = 20;

/**
 * Largest magnitude of any number an author writes: expression literals, variable min, max and
 * initial, and choice score gains. With it every sum the engine makes stays finite: a score is at
 * most (choices in a play) × MAX_NUMBER, which reaches Infinity only after 1e299 choices, and
 * stays an exact whole number up to 9 million choices. Products inside one expression are
 * bounded separately (`expr.overflow`), since `x * x * x …` can still overflow.
 */
export const MAX_NUMBER = 1_000_000_000;

/** True when `n` is a finite number no larger in magnitude than MAX_NUMBER. */
export const withinLimit = (n: unknown): boolean =>
  typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_NUMBER;

/** How a refused number reads in a message: `1e+400`, `Infinity`, `NaN`, never 400 digits. */
export const showNumber = (n: number): string => (Math.abs(n) >= 1e21 ? n.toExponential(3) : String(n));

/** The fix for a number over MAX_NUMBER. */
export const NUMBER_FIX = `use a number between -${fmt(MAX_NUMBER)} and ${fmt(MAX_NUMBER)}`;

export function nodeCount(s: Scenario): number {
  const nodes = (s as { nodes?: unknown }).nodes;
  return nodes !== null && typeof nodes === 'object' ? Object.keys(nodes).length : 0;
}

/** One error when the scenario is too big to simulate; empty otherwise. */
export function checkSize(s: Scenario): Diagnostic[] {
  const n = nodeCount(s);
  if (n <= MAX_NODES) return [];
  return [
    err(
      'size.tooManyNodes',
      ['nodes'],
      `the scenario has ${fmt(n)} nodes; the validator plays through at most ${fmt(MAX_NODES)}, ` +
        'so the historical path and reachability with conditions were not checked',
      `split the scenario into several scenarios of at most ${fmt(MAX_NODES)} nodes each`,
    ),
  ];
}

/**
 * Keeps the first `max` diagnostics of each code and replaces the rest with one summary of the
 * same code and severity, so 100,000 nodes with the same problem read as 21 lines, not 100,000.
 */
export function collapseRepeats(diags: Diagnostic[], max = MAX_REPEATS): Diagnostic[] {
  const count = new Map<string, number>();
  for (const d of diags) count.set(d.code, (count.get(d.code) ?? 0) + 1);
  if (![...count.values()].some((c) => c > max)) return diags;
  const shown = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diags) {
    const i = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, i);
    if (i <= max) out.push(d);
    else if (i === max + 1) {
      const rest = (count.get(d.code) ?? 0) - max;
      out.push({
        severity: d.severity,
        code: d.code,
        path: d.path,
        message: `… and ${fmt(rest)} more like the ${max} above (${d.code}), not listed`,
        fix: d.fix,
      });
    }
  }
  return out;
}
