// The briefing before a scenario: what the card does not say. The player's seat, how to play,
// what each meter means, how decisions and answers are scored, the mode (practice or
// assessment), what the student will learn and the content note, then Start (or Continue).
import type { Scenario } from '../../engine';
import { placeNames, type ScreenContext, st } from './context';
import { axisList, meterList } from './guide';
import { button, h } from './h';

export type BriefingMode = 'free' | 'practice' | 'assessment';

export interface BriefingActions {
  /** Absent when the run may only be continued (an assessment already under way). */
  start?: () => void;
  resume?: () => void;
  /** Absent inside an LMS package: it plays its own scenario only. */
  back?: () => void;
}

const MODE = {
  free: 'briefing.modeFree',
  practice: 'briefing.modePractice',
  assessment: 'briefing.modeAssessment',
} as const;

const fact = (label: string, value: string) =>
  h('div', { class: 'fact' }, h('dt', { text: label }), h('dd', { text: value }));

const part = (id: string, title: string, ...body: (HTMLElement | null)[]) =>
  h(
    'section',
    { class: 'briefing-part', attrs: { 'aria-labelledby': id } },
    h('h2', { text: title, attrs: { id } }),
    ...body,
  );

export function renderBriefing(
  ctx: ScreenContext,
  s: Scenario,
  act: BriefingActions,
  mode: BriefingMode = 'free',
): HTMLElement {
  const actions: HTMLElement[] = [];
  if (act.resume) {
    actions.push(button(ctx.ui('briefing.resume'), act.resume, 'btn primary', { 'data-action': 'resume' }));
    if (act.start)
      actions.push(button(ctx.ui('briefing.restart'), act.start, 'btn', { 'data-action': 'start' }));
  } else if (act.start) {
    actions.push(button(ctx.ui('briefing.start'), act.start, 'btn primary', { 'data-action': 'start' }));
  }
  const meters = meterList(ctx, s);
  return h(
    'div',
    { class: 'screen briefing' },
    h(
      'article',
      { class: 'card briefing-card', attrs: { 'aria-labelledby': 'briefing-title' } },
      h('p', { class: 'eyebrow', text: ctx.ui('briefing.heading') }),
      h('h1', { text: st(ctx, s, s.meta.title), attrs: { id: 'briefing-title' } }),
      h(
        'dl',
        { class: 'facts' },
        fact(ctx.ui('menu.role'), st(ctx, s, s.meta.role)),
        fact(ctx.ui('menu.places'), placeNames(ctx, s)),
      ),
      h('p', { class: 'mode', attrs: { 'data-mode': mode } }, ctx.ui(MODE[mode])),
      part(
        'briefing-how',
        ctx.ui('briefing.howTitle'),
        h(
          'ul',
          { class: 'how' },
          h('li', { text: ctx.ui('briefing.howRead') }),
          h('li', { text: ctx.ui('briefing.howDecide') }),
          h('li', { text: ctx.ui('briefing.howCheck') }),
          h('li', { text: ctx.ui('briefing.howEnd') }),
        ),
      ),
      meters
        ? part(
            'briefing-meters',
            ctx.ui('guide.metersTitle'),
            h('p', { text: ctx.ui('guide.metersIntro') }),
            meters,
          )
        : null,
      part(
        'briefing-score',
        ctx.ui('briefing.scoreTitle'),
        h('p', { text: ctx.ui('briefing.scoreIntro') }),
        axisList(ctx, s),
      ),
      part(
        'briefing-learn',
        ctx.ui('menu.learn'),
        h('ul', { class: 'objectives' }, ...s.meta.objectives.map((k) => h('li', { text: st(ctx, s, k) }))),
      ),
      s.meta.contentNotes.length > 0
        ? h(
            'div',
            { class: 'content-note', attrs: { 'data-content-note': '' } },
            h('strong', { text: ctx.ui('menu.contentNote') }),
            ...s.meta.contentNotes.map((k) => h('p', { text: st(ctx, s, k) })),
          )
        : null,
      h(
        'div',
        { class: 'card-actions' },
        ...actions,
        act.back ? button(ctx.ui('briefing.back'), act.back, 'btn ghost', { 'data-action': 'back' }) : null,
      ),
    ),
  );
}
