// What a run tells the LMS besides its score: one SCORM 1.2 interaction per decision, reason and
// quiz answer, one objective per scoring axis, and the current node as lesson_location. Pure, so the
// same mapping is unit-tested against scorm-again and used by the game.

import { type CompiledScenario, correctAnswer, explore, type QuizAnswer, type Run } from '../../engine';

export type InteractionType = 'choice' | 'true-false' | 'sequencing';

export interface Interaction {
  /** Stable across plays and resumes: `d.<node>` for a decision, `r.<node>` for the reason given there, `q.<item>` for a quiz item. */
  id: string;
  type: InteractionType;
  response: string;
  result: 'correct' | 'wrong' | 'neutral';
  /** The right response (quiz items only; decisions have no right answer). */
  correct?: string;
  /** Points the step can give (judgment points of the choice, or the item's points). */
  weighting: number;
  /** The scoring axes (objective ids) the step feeds, so LMS reports can group by axis. */
  objectives: string[];
}

export interface Objective {
  id: string;
  raw: number;
  max: number;
}

/** SCORM 1.2 CMIIdentifier: printable ASCII, no spaces; our ids are kebab-case already. */
const ident = (s: string) => s.replace(/[^\u0021-\u007e]/g, '_').slice(0, 255);

function answerText(a: QuizAnswer): { type: InteractionType; text: string } {
  switch (a.type) {
    case 'single':
      return { type: 'choice', text: a.option };
    case 'multiple':
      return { type: 'choice', text: [...a.options].sort().join(',') };
    case 'truefalse':
      return { type: 'true-false', text: a.value ? 't' : 'f' };
    case 'order':
      return { type: 'sequencing', text: a.options.join(',') };
  }
}

/** The interactions of the run so far, in the order the student made them. */
export function interactions(run: Run): Interaction[] {
  const c = run.scenario;
  const out: Interaction[] = [];
  for (const entry of run.context.log) {
    if (entry.type === 'choice.select') {
      const node = c.scenario.nodes[entry.node];
      const choice =
        node?.kind === 'decision' ? node.choices.find((ch) => ch.id === entry.choice) : undefined;
      const points = Object.values(choice?.score ?? {}).reduce((s, n) => s + n, 0);
      out.push({
        id: ident(`d.${entry.node}`),
        type: 'choice',
        response: ident(entry.choice),
        result: 'neutral',
        weighting: points,
        objectives: Object.keys(choice?.score ?? {}).map(ident),
      });
    } else if (entry.type === 'reason.select') {
      // The reason given after a choice: `r.<decision>`, so LMS reports list it beside `d.<decision>`.
      const node = c.nodes.get(entry.node)?.node;
      const reason = node?.kind === 'reason' ? node.options.find((o) => o.id === entry.reason) : undefined;
      out.push({
        id: ident(`r.${node?.kind === 'reason' ? node.decision : entry.node}`),
        type: 'choice',
        response: ident(entry.reason),
        result: 'neutral',
        weighting: Object.values(reason?.score ?? {}).reduce((s, n) => s + n, 0),
        objectives: Object.keys(reason?.score ?? {}).map(ident),
      });
    } else if (entry.type === 'quiz.answer') {
      const item = c.scenario.quiz.find((q) => q.id === entry.item);
      const given = answerText(entry.answer);
      const right = item ? answerText(correctAnswer(item)).text : undefined;
      out.push({
        id: ident(`q.${entry.item}`),
        type: given.type,
        response: given.text,
        result: run.context.answers[entry.item]?.correct ? 'correct' : 'wrong',
        correct: right,
        weighting: item?.points ?? 1,
        objectives: [ident(item?.axis ?? 'knowledge')],
      });
    }
  }
  return out;
}

const maxCache = new WeakMap<CompiledScenario, Record<string, number>>();

/** The best score any ending allows on each axis (explored once per scenario). */
export function axisMaxima(c: CompiledScenario): Record<string, number> {
  let max = maxCache.get(c);
  if (!max) {
    const endings = [...explore(c).endings.values()];
    max = Object.fromEntries(c.axes.map((a) => [a, Math.max(0, ...endings.map((e) => e.score.max[a] ?? 0))]));
    maxCache.set(c, max);
  }
  return max;
}

/** One objective per scoring axis, with the run's points and the axis maximum. */
export function objectives(run: Run): Objective[] {
  const max = axisMaxima(run.scenario);
  return run.scenario.axes.map((a) => ({ id: ident(a), raw: run.context.score[a] ?? 0, max: max[a] ?? 0 }));
}
