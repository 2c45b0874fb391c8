// The debrief: a summary first (the ending, the scores with what they mean, three key moments,
// the answers to look at again), then sections that open on demand: every decision beside the
// historical one with its sources, the timeline (with a legend, and words for what its dots
// show), questions for class, and the episode's quiz bank. Correctness comes from the engine.
import type { DebriefView, QuizAnswer, Scenario } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import { type ScreenContext, st } from './context';
import { reasonBlock, silentLine, sureWrong } from './debriefReasons';
import { momentList, scoreList, type WrongAnswer, wrongList } from './debriefSummary';
import { button, h } from './h';
import { renderQuiz } from './quiz';
import type { Verdict } from './quizFeedback';
import { paragraphs, sourcesDisclosure } from './sources';

export interface DebriefActions {
  /** Absent in an assessment: one attempt only. */
  playAgain?: () => void;
  /** Shown after the summary, e.g. the assignment's result-code panel. */
  extra?: HTMLElement;
  /** Absent inside an LMS package: it plays its own scenario only. */
  choose?: () => void;
  /** Grades an answer to quiz item `item`: right or not, the right answer, the explanation. */
  grade(item: string, answer: QuizAnswer): Verdict;
  /** The knowledge checks answered wrongly during play. */
  wrong: WrongAnswer[];
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
      const why = r.historical
        ? h('div', { class: 'why' }, ...paragraphs(ctx.tx(r.historical.feedback)))
        : null;
      // A choice that matched history is said once, with the rationale under it.
      const cols = same
        ? h(
            'div',
            { class: 'col history' },
            h('h3', { text: ctx.ui('debrief.same') }),
            h('p', { class: 'pick', text: r.historical ? ctx.tx(r.historical.label) : '' }),
            why,
            reasonBlock(ctx, r),
            sourcesDisclosure(ctx, r.sources),
          )
        : h(
            'div',
            { class: 'compare-cols' },
            h(
              'div',
              { class: 'col student' },
              h('h3', { text: ctx.ui('debrief.youChose') }),
              h('p', { class: 'pick', text: r.chosen ? ctx.tx(r.chosen.label) : '—' }),
              reasonBlock(ctx, r),
            ),
            h(
              'div',
              { class: 'col history' },
              h('h3', { text: ctx.ui('debrief.historyChose') }),
              silentLine(ctx, r) ??
                h('p', { class: 'pick', text: r.historical ? ctx.tx(r.historical.label) : '—' }),
              why,
              sourcesDisclosure(ctx, r.sources),
            ),
          );
      return h(
        'li',
        { class: `compare-row${same ? ' same' : ''}`, attrs: { 'data-decision': r.node } },
        h('p', { class: 'compare-when', text: when }),
        h('p', { class: 'compare-prompt', text: ctx.tx(r.prompt) }),
        cols,
      );
    }),
  );
}

function timeline(ctx: ScreenContext, d: DebriefView): HTMLElement {
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'timeline-legend' },
      h('li', { class: 'visited', text: ctx.ui('debrief.onPath') }),
      h('li', { text: ctx.ui('debrief.offPath') }),
    ),
    h(
      'ol',
      { class: 'timeline' },
      ...d.timeline.map((t) =>
        h(
          'li',
          { class: t.visited ? 'visited' : '', attrs: { 'data-visited': String(t.visited) } },
          h('time', { text: formatIsoDate(t.date, ctx.ui), attrs: { datetime: t.date } }),
          // The dot's meaning in words, for readers who cannot see it.
          h('span', {
            class: 'sr-only',
            text: ` (${ctx.ui(t.visited ? 'debrief.onPath' : 'debrief.offPath')})`,
          }),
          h('p', { text: ctx.tx(t.text) }),
          sourcesDisclosure(ctx, t.sources),
        ),
      ),
    ),
  );
}

function quizBank(ctx: ScreenContext, d: DebriefView, act: DebriefActions): HTMLElement {
  return h(
    'div',
    { class: 'quiz-bank' },
    h('p', { class: 'bank-note', text: ctx.ui('debrief.quizPractice') }),
    ...d.quiz.map((q) =>
      h(
        'div',
        {
          class: q.seen ? 'bank-item' : 'bank-item not-shown',
          attrs: { 'data-item': q.item, 'data-seen': String(q.seen) },
        },
        // Said in words before the question, so a screen reader meets it first.
        q.seen ? null : h('p', { class: 'badge not-shown', text: ctx.ui('debrief.notShown') }),
        renderQuiz(
          ctx,
          q,
          () => undefined,
          'bank-',
          (answer) => act.grade(q.item, answer),
          false,
        ),
      ),
    ),
  );
}

/** A section that opens on demand. */
const more = (id: string, title: string, body: HTMLElement) =>
  h(
    'details',
    { class: 'card debrief-section', attrs: { 'data-section': id } },
    h('summary', {}, h('h2', { text: title, attrs: { id } })),
    body,
  );

const part = (id: string, title: string, body: HTMLElement) =>
  h(
    'section',
    { class: 'summary-part', attrs: { 'aria-labelledby': id } },
    h('h2', { text: title, attrs: { id } }),
    body,
  );

export function renderDebrief(
  ctx: ScreenContext,
  s: Scenario,
  d: DebriefView,
  act: DebriefActions,
): HTMLElement {
  const end = d.ending;
  const title = st(ctx, s, s.meta.title);
  return h(
    'div',
    { class: 'screen debrief' },
    h(
      'div',
      { class: 'card debrief-head', attrs: { 'data-summary': '' } },
      h('p', { class: 'eyebrow', text: `${ctx.ui('debrief.heading')} · ${title}` }),
      h('h1', { text: end ? ctx.tx(end.title) : ctx.ui('debrief.heading') }),
      end
        ? h('p', {
            class: `badge outcome ${end.outcome}`,
            text: ctx.ui(
              end.outcome === 'historical' ? 'play.outcomeHistorical' : 'play.outcomeHypothetical',
            ),
          })
        : null,
      h(
        'div',
        { class: 'summary-grid' },
        part('db-score', ctx.ui('debrief.score'), scoreList(ctx, s, d)),
        part('db-moments', ctx.ui('debrief.moments'), momentList(ctx, d)),
        part('db-wrong', ctx.ui('debrief.wrong'), h('div', {}, wrongList(ctx, act.wrong), sureWrong(ctx, d))),
      ),
      h(
        'div',
        { class: 'card-actions end-actions' },
        act.playAgain
          ? button(ctx.ui('debrief.playAgain'), act.playAgain, 'btn primary', { 'data-action': 'again' })
          : null,
        act.choose ? button(ctx.ui('debrief.choose'), act.choose, 'btn', { 'data-action': 'choose' }) : null,
      ),
    ),
    act.extra ?? null,
    // The ending's text was the page before; here it waits to be opened again.
    end ? more('db-ending', ctx.ui('play.ending'), h('div', {}, ...paragraphs(ctx.tx(end.text)))) : null,
    more(
      'db-paths',
      `${ctx.ui('debrief.yourPath')} · ${ctx.ui('debrief.historicalPath')}`,
      decisions(ctx, d),
    ),
    more('db-timeline', ctx.ui('debrief.timeline'), timeline(ctx, d)),
    more(
      'db-questions',
      ctx.ui('debrief.questions'),
      h('ol', { class: 'questions' }, ...d.questions.map((q) => h('li', { text: ctx.tx(q) }))),
    ),
    more('db-quiz', ctx.ui('debrief.quiz'), quizBank(ctx, d, act)),
  );
}
