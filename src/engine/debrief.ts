// The debrief: the student's path beside the historical one, each decision with the choice
// really taken and its sources, the score per axis with its maximum, the timeline and questions.

import type { LogEntry, SourceView, Text } from './api';
import type { CompiledScenario } from './compiled';
import { explore } from './explore';
import { walkHistory } from './history';
import type { Run } from './run';
import type { QuizItem, ReasonOption } from './types';
import { quizView, sourceViews } from './view';

export interface DecisionReview {
  node: string;
  date?: string;
  place?: Text;
  prompt: Text;
  /** What the student chose, if they reached this decision. */
  chosen?: { id: string; label: Text; feedback: Text };
  /** The reason the student gave for their choice, if the decision asked why. */
  reason?: { id: string; label: Text; feedback: Text };
  /** What really happened, if this decision is on the historical path. */
  historical?: { id: string; label: Text; feedback: Text };
  /** The record does not say what the real actors chose here (`recordSilent`). */
  recordSilent: boolean;
  sources: SourceView[];
}
/** A knowledge check the student answered in the story, with how sure they said they were. */
export interface CheckReview {
  item: string;
  prompt: Text;
  correct: boolean;
  /** undefined when the student did not say. */
  sure?: boolean;
}
export interface DebriefView {
  scenario: string;
  ending: { node: string; title: Text; text: Text; outcome: 'historical' | 'hypothetical' } | undefined;
  studentPath: string[];
  historicalPath: string[];
  decisions: DecisionReview[];
  /** The checks answered in the story, in order; `sureWrong` are those marked sure and answered wrong. */
  checks: CheckReview[];
  sureWrong: CheckReview[];
  score: { axis: string; label: Text; value: number; max: number }[];
  timeline: { date: string; text: Text; sources: SourceView[]; node?: string; visited: boolean }[];
  questions: Text[];
  /** The practice bank; `seen` is false for an item whose content the student's path did not show. */
  quiz: (NonNullable<ReturnType<typeof quizView>> & { seen: boolean })[];
}

/**
 * Whether the student's path showed quiz item `q`'s content: they answered it at a check, or passed
 * a node its `taughtAt` names. An item without `taughtAt` counts as shown only if it was asked.
 */
export function itemSeen(c: CompiledScenario, q: QuizItem, path: readonly string[]): boolean {
  const visited = new Set(path);
  const asked = [...visited].some((id) => {
    const n = c.nodes.get(id)?.node;
    return n?.kind === 'check' && n.item === q.id;
  });
  return asked || (q.taughtAt ?? []).some((id) => visited.has(id));
}

/** The play that follows history: historical choices, right answers. */
export function historicalPlay(c: CompiledScenario): { path: string[]; log: LogEntry[] } {
  const { path, log } = walkHistory(c);
  return { path, log };
}

function choiceText(c: CompiledScenario, node: string, choiceId: string | undefined) {
  const ch = c.nodes.get(node)?.choices.find((x) => x.choice.id === choiceId)?.choice;
  if (!ch) return undefined;
  return {
    id: ch.id,
    label: { key: ch.label, ns: c.namespace },
    feedback: { key: ch.feedback, ns: c.namespace },
  };
}

function reasonText(c: CompiledScenario, o: ReasonOption | undefined) {
  if (!o) return undefined;
  return {
    id: o.id,
    label: { key: o.label, ns: c.namespace },
    feedback: { key: o.feedback, ns: c.namespace },
  };
}

// Exploring a scenario costs milliseconds to seconds; its maxima never change, so keep them.
const maximaCache = new WeakMap<CompiledScenario, Record<string, number>>();

/** The highest score any play can reach, per axis. */
export function scoreMaxima(c: CompiledScenario): Record<string, number> {
  let m = maximaCache.get(c);
  if (!m) {
    const endings = [...explore(c).endings.values()];
    m = Object.fromEntries(c.axes.map((a) => [a, Math.max(0, ...endings.map((e) => e.score.max[a] ?? 0))]));
    maximaCache.set(c, m);
  }
  return m;
}

