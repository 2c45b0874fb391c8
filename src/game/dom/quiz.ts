// Knowledge checks inside the story: single and multiple choice, true/false, and putting events
// in order (with Up/Down buttons, so it works by keyboard and screen reader as well as by mouse).
// Every type submits the same way: choose, then "Check my answer". With a `check` (practice), the
// feedback appears in place (quizFeedback.ts) and Continue sends the answer; without one (an
// assessment, feedback waits for the debrief) the check sends it at once.

import type { QuizAnswer, QuizView } from '../../engine';
import type { UiKey } from '../../i18n/keys';
import { confidenceField } from './confidence';
import type { ScreenContext } from './context';
import { button, fill, h } from './h';
import { markOptions, orderCompare, type Verdict, verdictBlock } from './quizFeedback';

/** `sure`: the student's confidence, when the check asks for it and they said (confidence.ts). */
type Submit = (answer: QuizAnswer, sure?: boolean) => void;
/** Reads the answer as it stands; undefined while none is chosen. */
type Read = () => QuizAnswer | undefined;

function pickList(ctx: ScreenContext, q: QuizView, multiple: boolean, changed: () => void) {
  const chosen = new Set<string>();
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
        changed();
      },
      'btn option',
      { 'aria-pressed': 'false', 'data-option': o.id },
    );
    list.append(b);
  }
  const read: Read = () => {
    const options = q.options.map((o) => o.id).filter((id) => chosen.has(id));
    const [first] = options;
    if (multiple) return options.length > 0 ? { type: 'multiple', options } : undefined;
    return first ? { type: 'single', option: first } : undefined;
  };
  return { body: list, read };
}

function trueFalse(ctx: ScreenContext, changed: () => void) {
  let value: boolean | undefined;
  const list = h('div', {
    class: 'options two',
    attrs: { role: 'group', 'aria-label': ctx.ui('quiz.truefalse') },
  });
  for (const v of [true, false]) {
    list.append(
      button(
        ctx.ui(v ? 'quiz.true' : 'quiz.false'),
        () => {
          value = v;
          for (const b of list.querySelectorAll('button'))
            b.setAttribute('aria-pressed', String(b.dataset.option === String(v)));
          changed();
        },
        'btn option',
        { 'aria-pressed': 'false', 'data-option': String(v) },
      ),
    );
  }
  const read: Read = () => (value === undefined ? undefined : { type: 'truefalse', value });
  return { body: list, read };
}

function orderList(ctx: ScreenContext, q: QuizView, idp: string) {
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
  const read: Read = () => ({ type: 'order', options: [...order] });
  return { body: list, read };
}

/** An ordering question has none: its prompt already says what to do. */
const INSTRUCTION: Record<Exclude<QuizView['type'], 'order'>, UiKey> = {
  single: 'quiz.single',
  multiple: 'quiz.multiple',
  truefalse: 'quiz.truefalse',
};

/**
 * `idp` prefixes element ids (see renderPanel). `check` grades an answer for in-place feedback;
 * `submit` then runs from Continue. An ordering question's prompt is its instruction already, so
 * the generic one is not repeated under it. With `confidence`, a "how sure are you?" field comes
 * before the answer controls; it is read, and locked, when the answer is checked, so a verdict
 * seen cannot change it.
 */
export function renderQuiz(
  ctx: ScreenContext,
  q: QuizView,
  submit: Submit,
  idp = '',
  check?: (answer: QuizAnswer) => Verdict,
  /** False where nothing follows the check (the debrief's bank): no Continue. */
  continues = true,
  opts: { confidence?: boolean } = {},
): HTMLElement {
  const conf = opts.confidence ? confidenceField(ctx, `${idp}${q.item}-sure`) : undefined;
  const changed = () => {
    submitBtn.disabled = part.read() === undefined;
  };
  const part =
    q.type === 'truefalse'
      ? trueFalse(ctx, changed)
      : q.type === 'order'
        ? orderList(ctx, q, idp)
        : pickList(ctx, q, q.type === 'multiple', changed);
  const status = h('div', { class: 'quiz-result', attrs: { role: 'status', 'data-result': '' } });
  const actions = h('div', { class: 'quiz-actions' });
  const submitBtn = button(
    ctx.ui('quiz.submit'),
    () => {
      const answer = part.read();
      if (!answer) return;
      const sure = conf?.lock();
      if (!check) return submit(answer, sure);
      const v = check(answer);
      section.dataset.checked = v.correct ? 'right' : 'wrong';
      if (q.type === 'order') part.body.replaceWith(orderCompare(ctx, q, answer, v));
      else markOptions(ctx, part.body, answer, v);
      fill(status, ...verdictBlock(ctx, v));
      if (!continues) return fill(actions);
      const next = button(ctx.ui('play.continue'), () => submit(answer, sure), 'btn primary big', {
        'data-action': 'continue',
      });
      fill(actions, next);
      next.focus({ preventScroll: true });
    },
    'btn primary',
    { disabled: part.read() === undefined, 'data-action': 'submit' },
  );
  actions.append(submitBtn);
  const section = h(
    'section',
    {
      class: 'quiz',
      // Named by heading and prompt: a debrief holds many checks, and landmark names must differ.
      attrs: {
        'aria-labelledby': `${idp}${q.item}-title ${idp}${q.item}-prompt`,
        'data-quiz': q.type,
        'data-item': q.item,
      },
    },
    h('h2', { class: 'eyebrow', text: ctx.ui('quiz.heading'), attrs: { id: `${idp}${q.item}-title` } }),
    h('p', { class: 'quiz-prompt', text: ctx.tx(q.prompt), attrs: { id: `${idp}${q.item}-prompt` } }),
    q.type === 'order' ? null : h('p', { class: 'hint', text: ctx.ui(INSTRUCTION[q.type]) }),
    conf?.el ?? null,
    part.body,
    status,
    actions,
  );
  return section;
}
