// The reason page after a choice ("why did you choose that?"): the choice restated, then the
// reasons as large numbered buttons like choices (keys 1–4 pick one), and the feedback on the
// reason given, shown with the choice's own feedback on the next page.
import type { NodeView, Text } from '../../engine';
import type { ScreenContext } from './context';
import { h } from './h';
import { paragraphs } from './sources';

export function reasonSection(
  ctx: ScreenContext,
  v: NodeView,
  pick: (reason: string) => void,
  idp: string,
): HTMLElement {
  return h(
    'section',
    { class: 'choices reasons', attrs: { 'aria-labelledby': `${idp}reasons-title` } },
    h('h2', { class: 'eyebrow', text: ctx.ui('reason.heading'), attrs: { id: `${idp}reasons-title` } }),
    v.chosen
      ? h('p', { class: 'reason-chosen', text: ctx.ui('reason.chosen', { choice: ctx.tx(v.chosen) }) })
      : null,
    ...v.choices.map((c, i) =>
      h(
        'div',
        { class: 'choice-row' },
        h(
          'button',
          {
            class: 'btn choice',
            attrs: { type: 'button', 'data-reason': c.id },
            on: { click: () => pick(c.id) },
          },
          h('kbd', { text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'choice-label', text: ctx.tx(c.label) }),
        ),
      ),
    ),
    h('p', { class: 'hint', text: ctx.ui('reason.hint') }),
  );
}

export function reasonFeedback(ctx: ScreenContext, f: Text): HTMLElement {
  return h(
    'aside',
    { class: 'feedback reason-feedback' },
    h('p', { class: 'eyebrow', text: ctx.ui('reason.feedbackHeading') }),
    ...paragraphs(ctx.tx(f)),
  );
}
