// The briefing before a scenario: summary, the player's seat, objectives and content notes, and
// the buttons to start, resume a saved run or start again.
import type { Scenario } from '../../engine';
import { period, placeNames, type ScreenContext, st } from './context';
import { button, h } from './h';

export interface BriefingActions {
  /** Absent when the run may only be continued (an assessment already under way). */
  start?: () => void;
  resume?: () => void;
  /** Absent inside an LMS package: it plays its own scenario only. */
  back?: () => void;
}

export function renderBriefing(ctx: ScreenContext, s: Scenario, act: BriefingActions): HTMLElement {
  const actions: HTMLElement[] = [];
  if (act.resume) {
    actions.push(button(ctx.ui('briefing.resume'), act.resume, 'btn primary', { 'data-action': 'resume' }));
    if (act.start)
      actions.push(button(ctx.ui('briefing.restart'), act.start, 'btn', { 'data-action': 'start' }));
  } else if (act.start) {
    actions.push(button(ctx.ui('briefing.start'), act.start, 'btn primary', { 'data-action': 'start' }));
  }
  return h(
    'div',
    { class: 'screen briefing' },
    h(
      'article',
      { class: 'card briefing-card' },
      h('p', { class: 'eyebrow', text: ctx.ui('briefing.heading') }),
      h('h1', { text: st(ctx, s, s.meta.title) }),
      h('p', { class: 'lede', text: st(ctx, s, s.meta.summary) }),
      h(
        'dl',
        { class: 'facts' },
        h(
          'div',
          { class: 'fact' },
          h('dt', { text: ctx.ui('menu.role') }),
          h('dd', { text: st(ctx, s, s.meta.role) }),
        ),
        h(
          'div',
          { class: 'fact' },
          h('dt', { text: ctx.ui('menu.period') }),
          h('dd', { text: period(ctx, s) }),
        ),
        h(
          'div',
          { class: 'fact' },
          h('dt', { text: ctx.ui('menu.places') }),
          h('dd', { text: placeNames(ctx, s) }),
        ),
      ),
      h('h2', { text: ctx.ui('menu.learn') }),
      h('ul', { class: 'objectives' }, ...s.meta.objectives.map((k) => h('li', { text: st(ctx, s, k) }))),
      ...s.meta.contentNotes.map((k) =>
        h(
          'div',
          { class: 'content-note' },
          h('strong', { text: ctx.ui('menu.contentNote') }),
          h('p', { text: st(ctx, s, k) }),
        ),
      ),
      h(
        'div',
        { class: 'card-actions' },
        ...actions,
        act.back ? button(ctx.ui('briefing.back'), act.back, 'btn ghost', { 'data-action': 'back' }) : null,
      ),
    ),
  );
}
