// The class table as data: each pasted code or file decoded and verified, the columns a teacher
// reads (name, ending, score per axis, quiz, time, verified or why not), and the same rows as CSV.
// Pure: text comes through the `Labels` functions, so tests run without a page.

import type { CompiledScenario } from '../engine';
import { type CodeError, decodeResult } from '../platform/resultCode';
import { readResultFile } from '../platform/resultFile';
import { toCsv } from './csv';
import { type VerifiedResult, type VerifyFailure, verifyResult } from './verify';

export interface Row {
  /** The pasted text or the file name it came from. */
  input: string;
  error?: CodeError;
  result?: VerifiedResult;
}

export interface Labels {
  t(key: string, params?: Record<string, string | number>): string;
  /** A key of a scenario's own namespace. */
  sx(c: CompiledScenario, key: string): string;
}

export function rowsFrom(entries: readonly string[], shipped: ReadonlyMap<string, CompiledScenario>): Row[] {
  return entries.map((input) => {
    const decoded = input.trim().startsWith('{') ? readResultFile(input) : decodeResult(input);
    return decoded.ok
      ? { input, result: verifyResult(decoded.value, shipped) }
      : { input, error: decoded.error };
  });
}

/** Scoring axes of all shipped scenarios, in first-seen order, with a label. */
export function axesOf(scenarios: readonly CompiledScenario[], l: Labels): { id: string; label: string }[] {
  const out = new Map<string, string>();
  for (const c of scenarios) {
    for (const [id, axis] of Object.entries(c.scenario.axes))
      if (!out.has(id)) out.set(id, l.sx(c, axis.label));
  }
  return [...out].map(([id, label]) => ({ id, label }));
}

const titleOf = (shipped: ReadonlyMap<string, CompiledScenario>, id: string, l: Labels) => {
  const c = shipped.get(id);
  return c ? l.sx(c, c.scenario.meta.title) : id;
};

function endingTitle(c: CompiledScenario | undefined, node: string, l: Labels): string {
  const n = c?.nodes.get(node)?.node;
  return c && n?.kind === 'ending' ? l.sx(c, n.title) : node;
}

export function failureText(
  f: VerifyFailure,
  shipped: ReadonlyMap<string, CompiledScenario>,
  l: Labels,
  scenario: string,
): string {
  const c = shipped.get(scenario);
  switch (f.kind) {
    case 'unknownScenario':
      return l.t('results.fail.unknownScenario', { scenario: f.scenario });
    case 'contentVersion':
      return l.t('results.fail.contentVersion', {
        title: titleOf(shipped, f.scenario, l),
        found: f.found,
        shipped: f.shipped,
      });
    case 'replay':
      return l.t('results.fail.replay');
    case 'unfinished':
      return l.t('results.fail.unfinished');
    case 'ending':
      return l.t('results.fail.ending', {
        claimed: endingTitle(c, f.claimed, l),
        actual: endingTitle(c, f.actual, l),
      });
    case 'score': {
      const label = c?.scenario.axes[f.axis]?.label;
      return l.t('results.fail.score', {
        axis: c && label ? l.sx(c, label) : f.axis,
        claimed: f.claimed,
        actual: f.actual,
      });
    }
  }
}

export const errorText = (e: CodeError, l: Labels): string =>
  l.t(`results.error.${e.kind}`, e.kind === 'futureVersion' ? { found: e.found } : {});

export function statusText(row: Row, shipped: ReadonlyMap<string, CompiledScenario>, l: Labels): string {
  if (row.error) return errorText(row.error, l);
  const r = row.result as VerifiedResult;
  return r.verified
    ? l.t('results.verified')
    : failureText(r.failure as VerifyFailure, shipped, l, r.data.scenario);
}

export const minutes = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The visible cells of a row, in column order (see `header`). */
export function cells(
  row: Row,
  shipped: ReadonlyMap<string, CompiledScenario>,
  axes: { id: string }[],
  l: Labels,
): string[] {
  const r = row.result;
  const status = statusText(row, shipped, l);
  if (!r) return [l.t('results.unreadable'), '', '', '', ...axes.map(() => ''), '', '', status];
  const c = shipped.get(r.data.scenario);
  return [
    r.data.name || l.t('results.noName'),
    r.data.classLabel,
    titleOf(shipped, r.data.scenario, l),
    r.ending ? endingTitle(c, r.ending, l) : '',
    ...axes.map((a) => (r.score && a.id in r.score ? String(r.score[a.id]) : '')),
    r.quiz ? l.t('results.quizCell', { right: r.quiz.right, asked: r.quiz.asked }) : '',
    minutes(r.seconds),
    status,
  ];
}

export function header(axes: { label: string }[], l: Labels): string[] {
  const k = (key: string) => l.t(`results.col.${key}`);
  return [
    k('name'),
    k('class'),
    k('scenario'),
    k('ending'),
    ...axes.map((a) => a.label),
    k('quiz'),
    k('time'),
    k('status'),
  ];
}

export function resultsCsv(
  rows: readonly Row[],
  shipped: ReadonlyMap<string, CompiledScenario>,
  axes: { id: string; label: string }[],
  l: Labels,
): string {
  return toCsv([header(axes, l), ...rows.map((r) => cells(r, shipped, axes, l))]);
}
