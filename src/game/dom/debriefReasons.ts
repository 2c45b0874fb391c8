// The debrief's parts for reasons and confidence: the reason a student gave at a decision with
// its feedback, the one line where the record is silent, and the checks they were sure of but
// answered wrong. Kept apart from debrief.ts, which lays the page out.
import type { DebriefView, DecisionReview } from '../../engine';
import type { ScreenContext } from './context';
import { h } from './h';
import { paragraphs } from './sources';

export function reasonBlock(ctx: ScreenContext, r: DecisionReview): HTMLElement | null {
  if (!r.reason) return null;
  return h(
    'div',
    { class: 'given-reason', attrs: { 'data-reason': r.reason.id } },
    h('h4', { text: ctx.ui('reason.heading') }),
    h('p', { class: 'pick', text: ctx.tx(r.reason.label) }),
    h('div', { class: 'why' }, ...paragraphs(ctx.tx(r.reason.feedback))),
  );
}

export function silentLine(ctx: ScreenContext, r: DecisionReview): HTMLElement | null {
  return r.recordSilent ? h('p', { class: 'record-silent', text: ctx.ui('record.silent') }) : null;
}

/** Where the student was sure and wrong; nothing when they never said how sure they were. */
export function sureWrong(ctx: ScreenContext, d: DebriefView): HTMLElement | null {
  if (!d.checks.some((k) => k.sure !== undefined)) return null;
  return h(
    'section',
    { class: 'card debrief-section sure-wrong', attrs: { 'aria-labelledby': 'db-sure' } },
    h('h2', { text: ctx.ui('confidence.heading'), attrs: { id: 'db-sure' } }),
    d.sureWrong.length === 0
      ? h('p', { text: ctx.ui('confidence.none') })
      : h(
          'div',
          {},
          h('p', { text: ctx.ui('confidence.intro') }),
          h(
            'ul',
            {},
            ...d.sureWrong.map((k) => h('li', { text: ctx.tx(k.prompt), attrs: { 'data-item': k.item } })),
          ),
        ),
  );
}