export function debriefView(c: CompiledScenario, run: Run): DebriefView {
  const ns = c.namespace;
  const s = c.scenario;
  const ctx = run.context;
  const hist = historicalPlay(c);
  const chosenAt = new Map(
    ctx.log.flatMap((e) => (e.type === 'choice.select' ? [[e.node, e.choice] as const] : [])),
  );
  const histAt = new Map(
    hist.log.flatMap((e) => (e.type === 'choice.select' ? [[e.node, e.choice] as const] : [])),
  );
  // A reason is logged at its reason node, which names the decision and the choice it explains.
  const reasonAt = new Map(
    ctx.log.flatMap((e) => {
      if (e.type !== 'reason.select') return [];
      const n = c.nodes.get(e.node)?.node;
      return n?.kind === 'reason' ? [[n.decision, n.options.find((o) => o.id === e.reason)] as const] : [];
    }),
  );
  const decisionIds = [...new Set([...ctx.path, ...hist.path])].filter(
    (id) => c.nodes.get(id)?.node.kind === 'decision',
  );
  const decisions = decisionIds.map((id): DecisionReview => {
    const n = c.nodes.get(id)?.node;
    const place = n?.place ? s.places[n.place] : undefined;
    return {
      node: id,
      date: n?.date,
      place: place ? { key: place.name, ns } : undefined,
      prompt: { key: n && 'text' in n ? n.text : '', ns },
      chosen: choiceText(c, id, chosenAt.get(id)),
      reason: reasonText(c, reasonAt.get(id)),
      historical: n?.kind === 'decision' && n.recordSilent ? undefined : choiceText(c, id, histAt.get(id)),
      recordSilent: n?.kind === 'decision' && n.recordSilent === true,
      sources: sourceViews(c, n?.sources),
    };
  });
  // Own properties only, so ids named like Object.prototype members ("constructor") read as absent.
  const ownOf = <T>(o: Record<string, T>, k: string): T | undefined =>
    Object.hasOwn(o, k) ? o[k] : undefined;
  const checks = ctx.log.flatMap((e): CheckReview[] => {
    if (e.type !== 'quiz.answer') return [];
    const item = c.items.get(e.item);
    const a = ownOf(ctx.answers, e.item);
    if (!item || !a) return [];
    const review: CheckReview = { item: e.item, prompt: { key: item.prompt, ns }, correct: a.correct };
    return [e.sure === undefined ? review : { ...review, sure: e.sure }];
  });
  const endNode = ownOf(s.nodes, run.node);
  const maxima = scoreMaxima(c);
  const maxOf = (axis: string) => ownOf(maxima, axis) ?? 0;
  return {
    scenario: s.id,
    ending:
      endNode?.kind === 'ending'
        ? {
            node: run.node,
            title: { key: endNode.title, ns },
            text: { key: endNode.text, ns },
            outcome: endNode.outcome,
          }
        : undefined,
    studentPath: [...ctx.path],
    historicalPath: hist.path,
    decisions,
    checks,
    sureWrong: checks.filter((k) => k.sure === true && !k.correct),
    score: c.axes.map((axis) => ({
      axis,
      label: { key: ownOf(s.axes, axis)?.label ?? axis, ns },
      value: ownOf(ctx.score, axis) ?? 0,
      max: maxOf(axis),
    })),
    timeline: s.debrief.timeline.map((t) => ({
      date: t.date,
      text: { key: t.text, ns },
      sources: sourceViews(c, t.sources),
      node: t.node,
      visited: t.node !== undefined && ctx.path.includes(t.node),
    })),
    questions: s.debrief.questions.map((key) => ({ key, ns })),
    quiz: s.quiz.flatMap((q) => {
      const v = quizView(c, q, ctx.seed);
      return v ? [{ ...v, seen: itemSeen(c, q, ctx.path) }] : [];
    }),
  };
}
