// Checks on decisions that need no walk: reason prompts (3–4 reasons for every choice, `for`
// naming real choices), historical choices citing the sources that document them, a silent
// record marking no choice, and scoring that has at least two top options per decision.

import type { Diagnostic } from '../api';
import type { DecisionNode, Scenario } from '../types';
import { entriesOf, err, type Path, quoteId } from './diag';
import { didYouMean } from './suggest';

export const MIN_REASONS = 3;
export const MAX_REASONS = 4;

/**
 * Axes quiz items credit (`knowledge` unless an item says otherwise): a choice scored there is a
 * source-reading exercise with a right answer (which date the brief gives), not a judgment.
 */
export const quizAxes = (s: Scenario): Set<string> =>
  new Set((s.quiz ?? []).map((q) => q.axis ?? 'knowledge'));

/** The judgment points a choice's own rubric gives: every axis but the quiz's, together. */
export function choicePoints(score: Record<string, number> | undefined, skip: Set<string>): number {
  let total = 0;
  for (const [axis, n] of Object.entries(score ?? {})) if (!skip.has(axis)) total += n;
  return total;
}

/** Ids of the choices that share the decision's highest judgment score. */
export function topChoices(d: DecisionNode, skip: Set<string>): string[] {
  const choices = d.choices ?? [];
  const best = Math.max(...choices.map((c) => choicePoints(c.score, skip)));
  return choices.filter((c) => choicePoints(c.score, skip) === best).map((c) => c.id);
}

export function checkDecisions(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  const skip = quizAxes(s);
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    if (n.kind !== 'decision') continue;
    const p: Path = ['nodes', id];
    checkReasons(n, p, out);
    checkHistorical(n, p, out);
    checkTop(n, p, skip, out);
  }
  return out;
}

function checkReasons(n: DecisionNode, p: Path, out: Diagnostic[]): void {
  const options = n.reasons?.options;
  if (!options) return;
  const ids = new Set((n.choices ?? []).map((c) => c.id));
  options.forEach((o, i) => {
    (o.for ?? []).forEach((cid, j) => {
      if (ids.has(cid)) return;
      out.push(
        err(
          'ref.unknownChoice',
          [...p, 'reasons', 'options', i, 'for', j],
          `reason ${quoteId(o.id)} is offered for choice ${quoteId(cid)}, which decision ${quoteId(p[1])} does not have${didYouMean(cid, ids)}`,
          `use one of the decision's choice ids: ${[...ids].join(', ')}`,
        ),
      );
    });
  });
  for (const c of n.choices ?? []) {
    const offered = options.filter((o) => !o.for || o.for.includes(c.id)).length;
    if (offered >= MIN_REASONS && offered <= MAX_REASONS) continue;
    out.push(
      err(
        'reasons.count',
        [...p, 'reasons', 'options'],
        `choice ${quoteId(c.id)} at decision ${quoteId(p[1])} is offered ${offered} reason${offered === 1 ? '' : 's'}; a student picks from ${MIN_REASONS} or ${MAX_REASONS}`,
        offered < MIN_REASONS
          ? `add reasons for ${quoteId(c.id)} (a reason without 'for' is offered after every choice)`
          : `limit some reasons to other choices with 'for: [...]' so ${quoteId(c.id)} is offered at most ${MAX_REASONS}`,
      ),
    );
  }
}

function checkHistorical(n: DecisionNode, p: Path, out: Diagnostic[]): void {
  (n.choices ?? []).forEach((c, i) => {
    if (c.historical !== true) return;
    const at: Path = [...p, 'choices', i, 'historical'];
    if (n.recordSilent === true) {
      out.push(
        err(
          'history.silentMarked',
          at,
          `decision ${quoteId(p[1])} says the record is silent, yet choice ${quoteId(c.id)} is marked historical`,
          "remove 'historical: true', or remove 'recordSilent' and cite the source that documents the choice",
        ),
      );
    } else if ((c.sources ?? []).length === 0) {
      out.push(
        err(
          'history.unsourced',
          at,
          `choice ${quoteId(c.id)} is marked historical but cites no source that documents the real choice`,
          "add 'sources: [<id>]' to the choice, naming a source that reports the choice really made; if none does, set 'recordSilent: true' on the decision instead",
        ),
      );
    }
  });
}

function checkTop(n: DecisionNode, p: Path, skip: Set<string>, out: Diagnostic[]): void {
  const choices = n.choices ?? [];
  if (choices.length < 2) return;
  const top = topChoices(n, skip);
  if (top.length !== 1) return;
  const i = choices.findIndex((c) => c.id === top[0]);
  out.push(
    err(
      'score.singleTop',
      [...p, 'choices', i, 'score'],
      `decision ${quoteId(p[1])} has one top-scoring option, ${quoteId(top[0])}: judgment then rewards guessing it rather than reasoning`,
      'give a second defensible option the same top score for its own documented reason (it uses the evidence at hand, weighs the costs, stays within the law or keeps a way back open), and say why in its feedback',
    ),
  );
}
