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

/**
 * Where the student was sure and wrong, under the wrong answers in the summary; nothing when they
 * never said how sure they were.
 */
export function sureWrong(ctx: ScreenContext, d: DebriefView): HTMLElement | null {
  if (!d.checks.some((k) => k.sure !== undefined)) return null;
  return h(
    'div',
    { class: 'sure-wrong', attrs: { 'data-sure-wrong': String(d.sureWrong.length) } },
    h('h3', { text: ctx.ui('confidence.heading') }),
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

/** The reason given, in a key moment of the summary. */
export function momentReason(ctx: ScreenContext, r: DecisionReview): HTMLElement | null {
  if (!r.reason) return null;
  return h(
    'p',
    { class: 'moment-reason', attrs: { 'data-reason': r.reason.id } },
    h('strong', { text: `${ctx.ui('reason.heading')}: ` }),
    ctx.tx(r.reason.label),
  );
}
