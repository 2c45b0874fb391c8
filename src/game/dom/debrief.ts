// The debrief: the ending, the student's choices beside the historical ones (with what really
// happened and its sources), the score per axis, the timeline, questions for class, and the
// episode's quiz bank to try again. Correctness comes from the engine via `grade`.
import type { DebriefView, QuizAnswer } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import type { ScreenContext } from './context';
import { reasonBlock, silentLine, sureWrong } from './debriefReasons';
import { button, fill, h } from './h';
import { renderQuiz } from './quiz';
import { paragraphs, sourcesDisclosure } from './sources';

export interface DebriefActions {
  /** Absent in an assessment: one attempt only. */
  playAgain?: () => void;
  /** Shown after the ending, e.g. the assignment's result-code panel. */
  extra?: HTMLElement;
  /** Absent inside an LMS package: it plays its own scenario only. */
  choose?: () => void;
  /** Whether the answer to quiz item `item` is right, and its explanation. */
  grade(item: string, answer: QuizAnswer): { correct: boolean; explanation: string };
}

function decisions(ctx: ScreenContext, d: DebriefView): HTMLElement {
  return h(
    'ol',
    { class: 'compare' },
    ...d.decisions.map((r) => {
      const same = r.chosen && r.historical && r.chosen.id === r.historical.id;
      const when = [r.date ? formatIsoDate(r.date, ctx.ui) : '', r.place ? ctx.tx(r.place) : '']
        .filter(Boolean)
        .join(' · ');
      return h(
        'li',
        { class: `compare-row${same ? ' same' : ''}`, attrs: { 'data-decision': r.node } },
        h('p', { class: 'compare-when', text: when }),
        h('p', { class: 'compare-prompt', text: ctx.tx(r.prompt) }),
        h(
          'div',
          { class: 'compare-cols' },
          h(
            'div',
            { class: 'col student' },
            h('h4', { text: ctx.ui('debrief.youChose') }),
            h('p', { class: 'pick', text: r.chosen ? ctx.tx(r.chosen.label) : '—' }),
            reasonBlock(ctx, r),
          ),
          h(
            'div',
            { class: 'col history' },
            h('h4', { text: ctx.ui('debrief.historyChose') }),
            silentLine(ctx, r) ??
              h('p', { class: 'pick', text: r.historical ? ctx.tx(r.historical.label) : '—' }),
            r.historical ? h('div', { class: 'why' }, ...paragraphs(ctx.tx(r.historical.feedback))) : null,
            sourcesDisclosure(ctx, r.sources),
          ),
        ),
        same ? h('p', { class: 'badge same', text: ctx.ui('debrief.same') }) : null,
      );
    }),
  );
}

function scores(ctx: ScreenContext, d: DebriefView): HTMLElement {
  return h(
    'ul',
    { class: 'scores' },
    ...d.score.map((s) => {
      const pct = s.max > 0 ? Math.round((Math.min(s.value, s.max) / s.max) * 100) : 0;
      return h(
        'li',
        { attrs: { 'data-axis': s.axis } },
        h('span', { class: 'score-label', text: ctx.tx(s.label) }),
        h('span', {
          class: 'score-value',
          text: `${ctx.ui('debrief.points', { count: s.value })} / ${s.max}`,
        }),
        h(
          'span',
          { class: 'score-track', attrs: { 'aria-hidden': 'true' } },
          h('span', { class: 'score-fill', attrs: { style: `width:${pct}%` } }),
        ),
      );
    }),
  );
}

function timeline(ctx: ScreenContext, d: DebriefView): HTMLElement {
  return h(
    'ol',
    { class: 'timeline' },
    ...d.timeline.map((t) =>
      h(
        'li',
        { class: t.visited ? 'visited' : '' },
        h('time', { text: formatIsoDate(t.date, ctx.ui), attrs: { datetime: t.date } }),
        h('p', { text: ctx.tx(t.text) }),
        sourcesDisclosure(ctx, t.sources),
      ),
    ),
  );
}

function quizBank(ctx: ScreenContext, d: DebriefView, act: DebriefActions): HTMLElement {
  return h(
    'div',
    { class: 'quiz-bank' },
    ...d.quiz.map((q) => {
      const slot = h('div', { class: 'bank-item', attrs: { 'data-item': q.item } });
      const result = h('div', { class: 'bank-result', attrs: { 'aria-live': 'polite' } });
      slot.append(
        renderQuiz(ctx, q, (answer) => {
          const g = act.grade(q.item, answer);
          fill(
            result,
            h('p', {
              class: `badge ${g.correct ? 'ok' : 'no'}`,
              text: ctx.ui(g.correct ? 'quiz.correct' : 'quiz.incorrect'),
            }),
            ...paragraphs(g.explanation),
          );
        }),
        result,
      );
      return slot;
    }),
  );
}

const section = (id: string, title: string, body: HTMLElement) =>
  h(
    'section',
    { class: 'card debrief-section', attrs: { 'aria-labelledby': id } },
    h('h2', { text: title, attrs: { id } }),
    body,
  );

export function renderDebrief(
  ctx: ScreenContext,
  title: string,
  d: DebriefView,
  act: DebriefActions,
): HTMLElement {
  const end = d.ending;
  return h(
    'div',
    { class: 'screen debrief' },
    h(
      'header',
      { class: 'card debrief-head' },
      h('p', { class: 'eyebrow', text: `${ctx.ui('debrief.heading')} · ${title}` }),
      end ? h('h1', { text: ctx.tx(end.title) }) : h('h1', { text: ctx.ui('debrief.heading') }),
      end ? h('div', { class: 'lede' }, ...paragraphs(ctx.tx(end.text))) : null,
      end
        ? h('p', {
            class: `badge outcome ${end.outcome}`,
            text: ctx.ui(
              end.outcome === 'historical' ? 'play.outcomeHistorical' : 'play.outcomeHypothetical',
            ),
          })
        : null,
      h('p', { text: ctx.ui('debrief.intro') }),
    ),
    act.extra ?? null,
    section('db-score', ctx.ui('debrief.score'), scores(ctx, d)),
    section(
      'db-paths',
      `${ctx.ui('debrief.yourPath')} · ${ctx.ui('debrief.historicalPath')}`,
      decisions(ctx, d),
    ),
    sureWrong(ctx, d),
    section('db-timeline', ctx.ui('debrief.timeline'), timeline(ctx, d)),
    section(
      'db-questions',
      ctx.ui('debrief.questions'),
      h('ol', { class: 'questions' }, ...d.questions.map((q) => h('li', { text: ctx.tx(q) }))),
    ),
    section('db-quiz', ctx.ui('debrief.quiz'), quizBank(ctx, d, act)),
    h(
      'div',
      { class: 'card-actions end-actions' },
      act.playAgain
        ? button(ctx.ui('debrief.playAgain'), act.playAgain, 'btn primary', { 'data-action': 'again' })
        : null,
      act.choose ? button(ctx.ui('debrief.choose'), act.choose, 'btn', { 'data-action': 'choose' }) : null,
    ),
  );
}
