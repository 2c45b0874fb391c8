// Formats validation and i18n-check results for people (one line per diagnostic, with
// statistics) and the figures shown beside each scenario.

import { relative } from 'node:path';
import type { Diagnostic, Scenario, ScoringReport } from '../engine';
import { printable, showPath } from '../engine';

/** What `explore()` reports that the statistics print. */
export interface ExploreStats {
  endings: Map<
    string,
    { paths: number; score: { min: Record<string, number>; max: Record<string, number> } }
  >;
  paths: number;
  shortest: number;
  longest: number;
  truncated: boolean;
  cyclic: boolean;
}

export interface Stats {
  nodes: number;
  decisions: number;
  endings: number;
  quizItems: number;
  paths?: number;
  shortest?: number;
  longest?: number;
  truncated?: boolean;
  cyclic?: boolean;
  /** Per ending: plays reaching it and the score range per axis. */
  perEnding?: Record<string, { paths: number; score: Record<string, [number, number]> }>;
  /** What the scoring rewards: top options per decision, best score off the historical path. */
  scoring?: ScoringReport;
}

export function statsOf(s: Scenario, x?: ExploreStats, scoring?: ScoringReport): Stats {
  const nodes = Object.values(s.nodes);
  const st: Stats = {
    nodes: nodes.length,
    decisions: nodes.filter((n) => n.kind === 'decision').length,
    endings: nodes.filter((n) => n.kind === 'ending').length,
    quizItems: s.quiz.length,
  };
  if (!x) return st;
  const perEnding: NonNullable<Stats['perEnding']> = {};
  for (const [id, e] of x.endings) {
    const score: Record<string, [number, number]> = {};
    for (const axis of Object.keys(e.score.min))
      score[axis] = [e.score.min[axis] ?? 0, e.score.max[axis] ?? 0];
    perEnding[id] = { paths: e.paths, score };
  }
  return {
    ...st,
    paths: x.paths,
    shortest: x.shortest,
    longest: x.longest,
    truncated: x.truncated,
    cyclic: x.cyclic,
    perEnding,
    ...(scoring ? { scoring } : {}),
  };
}

const shown = (n: number) => (Number.isFinite(n) ? String(n) : 'none');

function scoringLines(r: ScoringReport): string[] {
  const { top } = r;
  const single = top.single.length ? ` (one top option: ${top.single.join(', ')})` : '';
  const lines = [
    `  decisions with two or more top options: ${top.withTwoOrMore} of ${top.decisions}${single}`,
  ];
  for (const a of r.axes) {
    const gap = Number.isFinite(a.offHistory) ? String(a.overall - a.offHistory) : 'no play';
    lines.push(
      `  ${a.axis}: best ${shown(a.overall)}; best off the historical path ${shown(a.offHistory)} (gap ${gap})`,
    );
  }
  for (const m of r.rising)
    lines.push(`  meter ${m.meter} only rises along the historical path (${m.from} → ${m.to})`);
  return lines;
}

export const displayPath = (file: string): string => relative(process.cwd(), file) || file;

/**
 * The one formatter for `npm run validate` and `npm run i18n:check`:
 * `file:line:column severity code path: message Fix: fix` (a finding about a whole file has no line).
 */
export function formatDiagnostic(d: Diagnostic): string {
  const file = displayPath(d.file ?? '?');
  const where = d.line === undefined ? file : `${file}:${d.line}:${d.column ?? 1}`;
  const path = d.path.length > 0 ? ` ${showPath(d.path)}` : '';
  // The whole line through `printable`: whatever a check echoed, the terminal gets no control,
  // bidi or zero-width character (each check also cuts long values with safeEcho).
  return printable(`${where} ${d.severity} ${d.code}${path}: ${d.message} Fix: ${d.fix}`);
}

/** Play counts grow exponentially: exact up to 10^15, then rounded, and past 10^308 a floor. */
export function count(n: number): string {
  if (!Number.isFinite(n)) return 'more than 10^308';
  if (n < 1e15) return String(n);
  const [mant, exp] = n.toExponential(1).split('e+') as [string, string];
  return `about ${mant} × 10^${exp}`;
}

export function formatStats(st: Stats): string[] {
  const lines = [
    `  ${st.nodes} nodes, ${st.decisions} decisions, ${st.endings} endings, ${st.quizItems} quiz items`,
  ];
  if (st.paths === undefined) return lines;
  const plus = st.truncated ? '+' : '';
  const plays = st.cyclic ? 'unbounded plays (loops)' : `${count(st.paths)}${plus} distinct plays`;
  lines.push(`  ${plays}; shortest ${st.shortest} steps, longest ${st.longest}${plus} steps`);
  for (const [id, e] of Object.entries(st.perEnding ?? {})) {
    const axes = Object.entries(e.score)
      .map(([a, [lo, hi]]) => (lo === hi ? `${a} ${lo}` : `${a} ${lo}..${hi}`))
      .join(', ');
    lines.push(`  ending ${id}: ${count(e.paths)}${plus} plays${axes ? `; ${axes}` : ''}`);
  }
  if (st.scoring) lines.push(...scoringLines(st.scoring));
  if (st.truncated) lines.push('  note: exploration hit its state limit; figures are lower bounds');
  if (st.cyclic) lines.push('  note: some plays can loop; longest counts each loop once');
  return lines;
}
