// The results section: paste codes or drop result files; each is verified by replay and shown in
// the class table and as a heatmap on the scenario map; CSV export; stored only in this browser.

import { downloadText, readTextFiles } from '../platform/files';
import { codeInFile } from '../platform/resultFile';
import { createResultStore } from '../platform/resultStore';
import type { TeacherContext } from './context';
import { button, el } from './dom';
import { renderMap } from './map';
import { axesOf, cells, header, type Row, resultsCsv, rowsFrom } from './resultsModel';
import { choiceCounts, type VerifiedResult } from './verify';

function table(ctx: TeacherContext, rows: Row[]): HTMLElement {
  const axes = axesOf(ctx.scenarios, ctx);
  const head = header(axes, ctx);
  return el(
    'div',
    { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'results-caption' } },
    el(
      'table',
      { class: 'results' },
      el('caption', { text: ctx.t('results.caption'), attrs: { id: 'results-caption' } }),
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
      el(
        'tbody',
        {},
        ...rows.map((row) => {
          const ok = row.result?.verified === true;
          const values = cells(row, ctx.shipped, axes, ctx);
          return el(
            'tr',
            { class: ok ? 'ok' : 'failed', attrs: { 'data-verified': String(ok) } },
            ...values.map((v, i) =>
              i === 0 ? el('th', { text: v, attrs: { scope: 'row' } }) : el('td', { text: v }),
            ),
          );
        }),
      ),
    ),
  );
}

function heatmap(ctx: TeacherContext, rows: Row[]): HTMLElement | null {
  const verified = rows.map((r) => r.result).filter((r): r is VerifiedResult => r?.verified === true);
  const ids = [...new Set(verified.map((r) => r.data.scenario))];
  if (!ids.length) return null;
  const holder = el('div');
  const select = el(
    'select',
    { attrs: { id: 'heat-scenario' } },
    ...ids.map((id) => {
      const c = ctx.shipped.get(id);
      return el('option', { text: c ? ctx.sx(c, c.scenario.meta.title) : id, attrs: { value: id } });
    }),
  );
  const draw = () => {
    const c = ctx.shipped.get(select.value);
    const mine = verified.filter((r) => r.data.scenario === select.value);
    if (c) holder.replaceChildren(renderMap(ctx, c, { counts: choiceCounts(mine), students: mine.length }));
  };
  select.addEventListener('change', draw);
  draw();
  return el(
    'div',
    { class: 'heatmap' },
    el('h3', { text: ctx.t('results.heatHeading') }),
    el(
      'div',
      { class: 'field' },
      el('label', { text: ctx.t('map.scenario'), attrs: { for: 'heat-scenario' } }),
      select,
    ),
    holder,
  );
}

export function renderResults(ctx: TeacherContext): HTMLElement {
  const store = createResultStore();
  const body = el('div', { class: 'results-body' });
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  let rows: Row[] = [];
  const refresh = () => {
    rows = rowsFrom(store.list(), ctx.shipped);
    const verified = rows.filter((r) => r.result?.verified).length;
    status.textContent = rows.length
      ? ctx.t('results.summary', { count: rows.length, verified })
      : ctx.t('results.none');
    body.replaceChildren(
      ...(rows.length ? [table(ctx, rows), heatmap(ctx, rows)] : []).filter((x) => x !== null),
    );
  };
  const codes = el('textarea', {
    attrs: { id: 'results-codes', rows: 6, spellcheck: 'false', autocomplete: 'off' },
  });
  const check = button(ctx.t('results.check'), () => {
    store.add(codes.value.split(/\r?\n/));
    codes.value = '';
    refresh();
  });
  const addFiles = async (files: Iterable<File>) => {
    const read = await readTextFiles(files);
    store.add(read.flatMap((f) => (f.text === undefined ? [] : [codeInFile(f.text)])));
    refresh();
    const tooBig = read.filter((f) => f.text === undefined).map((f) => f.name);
    if (tooBig.length) status.textContent = ctx.t('results.tooBigFiles', { names: tooBig.join(', ') });
  };
  const picker = el('input', {
    attrs: {
      id: 'results-files',
      type: 'file',
      multiple: true,
      accept: '.json,.txt,application/json,text/plain',
    },
  });
  picker.addEventListener('change', () => void addFiles(picker.files ?? []));
  const drop = el(
    'div',
    { class: 'dropzone' },
    el('label', { text: ctx.t('results.files'), attrs: { for: picker.id } }),
    picker,
    el('p', { class: 'hint', text: ctx.t('results.dropHint') }),
  );
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void addFiles(e.dataTransfer?.files ?? []);
  });
  const csv = button(ctx.t('results.csv'), () => {
    const axes = axesOf(ctx.scenarios, ctx);
    downloadText(
      `precedent-results-${new Date().toISOString().slice(0, 10)}.csv`,
      resultsCsv(rows, ctx.shipped, axes, ctx),
      'text/csv',
    );
  });
  const clear = button(ctx.t('results.clear'), () => {
    if (!window.confirm(ctx.t('results.clearConfirm'))) return;
    store.clear();
    refresh();
  });
  refresh();
  return el(
    'section',
    { attrs: { id: 'results', 'aria-labelledby': 'results-h' } },
    el('h2', { text: ctx.t('results.heading'), attrs: { id: 'results-h' } }),
    el('p', { text: ctx.t('results.intro') }),
    el(
      'div',
      { class: 'field' },
      el('label', { text: ctx.t('results.paste'), attrs: { for: codes.id } }),
      codes,
    ),
    check,
    drop,
    status,
    el('div', { class: 'actions' }, csv, clear),
    el('p', { class: 'hint', text: ctx.t('results.privacy') }),
    body,
  );
}
