// Structural checks that need no graph walk: branch lists, variable ranges, numbers within
// MAX_NUMBER, quiz items (an order quiz's dates agree with its order), decisions with choices,
// and factual nodes without sources.

import type { Diagnostic } from '../api';
import type { QuizItem, Scenario } from '../types';
import { entriesOf, err, listOf, type Path, quote, quoteId, warn } from './diag';
import { NUMBER_FIX, showNumber, withinLimit } from './limits';

export function checkStructure(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, v] of entriesOf(s.variables ?? {})) {
    if (v.type === 'flag') continue;
    const p: Path = ['variables', id];
    const big = (['min', 'max', 'initial'] as const).find((k) => !withinLimit(v[k]));
    if (big !== undefined) {
      out.push(
        err(
          'var.tooLarge',
          [...p, big],
          `variable ${quoteId(id)} has ${big} ${showNumber(v[big])}, larger than the engine accepts`,
          NUMBER_FIX,
        ),
      );
    } else if (v.min > v.max) {
      out.push(
        err(
          'var.range',
          [...p, 'min'],
          `variable ${quoteId(id)} has min ${v.min} above max ${v.max}`,
          'swap min and max',
        ),
      );
    } else if (v.initial < v.min || v.initial > v.max) {
      out.push(
        err(
          'var.initial',
          [...p, 'initial'],
          `variable ${quoteId(id)} starts at ${v.initial}, outside ${v.min}..${v.max}`,
          `set initial between ${v.min} and ${v.max}`,
        ),
      );
    }
  }
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    const p: Path = ['nodes', id];
    if (n.kind === 'decision') checkGains(n.choices ?? [], p, out);
    if (n.kind === 'decision' && (n.choices ?? []).length === 0) {
      out.push(
        err(
          'decision.noChoices',
          [...p, 'choices'],
          `decision ${quoteId(id)} has no choices`,
          'add at least one choice',
        ),
      );
    }
    if (n.kind !== 'ending' && n.kind !== 'decision' && Array.isArray(n.next))
      checkBranches(n.next, [...p, 'next'], out);
    // A check cites through the quiz item it asks, which must name its own sources.
    const cited =
      (n.sources ?? []).length > 0 ||
      (n.kind === 'check' && (s.quiz ?? []).some((q) => q.id === n.item && (q.sources ?? []).length > 0));
    if ((n.kind === 'decision' || n.kind === 'check' || n.kind === 'narration') && !cited) {
      out.push(
        warn(
          'sources.missing',
          p,
          `${n.kind} node ${quoteId(id)} cites no sources`,
          "add 'sources:' with the ids backing what it states",
        ),
      );
    }
  }
  (s.quiz ?? []).forEach((q, i) => {
    checkQuiz(q, ['quiz', i], out);
  });
  return out;
}

function checkBranches(branches: { when?: string; to: string }[], path: Path, out: Diagnostic[]): void {
  const last = branches.length - 1;
  branches.forEach((b, i) => {
    if (i === last && b.when !== undefined) {
      out.push(
        err(
          'branch.noFallthrough',
          [...path, i, 'when'],
          'the last branch has a condition, so play can get stuck when none holds',
          "remove 'when' from the last branch (it is the fall-through)",
        ),
      );
    }
    if (i < last && b.when === undefined) {
      out.push(
        err(
          'branch.missingWhen',
          [...path, i],
          `branch ${i + 1} has no 'when', so the branches after it are never taken`,
          "give it a 'when' or move it to the end",
        ),
      );
    }
  });
}

function checkQuiz(q: QuizItem, p: Path, out: Diagnostic[]): void {
  if (q.type === 'truefalse') return;
  const ids = new Set((q.options ?? []).map((o) => o.id));
  if (q.type === 'single' && !ids.has(q.correct)) {
    out.push(
      err(
        'quiz.correct',
        [...p, 'correct'],
        `quiz item ${quoteId(q.id)}: correct answer ${quoteId(q.correct)} is not one of its options`,
        `use one of: ${listOf([...ids])}`,
      ),
    );
  }
  if (q.type === 'multiple') {
    if ((q.correct ?? []).length === 0) {
      out.push(
        err(
          'quiz.correct',
          [...p, 'correct'],
          `quiz item ${quoteId(q.id)} has no correct options`,
          'list at least one correct option id',
        ),
      );
    }
    (q.correct ?? []).forEach((c, j) => {
      if (!ids.has(c)) {
        out.push(
          err(
            'quiz.correct',
            [...p, 'correct', j],
            `quiz item ${quoteId(q.id)}: correct answer ${quoteId(c)} is not one of its options`,
            `use one of: ${listOf([...ids])}`,
          ),
        );
      }
    });
  }
  const min = q.type === 'order' ? 3 : 2;
  if ((q.options ?? []).length < min) {
    out.push(
      err(
        'quiz.tooFewOptions',
        [...p, 'options'],
        `quiz item ${quoteId(q.id)} (${q.type}) has ${(q.options ?? []).length} options; it needs at least ${min}`,
        `add options until there are ${min}`,
      ),
    );
  }
  if (q.type === 'order') checkOrderDates(q.options ?? [], p, out);
}

/**
 * Every score gain within MAX_NUMBER: with that, a score over any play stays finite (see
 * MAX_NUMBER), so no path of choices can add up to Infinity.
 */
function checkGains(choices: { score?: Record<string, number> }[], p: Path, out: Diagnostic[]): void {
  choices.forEach((c, i) => {
    for (const [axis, pts] of entriesOf(c.score ?? {})) {
      if (withinLimit(pts)) continue;
      out.push(
        err(
          'score.tooLarge',
          [...p, 'choices', i, 'score', axis],
          `choice ${i + 1} gives ${showNumber(pts)} points on axis ${quoteId(axis)}, more than the engine accepts`,
          NUMBER_FIX,
        ),
      );
    }
  });
}

/** Earliest and latest day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date can mean, comparable as text. */
const dayRange = (d: string): [string, string] =>
  d.length === 4 ? [`${d}-01-01`, `${d}-12-31`] : d.length === 7 ? [`${d}-01`, `${d}-31`] : [d, d];

/**
 * An order quiz lists its options in the right order, and its dates are shown after answering:
 * an option dated surely before the one listed above it teaches the wrong order.
 */
function checkOrderDates(options: { id: string; date?: string }[], p: Path, out: Diagnostic[]): void {
  let prev: { id: string; date: string } | undefined;
  options.forEach((o, i) => {
    if (typeof o.date !== 'string') return;
    if (prev && dayRange(o.date)[1] < dayRange(prev.date)[0]) {
      out.push(
        err(
          'quiz.orderDates',
          [...p, 'options', i, 'date'],
          `option ${quoteId(o.id)} (${quote(o.date)}) is listed after ${quoteId(prev.id)} (${quote(prev.date)}) but happened before it`,
          'list the options of an order quiz from earliest to latest, or correct the date',
        ),
      );
    }
    prev = { id: o.id, date: o.date };
  });
}
