// The first screen: one card per scenario with what a student needs to choose (title, role,
// period, places, length, what they will learn, content note) and a button into its briefing.
import type { Scenario } from '../../engine';
import { period, placeNames, type ScreenContext, st } from './context';
import { button, h } from './h';

function fact(label: string, value: string) {
  return h('div', { class: 'fact' }, h('dt', { text: label }), h('dd', { text: value }));
}

function card(ctx: ScreenContext, s: Scenario, inProgress: boolean, open: () => void) {
  const titleId = `card-${s.id}`;
  return h(
    'article',
    { class: 'card scenario-card', attrs: { 'aria-labelledby': titleId, 'data-scenario': s.id } },
    h(
      'header',
      { class: 'card-head' },
      h('h2', { text: st(ctx, s, s.meta.title), attrs: { id: titleId } }),
      inProgress ? h('span', { class: 'badge', text: ctx.ui('menu.inProgress') }) : null,
    ),
    h('p', { class: 'summary', text: st(ctx, s, s.meta.summary) }),
    h(
      'dl',
      { class: 'facts' },
      fact(ctx.ui('menu.role'), st(ctx, s, s.meta.role)),
      fact(ctx.ui('menu.period'), period(ctx, s)),
      fact(ctx.ui('menu.places'), placeNames(ctx, s)),
    ),
    h('p', { class: 'minutes', text: ctx.ui('menu.minutes', { count: s.meta.minutes }) }),
    h('h3', { text: ctx.ui('menu.learn') }),
    h('ul', { class: 'objectives' }, ...s.meta.objectives.map((k) => h('li', { text: st(ctx, s, k) }))),
    s.meta.contentNotes.length > 0
      ? h(
          'div',
          { class: 'content-note' },
          h('strong', { text: ctx.ui('menu.contentNote') }),
          ...s.meta.contentNotes.map((k) => h('p', { text: st(ctx, s, k) })),
        )
      : null,
    h(
      'div',
      { class: 'card-actions' },
      button(ctx.ui('menu.open'), open, 'btn primary', { 'data-open': s.id }),
    ),
  );
}

export function renderMenu(
  ctx: ScreenContext,
  scenarios: Scenario[],
  inProgress: (id: string) => boolean,
  open: (id: string) => void,
): HTMLElement {
  return h(
    'div',
    { class: 'screen menu' },
    h(
      'div',
      { class: 'hero' },
      h('h1', { text: ctx.ui('menu.heading') }),
      h('p', { class: 'lede', text: ctx.ui('menu.intro') }),
    ),
    scenarios.length === 0
      ? h('p', { text: ctx.ui('menu.empty') })
      : h(
          'div',
          { class: 'cards' },
          ...scenarios.map((s) => card(ctx, s, inProgress(s.id), () => open(s.id))),
        ),
  );
}
