// The catalog: one card per scenario with what a teacher plans a lesson with (role, period,
// time, objectives, content notes, complete languages, discussion questions) and a one-page
// printable lesson sheet.

import type { CompiledScenario } from '../engine';
import { formatIsoDate } from '../i18n/dates';
import type { TeacherContext } from './context';
import { button, el } from './dom';
import { endingRanges } from './endingRanges';

function list(items: string[]): HTMLElement {
  return el('ul', {}, ...items.map((text) => el('li', { text })));
}

function fact(term: string, value: string): HTMLElement[] {
  return [el('dt', { text: term }), el('dd', { text: value })];
}

/** Prints only this card: the print stylesheet hides everything without `.print-target`. */
function printSheet(card: HTMLElement): void {
  card.classList.add('print-target');
  document.body.classList.add('printing-sheet');
  const done = () => {
    card.classList.remove('print-target');
    document.body.classList.remove('printing-sheet');
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

/** Each reachable ending with the score range a play can end it with, per axis. */
function endings(ctx: TeacherContext, c: CompiledScenario): HTMLElement {
  const s = (key: string) => ctx.sx(c, key);
  const items = [...endingRanges(c)].map(([id, score]) => {
    const n = c.nodes.get(id)?.node;
    const title = n?.kind === 'ending' ? s(n.title) : id;
    const ranges = c.axes.map((axis) =>
      ctx.t('catalog.range', {
        axis: s(c.scenario.axes[axis]?.label ?? axis),
        min: score.min[axis] ?? 0,
        max: score.max[axis] ?? 0,
      }),
    );
    return ctx.t('catalog.endingLine', { title, ranges: ranges.join('; ') });
  });
  return list(items);
}

function card(ctx: TeacherContext, c: CompiledScenario): HTMLElement {
  const m = c.scenario.meta;
  const s = (key: string) => ctx.sx(c, key);
  const langs = (ctx.complete.get(c.scenario.id) ?? []).map((l) => ctx.languages[l]?.name ?? l);
  const headingId = `cat-${c.scenario.id}`;
  const article = el(
    'article',
    { class: 'card', attrs: { 'aria-labelledby': headingId } },
    el('h3', { text: s(m.title), attrs: { id: headingId } }),
    el('p', { class: 'summary', text: s(m.summary) }),
    el(
      'dl',
      { class: 'facts' },
      ...fact(ctx.t('catalog.role'), s(m.role)),
      ...fact(
        ctx.t('catalog.period'),
        ctx.t('catalog.periodRange', {
          from: formatIsoDate(m.era.from, ctx.ui),
          to: formatIsoDate(m.era.to, ctx.ui),
        }),
      ),
      ...fact(ctx.t('catalog.time'), ctx.t('catalog.minutes', { count: m.minutes })),
      ...fact(ctx.t('catalog.languages'), langs.length ? langs.join(', ') : ctx.t('catalog.languagesNone')),
      ...fact(ctx.t('catalog.version'), String(c.scenario.contentVersion)),
    ),
    el('h4', { text: ctx.t('catalog.objectives') }),
    list(m.objectives.map(s)),
    m.contentNotes.length ? el('h4', { text: ctx.t('catalog.contentNotes') }) : null,
    m.contentNotes.length ? list(m.contentNotes.map(s)) : null,
    el('h4', { text: ctx.t('catalog.endings') }),
    endings(ctx, c),
    el('h4', { text: ctx.t('catalog.questions') }),
    el('ol', {}, ...c.scenario.debrief.questions.map((q) => el('li', { text: s(q) }))),
  );
  article.append(
    button(
      ctx.t('catalog.print'),
      () => printSheet(article),
      { 'aria-label': ctx.t('catalog.printFor', { title: s(m.title) }) },
      'btn no-print',
    ),
  );
  return article;
}

export function renderCatalog(ctx: TeacherContext): HTMLElement {
  return el(
    'section',
    { attrs: { id: 'catalog', 'aria-labelledby': 'catalog-h' } },
    el('h2', { text: ctx.t('catalog.heading'), attrs: { id: 'catalog-h' } }),
    el('p', { text: ctx.t('catalog.intro') }),
    ctx.scenarios.length
      ? el('div', { class: 'cards' }, ...ctx.scenarios.map((c) => card(ctx, c)))
      : el('p', { text: ctx.t('catalog.empty') }),
  );
}
