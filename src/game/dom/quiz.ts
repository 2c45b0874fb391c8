// Knowledge checks inside the story: single and multiple choice, true/false, and putting events
// in order (with Up/Down buttons, so it works by keyboard and screen reader as well as by mouse).

import type { QuizAnswer, QuizView } from '../../engine';
import type { UiKey } from '../../i18n/keys';
import { confidenceField } from './confidence';
import type { ScreenContext } from './context';
import { button, fill, h } from './h';

type Submit = (answer: QuizAnswer) => void;
/** With the student's confidence, when the check asks for it (see confidence.ts). */
type SubmitSure = (answer: QuizAnswer, sure?: boolean) => void;

function pickList(ctx: ScreenContext, q: QuizView, multiple: boolean, submit: Submit) {
  const chosen = new Set<string>();
  const submitBtn = button(
    ctx.ui('quiz.submit'),
    () => {
      const options = q.options.map((o) => o.id).filter((id) => chosen.has(id));
      const [first] = options;
      if (multiple) submit({ type: 'multiple', options });
      else if (first) submit({ type: 'single', option: first });
    },
    'btn primary',
    { disabled: true, 'data-action': 'submit' },
  );
  const list = h('div', { class: 'options', attrs: { role: 'group', 'aria-label': ctx.tx(q.prompt) } });
  for (const o of q.options) {
    const b = button(
      ctx.tx(o.label),
      () => {
        if (!multiple) chosen.clear();
        if (chosen.has(o.id)) chosen.delete(o.id);
        else chosen.add(o.id);
        for (const other of list.querySelectorAll('button')) {
          other.setAttribute('aria-pressed', String(chosen.has(other.dataset.option ?? '')));
        }
        submitBtn.disabled = chosen.size === 0;
      },
      'btn option',
      { 'aria-pressed': 'false', 'data-option': o.id },
    );
    list.append(b);
  }
  return [list, submitBtn];
}

function trueFalse(ctx: ScreenContext, submit: Submit) {
  return [
    h(
      'div',
      { class: 'options two' },
      button(ctx.ui('quiz.true'), () => submit({ type: 'truefalse', value: true }), 'btn option', {
        'data-option': 'true',
      }),
      button(ctx.ui('quiz.false'), () => submit({ type: 'truefalse', value: false }), 'btn option', {
        'data-option': 'false',
      }),
    ),
  ];
}

function orderList(ctx: ScreenContext, q: QuizView, submit: Submit, idp: string) {
  const order = q.options.map((o) => o.id);
  const label = new Map(q.options.map((o) => [o.id, ctx.tx(o.label)]));
  const list = h('ol', { class: 'order-list' });
  const draw = (focus?: { id: string; dir: 'up' | 'down' }) => {
    fill(
      list,
      ...order.map((id, i) => {
        const labelId = `${idp}${q.item}-order-${id}`;
        const move = (dir: 'up' | 'down') => () => {
          const j = dir === 'up' ? i - 1 : i + 1;
          [order[i], order[j]] = [order[j] as string, order[i] as string];
          draw({ id, dir });
        };
        const attrs = (dir: string, disabled: boolean) => ({
          'aria-describedby': labelId,
          'data-move': dir,
          disabled,
        });
        return h(
          'li',
          { class: 'order-item', attrs: { 'data-option': id } },
          h('span', { class: 'order-label', text: label.get(id) ?? id, attrs: { id: labelId } }),
          button(ctx.ui('quiz.moveUp'), move('up'), 'btn small', attrs('up', i === 0)),
          button(ctx.ui('quiz.moveDown'), move('down'), 'btn small', attrs('down', i === order.length - 1)),
        );
      }),
    );
    if (focus) {
      const row = list.querySelector(`[data-option="${CSS.escape(focus.id)}"]`);
      const btn =
        row?.querySelector<HTMLButtonElement>(`[data-move="${focus.dir}"]:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>('button:not([disabled])');
      btn?.focus();
    }
  };
  draw();
  return [
    list,
    button(ctx.ui('quiz.submit'), () => submit({ type: 'order', options: [...order] }), 'btn primary', {
      'data-action': 'submit',
    }),
  ];
}

const INSTRUCTION: Record<QuizView['type'], UiKey> = {
  single: 'quiz.single',
  multiple: 'quiz.multiple',
  truefalse: 'quiz.truefalse',
  order: 'quiz.order',
};

/**
 * `idp` prefixes element ids (see renderPanel). With `confidence`, a "how sure are you?" field
 * comes before the answer controls (true/false answers on the first press), and its value goes
 * with the answer.
 */
export function renderQuiz(
  ctx: ScreenContext,
  q: QuizView,
  submitSure: SubmitSure,
  idp = '',
  opts: { confidence?: boolean } = {},
): HTMLElement {
  const conf = opts.confidence ? confidenceField(ctx, `${idp}${q.item}-sure`) : undefined;
  const submit: Submit = (answer) => submitSure(answer, conf?.value());
  const body =
    q.type === 'truefalse'
      ? trueFalse(ctx, submit)
      : q.type === 'order'
        ? orderList(ctx, q, submit, idp)
        : pickList(ctx, q, q.type === 'multiple', submit);
  return h(
    'section',
    {
      class: 'quiz',
      attrs: { 'aria-labelledby': `${idp}${q.item}-title`, 'data-quiz': q.type, 'data-item': q.item },
    },
    h('p', { class: 'eyebrow', text: ctx.ui('quiz.heading'), attrs: { id: `${idp}${q.item}-title` } }),
    h('p', { class: 'quiz-prompt', text: ctx.tx(q.prompt) }),
    h('p', { class: 'hint', text: ctx.ui(INSTRUCTION[q.type]) }),
    conf?.el ?? null,
    ...body,
  );
}
