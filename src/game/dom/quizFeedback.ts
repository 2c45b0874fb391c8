// Feedback on a knowledge check in place, on the same page as the question: the student's answer
// marked, the right one shown (for an ordering question both orders side by side), the
// explanation, and Continue. Announced through a status region that was already on the page.
import type { QuizAnswer, QuizView } from '../../engine';
import type { ScreenContext } from './context';
import { h } from './h';
import { paragraphs } from './sources';

/** The grade of an answer, from the engine (the screen never decides what is right). */
export interface Verdict {
  correct: boolean;
  right: QuizAnswer;
  explanation: string;
}

/** Ids an answer picks (true/false as "true"/"false", matching the options' data-option). */
export const picked = (a: QuizAnswer): string[] =>
  a.type === 'single' ? [a.option] : a.type === 'truefalse' ? [String(a.value)] : a.options;

/** Marks every option of `box` as chosen / right, with words for screen readers, and disables it. */
export function markOptions(ctx: ScreenContext, box: HTMLElement, answer: QuizAnswer, v: Verdict): void {
  const mine = new Set(picked(answer));
  const right = new Set(picked(v.right));
  for (const b of box.querySelectorAll<HTMLButtonElement>('.option')) {
    const id = b.dataset.option ?? '';
    b.disabled = true;
    const marks: string[] = [];
    if (mine.has(id)) marks.push(ctx.ui('quiz.yourAnswer'));
    if (right.has(id)) marks.push(ctx.ui('quiz.rightAnswer'));
    b.dataset.mark = right.has(id) ? 'right' : mine.has(id) ? 'wrong' : 'none';
    if (marks.length > 0) b.append(h('span', { class: 'mark', text: ` (${marks.join(', ')})` }));
  }
}

/** Both orders side by side: the student's, each event marked right or wrong in place, and history's. */
export function orderCompare(ctx: ScreenContext, q: QuizView, answer: QuizAnswer, v: Verdict): HTMLElement {
  const label = new Map(q.options.map((o) => [o.id, ctx.tx(o.label)]));
  const right = picked(v.right);
  const col = (title: string, ids: string[], mark: boolean) =>
    h(
      'div',
      { class: 'order-col' },
      h('h3', { text: title }),
      h(
        'ol',
        {},
        ...ids.map((id, i) =>
          h('li', {
            text: label.get(id) ?? id,
            attrs: { 'data-mark': mark ? (right[i] === id ? 'right' : 'wrong') : undefined },
          }),
        ),
      ),
    );
  return h(
    'div',
    { class: 'order-compare' },
    col(ctx.ui('quiz.yourOrder'), picked(answer), true),
    col(ctx.ui('quiz.rightOrder'), right, false),
  );
}

/** The verdict and explanation, put into the quiz's status region. */
export function verdictBlock(ctx: ScreenContext, v: Verdict): Node[] {
  return [
    h('p', {
      class: `badge ${v.correct ? 'ok' : 'no'}`,
      text: ctx.ui(v.correct ? 'quiz.correct' : 'quiz.incorrect'),
    }),
    ...paragraphs(v.explanation),
  ];
}
