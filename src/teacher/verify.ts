// Verification: replays each decoded result through the same engine the game runs and
// recomputes ending and scores. A result is "verified" only when its log replays to an ending
// on the content version this site ships, and what the code claims matches the replay.

import { type CompiledScenario, type QuizAnswer, replay } from '../engine';
import { logWithNodes } from '../platform/replayEvents';
import type { ResultData } from '../platform/resultCode';

export type VerifyFailure =
  | { kind: 'unknownScenario'; scenario: string }
  | { kind: 'contentVersion'; scenario: string; found: number; shipped: number }
  | { kind: 'replay'; detail: string }
  | { kind: 'unfinished' }
  | { kind: 'ending'; claimed: string; actual: string }
  | { kind: 'score'; axis: string; claimed: number; actual: number };

export interface VerifiedResult {
  data: ResultData;
  verified: boolean;
  failure?: VerifyFailure;
  /** Recomputed by replay (absent when the log could not be replayed). */
  ending?: string;
  score?: Record<string, number>;
  quiz?: { right: number; asked: number };
  /** Quiz answers as replayed, by item id (for the per-question class view). */
  answers?: Record<string, { correct: boolean; answer: QuizAnswer }>;
  /** Decisions as replayed: node id and choice id, in order. */
  choices: { node: string; choice: string }[];
  /** Reasons given as replayed: the decision, the choice it explains and the reason id, in order. */
  reasons: { node: string; choice: string; reason: string }[];
  seconds: number;
}

function claimFailure(data: ResultData, ending: string, score: Record<string, number>) {
  const claim = data.claim;
  if (!claim) return undefined;
  if (claim.ending !== ending) return { kind: 'ending', claimed: claim.ending, actual: ending } as const;
  const axes = new Set([...Object.keys(claim.score), ...Object.keys(score)]);
  for (const axis of axes) {
    const claimed = claim.score[axis] ?? 0;
    const actual = score[axis] ?? 0;
    if (claimed !== actual) return { kind: 'score', axis, claimed, actual } as const;
  }
  return undefined;
}

export function verifyResult(
  data: ResultData,
  shipped: ReadonlyMap<string, CompiledScenario>,
): VerifiedResult {
  const seconds = Math.max(0, Math.round((data.finishedAt - data.startedAt) / 1000));
  const base = { data, verified: false, choices: [], reasons: [], seconds };
  const c = shipped.get(data.scenario);
  if (!c) return { ...base, failure: { kind: 'unknownScenario', scenario: data.scenario } };
  const version = c.scenario.contentVersion;
  if (data.contentVersion !== version) {
    const failure = {
      kind: 'contentVersion',
      scenario: data.scenario,
      found: data.contentVersion,
      shipped: version,
    };
    return { ...base, failure } as VerifiedResult;
  }
  const stepped = logWithNodes(c, data.seed, data.events);
  if (!stepped.ok) return { ...base, failure: { kind: 'replay', detail: stepped.detail } };
  const replayed = replay(c, data.seed, stepped.log);
  if (!replayed.ok) return { ...base, failure: { kind: 'replay', detail: JSON.stringify(replayed.error) } };
  const run = replayed.value;
  const ctx = run.context;
  const answers = Object.values(ctx.answers);
  const out: VerifiedResult = {
    ...base,
    ending: run.done ? run.node : undefined,
    score: { ...ctx.score },
    quiz: { right: answers.filter((a) => a.correct).length, asked: answers.length },
    answers: { ...ctx.answers },
    choices: ctx.log.flatMap((e) => (e.type === 'choice.select' ? [{ node: e.node, choice: e.choice }] : [])),
    reasons: ctx.log.flatMap((e) => {
      // The log names the compiler's reason node; the teacher reads the decision it follows.
      const n = e.type === 'reason.select' ? c.nodes.get(e.node)?.node : undefined;
      return n?.kind === 'reason' && e.type === 'reason.select'
        ? [{ node: n.decision, choice: n.choice, reason: e.reason }]
        : [];
    }),
  };
  run.stop();
  if (!out.ending) return { ...out, failure: { kind: 'unfinished' } };
  const failure = claimFailure(data, out.ending, out.score ?? {});
  return failure ? { ...out, failure } : { ...out, verified: true };
}

/** How many verified students took each choice, by node then choice (for the heatmap). */
export function choiceCounts(results: readonly VerifiedResult[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of results) {
    if (!r.verified) continue;
    for (const { node, choice } of r.choices) {
      const byChoice = counts.get(node) ?? new Map<string, number>();
      byChoice.set(choice, (byChoice.get(choice) ?? 0) + 1);
      counts.set(node, byChoice);
    }
  }
  return counts;
}

/** How many verified students gave each reason, by decision then reason (for the heatmap). */
export function reasonCounts(results: readonly VerifiedResult[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const r of results) {
    if (!r.verified) continue;
    for (const { node, reason } of r.reasons) {
      const byReason = counts.get(node) ?? new Map<string, number>();
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      counts.set(node, byReason);
    }
  }
  return counts;
}
