// The class table's text: columns split into what the student's device claims (name, class,
// mode, date, time taken) and what replay verifies (scenario, seat, ending, scores, questions),
// the status and notes of each row, and the same rows as CSV. Input text goes through safeEcho.

import { type CompiledScenario, safeEcho } from '../engine';
import { toCsv } from './csv';
import { endingRanges } from './endingRanges';
import type { Row, RowError, RowFlag } from './resultsModel';
import type { VerifiedResult, VerifyFailure } from './verify';

export interface Labels {
  t(key: string, params?: Record<string, string | number>): string;
  /** A key of a scenario's own namespace. */
  sx(c: CompiledScenario, key: string): string;
}

type Shipped = ReadonlyMap<string, CompiledScenario>;

/** Scoring axes of all shipped scenarios, in first-seen order, with a label. */
export function axesOf(scenarios: readonly CompiledScenario[], l: Labels): { id: string; label: string }[] {
  const out = new Map<string, string>();
  for (const c of scenarios) {
    for (const [id, axis] of Object.entries(c.scenario.axes))
      if (!out.has(id)) out.set(id, l.sx(c, axis.label));
  }
  return [...out].map(([id, label]) => ({ id, label }));
}

export const titleOf = (shipped: Shipped, id: string, l: Labels) => {
  const c = shipped.get(id);
  return c ? l.sx(c, c.scenario.meta.title) : safeEcho(id);
};

export function endingTitle(c: CompiledScenario | undefined, node: string, l: Labels): string {
  const n = c?.nodes.get(node)?.node;
  return c && n?.kind === 'ending' ? l.sx(c, n.title) : safeEcho(node);
}

export function failureText(f: VerifyFailure, shipped: Shipped, l: Labels, scenario: string): string {
  const c = shipped.get(scenario);
  switch (f.kind) {
    case 'unknownScenario':
      return l.t('results.fail.unknownScenario', { scenario: safeEcho(f.scenario) });
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
        axis: c && label ? l.sx(c, label) : safeEcho(f.axis),
        claimed: f.claimed,
        actual: f.actual,
      });
    }
  }
}

export function errorText(e: RowError, l: Labels): string {
  if (e.kind === 'futureVersion') return l.t('results.error.futureVersion', { found: e.found });
  if (e.kind === 'tooLarge') return l.t('results.error.tooLarge', { size: e.size });
  return l.t(`results.error.${e.kind}`);
}

export function statusText(row: Row, shipped: Shipped, l: Labels): string {
  if (row.error) return errorText(row.error, l);
  const r = row.result as VerifiedResult;
  return r.verified
    ? l.t('results.verified')
    : failureText(r.failure as VerifyFailure, shipped, l, r.data.scenario);
}

function flagText(f: RowFlag, shipped: Shipped, l: Labels): string {
  if (f.kind === 'otherAssignment') return l.t('results.flag.otherAssignment');
  if (f.kind === 'otherScenario')
    return l.t('results.flag.otherScenario', { title: titleOf(shipped, f.expected, l) });
  return l.t('results.flag.mode', {
    played: l.t(`results.mode.${f.played}`),
    expected: l.t(`results.mode.${f.expected}`),
  });
}

/** Notes a teacher should read: same play as another row, another assignment, another mode. */
export function notesText(row: Row, shipped: Shipped, l: Labels): string {
  const notes = row.flags.map((f) => flagText(f, shipped, l));
  if (row.samePlayAs) notes.unshift(l.t('results.flag.samePlay', { n: row.samePlayAs }));
  return notes.join(' ');
}

/** h:mm:ss, so 45 minutes never reads as 45 hours. */
export const duration = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

const bestTotal = new WeakMap<CompiledScenario, number>();

