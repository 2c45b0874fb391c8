// The list of texts with its filters (status, failing a check, file, search) and counts; a page
// of rows at a time, each a button that opens the text in the editor.

import { el } from '../teacher/dom';
import { type Filter, filterRows, type Row } from './rows';
import type { T } from './text';

export interface ListState {
  filter?: Filter;
  shown: number;
}

/** A row fails when a filled form breaks a rule; the page computes that lazily per row. */
export type Failing = (row: Row) => boolean;

export function listSection(
  t: T,
  rows: Row[],
  state: ListState,
  namespaces: string[],
  failing: Failing,
  redraw: () => void,
  open: (id: string) => void,
): HTMLElement {
  const f = state.filter ?? {};
  const status = el(
    'select',
    { attrs: { id: 'f-status' } },
    ...['', 'missing', 'stale', 'done', 'failing'].map((s) =>
      el('option', { text: t(`work.${s || 'all'}`), attrs: { value: s, selected: (f.status ?? '') === s } }),
    ),
  );
  const file = el(
    'select',
    { attrs: { id: 'f-ns' } },
    el('option', { text: t('work.allFiles'), attrs: { value: '' } }),
    ...namespaces.map((ns) => el('option', { text: ns, attrs: { value: ns, selected: f.ns === ns } })),
  );
  const search = el('input', { attrs: { id: 'f-search', type: 'search', value: f.search ?? '' } });
  const apply = () => {
    state.filter = {
      status: (status.value || undefined) as Filter['status'],
      ns: file.value || undefined,
      search: search.value,
    };
    state.shown = 60;
    redraw();
    document.getElementById(document.activeElement?.id ?? '')?.focus();
  };
  status.addEventListener('change', apply);
  file.addEventListener('change', apply);
  search.addEventListener('change', apply);
  const count = (s: Row['status']) => rows.filter((r) => r.status === s).length;
  const matching = filterRows(rows, f, failing);
  const list = el(
    'ul',
    { class: 'rows', attrs: { id: 'rows' } },
    ...matching.slice(0, state.shown).map((r) => {
      const id = `${r.ns}:${r.key}`;
      const en = r.units[0]?.source ?? '';
      return el(
        'li',
        {},
        el(
          'button',
          { class: 'row', attrs: { type: 'button', 'data-key': id }, on: { click: () => open(id) } },
          el('span', { class: `badge ${r.status}`, text: t(`key.${r.status}`) }),
          ' ',
          el('code', { text: id }),
          el('span', {
            class: 'snippet',
            text: en.length > 90 ? `${en.slice(0, 90)}…` : en,
            attrs: { lang: 'en' },
          }),
        ),
      );
    }),
  );
  const more =
    matching.length > state.shown
      ? el('button', {
          class: 'btn',
          text: t('work.more'),
          attrs: { type: 'button' },
          on: {
            click: () => {
              state.shown += 60;
              redraw();
            },
          },
        })
      : null;
  return el(
    'section',
    { class: 'list', attrs: { 'aria-labelledby': 'work-h' } },
    el('h2', { text: t('work.heading'), attrs: { id: 'work-h' } }),
    el('p', {
      attrs: { id: 'counts' },
      text: t('work.counts', {
        done: count('done'),
        stale: count('stale'),
        missing: count('missing'),
        total: rows.length,
      }),
    }),
    el(
      'p',
      { class: 'filters' },
      el('label', { text: t('work.show'), attrs: { for: 'f-status' } }),
      ' ',
      status,
      ' ',
      el('label', { text: t('work.file'), attrs: { for: 'f-ns' } }),
      ' ',
      file,
      ' ',
      el('label', { text: t('work.search'), attrs: { for: 'f-search' } }),
      ' ',
      search,
    ),
    el('p', {
      class: 'note',
      text: matching.length
        ? t('work.shown', { shown: Math.min(state.shown, matching.length), matching: matching.length })
        : t('work.none'),
    }),
    list,
    more,
  );
}
