// The readable half of the play screen: where and when, who speaks, the text (in a live region),
// feedback on the last step, documents, sources, a quiz, and the choices as large buttons.
import type { EngineEvent, NodeView, QuizAnswer, Text } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import { meterChangeList } from './changes';
import type { ScreenContext } from './context';
import { button, h } from './h';
import { renderQuiz } from './quiz';
import type { Verdict } from './quizFeedback';
import { reasonFeedback, reasonSection } from './reasons';
import { documentPaper, openDocument, paragraphs, sourcesDisclosure } from './sources';

export interface PlayActions {
  send(e: EngineEvent): void;
  debrief(): void;
  /** Grades a knowledge check for feedback in place; absent in an assessment (no feedback). */
  check?: (item: string, answer: QuizAnswer) => Verdict;
  /** Opens the dialog saying what each meter means. */
  meters?: () => void;
}

/** Date, place and step; the page's h1 when the node has no title of its own. */
function where(ctx: ScreenContext, v: NodeView): HTMLElement {
  const bits = [
    v.date ? formatIsoDate(v.date, ctx.ui) : '',
    v.place ? ctx.tx(v.place.name) : '',
    // Steps count from 1 for people; the engine counts steps taken.
    ctx.ui('play.step', {
      step: v.progress.step + 1,
      total: Math.max(v.progress.estimate, v.progress.step) + 1,
    }),
  ].filter(Boolean);
  const ratio = Math.min(1, (v.progress.step + 1) / (Math.max(v.progress.estimate, v.progress.step) + 1));
  return h(
    'div',
    { class: 'where' },
    h(v.title ? 'p' : 'h1', { class: 'where-line', text: bits.join(' · ') }),
    h(
      'div',
      { class: 'progress-track', attrs: { 'aria-hidden': 'true' } },
      h('div', { class: 'progress-fill', attrs: { style: `width:${Math.round(ratio * 100)}%` } }),
    ),
  );
}

function feedback(ctx: ScreenContext, f: Text): HTMLElement {
  const correct = f.params?.correct;
  return h(
    'aside',
    { class: 'feedback' },
    h('p', { class: 'eyebrow', text: ctx.ui('play.feedbackHeading') }),
    correct === undefined
      ? null
      : h('p', {
          class: `badge ${correct ? 'ok' : 'no'}`,
          text: ctx.ui(correct ? 'quiz.correct' : 'quiz.incorrect'),
        }),
    ...paragraphs(ctx.tx(f)),
  );
}

/**
 * The page's text. Not a live region itself: a page shown with its text already in it is rarely
 * announced, so the app reads this into the shell's one persistent live region after each step.
 * A quiz answer's feedback was shown in place on the quiz page (`check`), so it is not repeated.
 */
function story(ctx: ScreenContext, v: NodeView, idp: string, inPlace: boolean): HTMLElement {
  const f = v.feedback;
  const shown = f && !(inPlace && f.params?.correct !== undefined) ? f : undefined;
  return h(
    'div',
    { class: 'story', attrs: { id: `${idp}story`, 'data-story': '' } },
    shown ? feedback(ctx, shown) : null,
    v.reasonFeedback ? reasonFeedback(ctx, v.reasonFeedback) : null,
    f ? meterChangeList(ctx, v) : null,
    v.kind === 'ending' ? h('p', { class: 'eyebrow', text: ctx.ui('play.ending') }) : null,
    v.speaker
      ? h(
          'p',
          { class: 'speaker' },
          h('span', { class: 'speaker-name', text: ctx.tx(v.speaker.name) }),
          v.speaker.opinion ? h('span', { class: 'badge opinion', text: ctx.ui('play.opinion') }) : null,
        )
      : null,
    v.title ? h('h1', { class: 'node-title', text: ctx.tx(v.title) }) : null,
    v.text ? h('div', { class: 'node-text' }, ...paragraphs(ctx.tx(v.text))) : null,
    v.outcome
      ? h('p', {
          class: `badge outcome ${v.outcome}`,
          text: ctx.ui(v.outcome === 'historical' ? 'play.outcomeHistorical' : 'play.outcomeHypothetical'),
        })
      : null,
    v.kind === 'document'
      ? h('div', { class: 'papers' }, ...v.documents.map((d) => documentPaper(ctx, d)))
      : null,
  );
}

/** The meters in text (the canvas draws them too) and the button explaining what they mean. */
function metersForReaders(ctx: ScreenContext, v: NodeView, act: PlayActions): HTMLElement | null {
  if (v.meters.length === 0) return null;
  return h(
    'div',
    { class: 'meters-text' },
    h('h2', { class: 'sr-only', text: ctx.ui('play.meters') }),
    act.meters
      ? button(ctx.ui('guide.metersTitle'), act.meters, 'btn ghost small', { 'data-action': 'meters' })
      : null,
    h(
      'ul',
      { class: 'sr-only' },
      ...v.meters.map((m) =>
        h('li', { text: ctx.ui('play.meterValue', { label: ctx.tx(m.label), value: m.value, max: m.max }) }),
      ),
    ),
  );
}