/** The run's total over all axes as a share of the best total any ending allows. */
export function percentage(
  c: CompiledScenario | undefined,
  score: Record<string, number> | undefined,
): string {
  if (!c || !score) return '';
  let max = bestTotal.get(c);
  if (max === undefined) {
    const axes = Object.keys(c.scenario.axes);
    const ends = [...endingRanges(c).values()];
    max = Math.max(0, ...ends.map((e) => axes.reduce((s, a) => s + (e.max[a] ?? 0), 0)));
    bestTotal.set(c, max);
  }
  const total = Object.keys(c.scenario.axes).reduce((s, a) => s + (score[a] ?? 0), 0);
  return max > 0 ? `${Math.round((100 * Math.max(0, total)) / max)}%` : '';
}

export const CLAIMED = ['name', 'class', 'mode', 'date', 'time'] as const;

/** The cells a device claims, in CLAIMED order. */
function claimedCells(r: VerifiedResult, l: Labels): string[] {
  return [
    safeEcho(r.data.name) || l.t('results.noName'),
    safeEcho(r.data.classLabel),
    l.t(`results.mode.${r.data.mode}`),
    new Date(r.data.finishedAt).toISOString().slice(0, 10),
    duration(r.seconds),
  ];
}

/** Verified cells: scenario, seat, ending, each axis, questions right, percentage. */
function verifiedCells(r: VerifiedResult, shipped: Shipped, axes: { id: string }[], l: Labels): string[] {
  const c = shipped.get(r.data.scenario);
  return [
    titleOf(shipped, r.data.scenario, l),
    c ? safeEcho(c.scenario.meta.seat) : '',
    r.ending ? endingTitle(c, r.ending, l) : '',
    ...axes.map((a) => (r.score && a.id in r.score ? String(r.score[a.id]) : '')),
    r.quiz ? l.t('results.quizCell', { right: r.quiz.right, asked: r.quiz.asked }) : '',
    r.verified ? percentage(c, r.score) : '',
  ];
}

/** The visible cells of a row, in column order (see `header`). */
export function cells(row: Row, shipped: Shipped, axes: { id: string }[], l: Labels): string[] {
  const r = row.result;
  const tail = [statusText(row, shipped, l), notesText(row, shipped, l)];
  if (!r) {
    const blank = (n: number) => Array.from({ length: n }, () => '');
    return [
      String(row.n),
      l.t('results.unreadable'),
      ...blank(CLAIMED.length - 1),
      ...blank(axes.length + 6),
      ...tail,
    ];
  }
  return [String(row.n), ...claimedCells(r, l), ...verifiedCells(r, shipped, axes, l), ...tail];
}

export const VERIFIED_FIXED = ['scenario', 'seat', 'ending'] as const;

export function header(axes: { label: string }[], l: Labels): string[] {
  const k = (key: string) => l.t(`results.col.${key}`);
  return [
    k('row'),
    ...CLAIMED.map(k),
    ...VERIFIED_FIXED.map(k),
    ...axes.map((a) => a.label),
    k('quiz'),
    k('percent'),
    k('status'),
    k('notes'),
  ];
}

/**
 * The reasons a verified row gave, for the CSV only (the table stays narrow): "decision: reason"
 * in the teacher's language, in the order given.
 */
export function reasonsCell(row: Row, shipped: Shipped, l: Labels): string {
  const r = row.result;
  const c = r ? shipped.get(r.data.scenario) : undefined;
  if (!r?.verified || !c) return '';
  return r.reasons
    .map(({ node, reason }) => {
      const d = c.nodes.get(node)?.node;
      const o = d?.kind === 'decision' ? d.reasons?.options.find((x) => x.id === reason) : undefined;
      return `${node}: ${o ? l.sx(c, o.label) : safeEcho(reason)}`;
    })
    .join(' | ');
}

export function resultsCsv(
  rows: readonly Row[],
  shipped: Shipped,
  axes: { id: string; label: string }[],
  l: Labels,
): string {
  return toCsv([
    [...header(axes, l), l.t('results.col.reasons')],
    ...rows.map((r) => [...cells(r, shipped, axes, l), reasonsCell(r, shipped, l)]),
  ]);
}
