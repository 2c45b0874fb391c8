// Structural checks that need no graph walk: branch lists, variable ranges, quiz items, decisions
// with choices, and factual nodes without sources.

import type { Diagnostic } from '../api';
import type { QuizItem, Scenario } from '../types';
import { entriesOf, err, type Path, warn } from './diag';

export function checkStructure(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, v] of entriesOf(s.variables ?? {})) {
    if (v.type === 'flag') continue;
    const p: Path = ['variables', id];
    if (v.min > v.max) {
      out.push(
        err(
          'var.range',
          [...p, 'min'],
          `variable '${id}' has min ${v.min} above max ${v.max}`,
          'swap min and max',
        ),
      );
    } else if (v.initial < v.min || v.initial > v.max) {
      out.push(
        err(
          'var.initial',
          [...p, 'initial'],
          `variable '${id}' starts at ${v.initial}, outside ${v.min}..${v.max}`,
          `set initial between ${v.min} and ${v.max}`,
        ),
      );
    }
  }
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    const p: Path = ['nodes', id];
    if (n.kind === 'decision' && (n.choices ?? []).length === 0) {
      out.push(
        err(
          'decision.noChoices',
          [...p, 'choices'],
          `decision '${id}' has no choices`,
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
          `${n.kind} node '${id}' cites no sources`,
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
        `quiz item '${q.id}': correct answer '${q.correct}' is not one of its options`,
        `use one of: ${[...ids].join(', ')}`,
      ),
    );
  }
  if (q.type === 'multiple') {
    if ((q.correct ?? []).length === 0) {
      out.push(
        err(
          'quiz.correct',
          [...p, 'correct'],
          `quiz item '${q.id}' has no correct options`,
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
            `quiz item '${q.id}': correct answer '${c}' is not one of its options`,
            `use one of: ${[...ids].join(', ')}`,
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
        `quiz item '${q.id}' (${q.type}) has ${(q.options ?? []).length} options; it needs at least ${min}`,
        `add options until there are ${min}`,
      ),
    );
  }
}
