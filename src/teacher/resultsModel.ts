// The class table as data: each stored code decoded and verified on its own (one bad row never
// breaks the others), checked against the assignment it claims, and compared with the other rows
// so the same play under two names is flagged. Pure: tests run without a page.

import type { CompiledScenario } from '../engine';
import { type CodeError, decodeResult } from '../platform/resultCode';
import { readResultFile } from '../platform/resultFile';
import type { AssignmentRecord } from './assignments';
import { type VerifiedResult, verifyResult } from './verify';

/** Why a readable row deserves a second look, apart from verification. */
export type RowFlag =
  | { kind: 'otherAssignment' }
  | { kind: 'mode'; played: string; expected: string }
  | { kind: 'otherScenario'; expected: string };

export type RowError = CodeError | { kind: 'internal' };

export interface Row {
  /** 1-based position in the table, as shown. */
  n: number;
  /** The stored code (what the remove button removes). */
  input: string;
  error?: RowError;
  result?: VerifiedResult;
  /** The row number of the first row with the same decoded play (scenario, seed, events). */
  samePlayAs?: number;
  flags: RowFlag[];
}

function decodeRow(input: string, shipped: ReadonlyMap<string, CompiledScenario>): Omit<Row, 'n' | 'flags'> {
  try {
    const decoded = input.trim().startsWith('{') ? readResultFile(input) : decodeResult(input);
    return decoded.ok
      ? { input, result: verifyResult(decoded.value, shipped) }
      : { input, error: decoded.error };
  } catch {
    // A bug or an engine limit must cost one row, never the page.
    return { input, error: { kind: 'internal' } };
  }
}

function flagsOf(
  r: VerifiedResult | undefined,
  assignments: ReadonlyMap<string, AssignmentRecord>,
): RowFlag[] {
  const id = r?.data.assignment;
  if (!r || !id) return [];
  const a = assignments.get(id);
  if (!a) return [{ kind: 'otherAssignment' }];
  const flags: RowFlag[] = [];
  if (a.scenario !== r.data.scenario) flags.push({ kind: 'otherScenario', expected: a.scenario });
  if (a.mode !== r.data.mode) flags.push({ kind: 'mode', played: r.data.mode, expected: a.mode });
  return flags;
}

/** What makes two codes the same play: names, class, times and the claim do not count. */
export const playKey = (r: VerifiedResult): string =>
  JSON.stringify([r.data.scenario, r.data.contentVersion, r.data.seed, r.data.events]);

export function rowsFrom(
  entries: readonly string[],
  shipped: ReadonlyMap<string, CompiledScenario>,
  assignments: ReadonlyMap<string, AssignmentRecord> = new Map(),
): Row[] {
  const firstOf = new Map<string, number>();
  return entries.map((input, i) => {
    const row: Row = { ...decodeRow(input, shipped), n: i + 1, flags: [] };
    if (!row.result) return row;
    row.flags = flagsOf(row.result, assignments);
    const key = playKey(row.result);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, row.n);
    else row.samePlayAs = first;
    return row;
  });
}

/** The rows the class view and heatmap count: verified, and each play once (a copy handed in
 * under another name still shows in the table, flagged, but must not weigh twice). */
export function classResults(rows: readonly Row[]): VerifiedResult[] {
  return rows.flatMap((r) => (r.samePlayAs === undefined && r.result?.verified ? [r.result] : []));
}
