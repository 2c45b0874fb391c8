// The debrief's summary, which fits in two screens at 1280×800: the scores with what each means,
// three key moments of the student's path, and the knowledge checks they got wrong (their answer
// beside the right one). Everything longer sits in the sections below it, opened on demand.
import type { DebriefView, DecisionReview, QuizAnswer, RunContext, Scenario } from '../../engine';
import { correctAnswer } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import { type ScreenContext, st } from './context';
import { momentReason } from './debriefReasons';
import { h } from './h';

export interface WrongAnswer {
  item: string;
  prompt: string;
  /** Absent for an ordering question: the right order says it, and the full one is long. */
  yours?: string;
  right: string;
}

function answerText(ctx: ScreenContext, s: Scenario, itemId: string, a: QuizAnswer): string {
  const item = s.quiz.find((q) => q.id === itemId);
  const label = (id: string) => {
    const o = item && item.type !== 'truefalse' ? item.options.find((x) => x.id === id) : undefined;
    return o ? st(ctx, s, o.label) : id;
  };
  if (a.type === 'truefalse') return ctx.ui(a.value ? 'quiz.true' : 'quiz.false');
  if (a.type === 'single') return label(a.option);
  return a.options.map(label).join(a.type === 'order' ? ' → ' : ', ');
}

/** The student's wrong answers inside the story, in the order they were given. */
export function wrongAnswers(ctx: ScreenContext, s: Scenario, answers: RunContext['answers']): WrongAnswer[] {
  return Object.entries(answers).flatMap(([id, a]) => {
    const item = s.quiz.find((q) => q.id === id);
    if (a.correct || !item) return [];
    return [
      {
        item: id,
        prompt: st(ctx, s, item.prompt),
        yours: item.type === 'order' ? undefined : answerText(ctx, s, id, a.answer),
        right: answerText(ctx, s, id, correctAnswer(item)),
      },
    ];
  });
}

/**
 * Three key moments: the decisions the student reached where they parted from history come first
 * (those are what a class discusses), then the others, each kept in story order.
 */
export function keyMoments(d: DebriefView): DecisionReview[] {
  const reached = d.decisions.filter((r) => r.chosen);
  const differs = (r: DecisionReview) => r.historical !== undefined && r.chosen?.id !== r.historical.id;
  const picked = [...reached.filter(differs), ...reached.filter((r) => !differs(r))].slice(0, 3);
  return reached.filter((r) => picked.includes(r));
}

export function scoreList(ctx: ScreenContext, s: Scenario, d: DebriefView): HTMLElement {
  return h(
    'ul',
    { class: 'scores' },
    ...d.score.map((x) => {
      const pct = x.max > 0 ? Math.round((Math.min(x.value, x.max) / x.max) * 100) : 0;
      const axis = s.axes[x.axis];
      return h(
        'li',
        { attrs: { 'data-axis': x.axis } },
        h('span', { class: 'score-label', text: ctx.tx(x.label) }),
        h('span', {
          class: 'score-value',
          text: `${ctx.ui('debrief.points', { count: x.value })} / ${x.max}`,
        }),
        h(
          'span',
          { class: 'score-track', attrs: { 'aria-hidden': 'true' } },
          h('span', { class: 'score-fill', attrs: { style: `width:${pct}%` } }),
        ),
        axis ? h('span', { class: 'score-means', text: st(ctx, s, axis.description) }) : null,
      );
    }),
  );
}

export function momentList(ctx: ScreenContext, d: DebriefView): HTMLElement {
  return h(
    'ol',
    { class: 'moments' },
    ...keyMoments(d).map((r) => {
      const same = r.historical !== undefined && r.chosen?.id === r.historical.id;
      return h(
        'li',
        { attrs: { 'data-decision': r.node, 'data-same': String(same) } },
        // When and where, not the whole prompt: the summary stays short; the full comparison is below.
        h('p', {
          class: 'compare-when',
          text: [r.date ? formatIsoDate(r.date, ctx.ui) : '', r.place ? ctx.tx(r.place) : '']
            .filter(Boolean)
            .join(' · '),
        }),
        h(
          'p',
          {},
          h('strong', { text: `${ctx.ui('debrief.youChose')}: ` }),
          r.chosen ? ctx.tx(r.chosen.label) : '—',
        ),
        momentReason(ctx, r),
        same
          ? h('p', { class: 'badge same', text: ctx.ui('debrief.same') })
          : r.historical
            ? h(
                'p',
                {},
                h('strong', { text: `${ctx.ui('debrief.historyChose')}: ` }),
                ctx.tx(r.historical.label),
              )
            : null,
      );
    }),
  );
}

export function wrongList(ctx: ScreenContext, wrong: WrongAnswer[]): HTMLElement {
  if (wrong.length === 0) return h('p', { text: ctx.ui('debrief.allRight') });
  return h(
    'ul',
    { class: 'wrong-answers' },
    ...wrong.map((w) =>
      h(
        'li',
        { attrs: { 'data-item': w.item } },
        h('p', { class: 'compare-prompt', text: w.prompt }),
        w.yours === undefined
          ? null
          : h('p', {}, h('strong', { text: `${ctx.ui('quiz.yourAnswer')}: ` }), w.yours),
        h('p', {}, h('strong', { text: `${ctx.ui('quiz.rightAnswer')}: ` }), w.right),
      ),
    ),
  );
}