function actions(ctx: ScreenContext, v: NodeView, act: PlayActions, idp: string): HTMLElement | null {
  if (v.done || v.kind === 'ending') {
    return h(
      'div',
      { class: 'actions' },
      button(ctx.ui('play.toDebrief'), act.debrief, 'btn primary big', { 'data-action': 'debrief' }),
    );
  }
  if (v.quiz)
    return renderQuiz(
      ctx,
      v.quiz,
      (answer, sure) =>
        act.send({
          type: 'quiz.answer',
          item: v.quiz?.item ?? '',
          answer,
          ...(sure === undefined ? {} : { sure }),
        }),
      idp,
      act.check ? (answer) => act.check?.(v.quiz?.item ?? '', answer) as Verdict : undefined,
      true,
      { confidence: true },
    );
  if (v.kind === 'reason')
    return reasonSection(ctx, v, (reason) => act.send({ type: 'reason.select', reason }), idp);
  if (v.choices.length > 0) {
    return h(
      'section',
      { class: 'choices', attrs: { 'aria-labelledby': `${idp}choices-title` } },
      h('h2', { class: 'eyebrow', text: ctx.ui('play.decision'), attrs: { id: `${idp}choices-title` } }),
      ...v.choices.map((c, i) => {
        const reasonId = `${idp}reason-${c.id}`;
        const b = h(
          'button',
          {
            class: 'btn choice',
            attrs: {
              type: 'button',
              'data-choice': c.id,
              disabled: !c.available,
              'aria-describedby': c.reason ? reasonId : undefined,
            },
            on: { click: () => act.send({ type: 'choice.select', choice: c.id }) },
          },
          h('kbd', { text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'choice-label', text: ctx.tx(c.label) }),
        );
        return h(
          'div',
          { class: 'choice-row' },
          b,
          c.reason
            ? h('p', {
                class: 'reason',
                text: `${ctx.ui('play.unavailable')}: ${ctx.tx(c.reason)}`,
                attrs: { id: reasonId },
              })
            : null,
        );
      }),
      h('p', { class: 'hint keys-hint', text: ctx.ui('play.keysHint') }),
    );
  }
  return h(
    'div',
    { class: 'actions' },
    button(ctx.ui('play.continue'), () => act.send({ type: 'node.continue' }), 'btn primary big', {
      'data-action': 'continue',
    }),
  );
}

/**
 * The panel's page for node view `v`. `idp` prefixes the page's element ids: a page prepared
 * ahead of time sits in the document beside the shown one, and ids must stay unique.
 */
export function renderPanel(ctx: ScreenContext, v: NodeView, act: PlayActions, idp = ''): HTMLElement {
  const readable = v.kind === 'document' ? [] : v.documents;
  return h(
    'div',
    { class: 'panel-inner', attrs: { 'data-node': v.node, 'data-kind': v.kind } },
    where(ctx, v),
    story(ctx, v, idp, act.check !== undefined),
    readable.length > 0
      ? h(
          'section',
          { class: 'doc-links', attrs: { 'aria-labelledby': `${idp}docs-title` } },
          h('h2', { class: 'eyebrow', text: ctx.ui('play.documents'), attrs: { id: `${idp}docs-title` } }),
          ...readable.map((d) =>
            button(ctx.ui('doc.read', { title: ctx.tx(d.title) }), () => openDocument(ctx, d), 'btn doc', {
              'data-document': d.id,
            }),
          ),
        )
      : null,
    sourcesDisclosure(ctx, v.sources),
    metersForReaders(ctx, v, act),
    actions(ctx, v, act, idp),
  );
}

/**
 * Keys 1–9 pick a choice, Enter continues; ignored while a dialog is open or a field has focus, and
 * for a held key's repeats, which would otherwise run through pages faster than anyone reads.
 */
export function playKeys(panel: HTMLElement): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.repeat) {
      // A held Enter repeats the focused button's click as well: only the first press counts.
      if (e.key === 'Enter' && panel.contains(e.target as Node)) e.preventDefault();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || document.querySelector('dialog[open]')) return;
    const digit = /^[1-9]$/.test(e.key) ? Number(e.key) : 0;
    // The shown page only: pages prepared for the next step sit hidden beside it.
    const page = panel.querySelector(':scope > .panel-inner');
    if (!page) return;
    if (digit > 0) {
      const target = page.querySelectorAll<HTMLButtonElement>('.choice, .quiz .option')[digit - 1];
      if (target && !target.disabled) {
        e.preventDefault();
        target.click();
        // On a check, Enter then checks the answer: every quiz type submits the same way.
        const submit = target.closest('.quiz')?.querySelector<HTMLButtonElement>('[data-action="submit"]');
        (submit && !submit.disabled && !target.closest('[data-quiz="multiple"]') ? submit : target).focus();
      }
    } else if (
      e.key === 'Enter' &&
      !(document.activeElement instanceof HTMLButtonElement) &&
      !(document.activeElement instanceof HTMLAnchorElement) &&
      !(document.activeElement?.tagName === 'SUMMARY')
    ) {
      const next = page.querySelector<HTMLButtonElement>('[data-action="continue"], [data-action="debrief"]');
      if (next) {
        e.preventDefault();
        next.click();
      }
    }
  };
}
