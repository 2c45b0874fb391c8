// The readable half of the play screen: where and when, who speaks, the text (in a live region),
// feedback on the last step, documents, sources, a quiz, and the choices as large buttons.
import { type EngineEvent, meterChanges, type NodeView, type Text } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import type { ScreenContext } from './context';
import { button, h } from './h';
import { renderQuiz } from './quiz';
import { reasonFeedback, reasonSection } from './reasons';
import { documentPaper, openDocument, paragraphs, sourcesDisclosure } from './sources';

export interface PlayActions {
  send(e: EngineEvent): void;
  debrief(): void;
}

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
    h('p', { class: 'where-line', text: bits.join(' · ') }),
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

/** Each meter the last step moved, with its name: "Legal position +10". */
function changes(ctx: ScreenContext, v: NodeView): HTMLElement | null {
  const list = meterChanges(v);
  if (list.length === 0) return null;
  const sign = (d: number) => (d > 0 ? `+${d}` : `\u2212${Math.abs(d)}`);
  return h(
    'div',
    { class: 'changes' },
    h('p', { class: 'eyebrow', text: ctx.ui('change.heading') }),
    h(
      'ul',
      {},
      ...list.map((m) =>
        h('li', {
          class: m.delta > 0 ? 'up' : 'down',
          text: ctx.ui('change.item', { label: ctx.tx(m.label), delta: sign(m.delta) }),
          attrs: { 'data-meter': m.id },
        }),
      ),
    ),
  );
}

function story(ctx: ScreenContext, v: NodeView, idp: string): HTMLElement {
  return h(
    'div',
    { class: 'story', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true', id: `${idp}story` } },
    v.feedback ? feedback(ctx, v.feedback) : null,
    v.reasonFeedback ? reasonFeedback(ctx, v.reasonFeedback) : null,
    v.feedback ? changes(ctx, v) : null,
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

function metersForReaders(ctx: ScreenContext, v: NodeView): HTMLElement | null {
  if (v.meters.length === 0) return null;
  return h(
    'div',
    { class: 'sr-only' },
    h('h2', { text: ctx.ui('play.meters') }),
    h(
      'ul',
      {},
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
      h('p', { class: 'hint', text: ctx.ui('play.keysHint') }),
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
    story(ctx, v, idp),
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
    metersForReaders(ctx, v),
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
        target.focus();
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
