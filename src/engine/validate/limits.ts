// Limits that keep validation bounded and readable on runaway or hostile scenarios: above
// MAX_NODES the passes that simulate play (historical path, exploration with conditions) are
// skipped with one error saying so, and a flood of the same problem is listed once per node only
// up to MAX_REPEATS times, then summed up in one line.

import type { Diagnostic } from '../api';
import type { Scenario } from '../types';
import { err } from './diag';

/**
 * Nodes the validator simulates play through. Real scenarios have tens to hundreds; the engine
 * bench generates 10,000 and must stay fully checked. Exploration grows with nodes × variable
 * values (10,000 bench nodes: ~87,000 play states, ~1 s) and stops at 200,000 states, so well
 * above this size its figures would be cut short anyway.
 */
export const MAX_NODES = 25_000;
/** Diagnostics of one code listed before the rest are summed up. */
export const MAX_REPEATS = 20;

const fmt = (n: number): string => n.toLocaleString('en');

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
