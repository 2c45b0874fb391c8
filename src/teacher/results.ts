// The results section: paste codes (chat text and wrapped lines welcome) or add result files;
// each import ends with a report; every stored row is decoded and verified on its own and shown
// in the class table with a remove button, the class view and the heatmap; CSV export.

import { safeEcho } from '../engine';
import { downloadText, readTextFiles } from '../platform/files';
import { MAX_INPUT } from '../platform/resultCode';
import { createResultStore } from '../platform/resultStore';
import { loadAssignments } from './assignments';
import { classView } from './classViewDom';
import type { TeacherContext } from './context';
import { button, el } from './dom';
import { type ImportReport, importSources, type Source } from './importCodes';
import { renderMap } from './map';
import { reasonsTable } from './reasonsTable';
import { axesOf, errorText, resultsCsv } from './resultsCells';
import { classResults, type Row, rowsFrom } from './resultsModel';
import { resultsTable } from './resultsTable';
import { choiceCounts } from './verify';

function byScenario(ctx: TeacherContext, rows: Row[]): HTMLElement | null {
  const verified = classResults(rows);
  const ids = [...new Set(verified.map((r) => r.data.scenario))].filter((id) => ctx.shipped.has(id));
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
    if (!c) return;
    holder.replaceChildren(
      classView(ctx, c, mine),
      el('h3', { text: ctx.t('results.heatHeading') }),
      renderMap(ctx, c, { counts: choiceCounts(mine), students: mine.length }),
      ...[reasonsTable(ctx, c, mine)].filter((x) => x !== null),
    );
  };
  select.addEventListener('change', draw);
  draw();
  return el(
    'div',
    { class: 'heatmap' },
    el(
      'div',
      { class: 'field no-print' },
      el('label', { text: ctx.t('map.scenario'), attrs: { for: 'heat-scenario' } }),
      select,
    ),
    holder,
  );
}

/** "N added, N already there, N unreadable" and one line per unreadable code with its reason. */
function reportView(ctx: TeacherContext, r: ImportReport): HTMLElement[] {
  const line = ctx.t('results.report', {
    added: r.added,
    already: r.already,
    unreadable: r.unreadable.length,
  });
  const reasons = r.unreadable.map((u) => {
    const where = u.source ? safeEcho(u.source) : ctx.t('results.pasted');
    const why = u.error.kind === 'noCode' ? ctx.t('results.error.noCode') : errorText(u.error, ctx);
    return el('li', { text: `${where}: ${why}` });
  });
  const refused = r.refused
    ? [el('p', { class: 'error', text: ctx.t('results.refused', { n: r.refused }) })]
    : [];
  return [el('p', { text: line }), ...refused, ...(reasons.length ? [el('ul', {}, ...reasons)] : [])];
}

export function renderResults(ctx: TeacherContext): HTMLElement {
  const store = createResultStore();
  const body = el('div', { class: 'results-body' });
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  const report = el('div', { class: 'report', attrs: { role: 'status', id: 'results-report' } });
  let rows: Row[] = [];
  const refresh = () => {
    const stored = store.load();
    rows = rowsFrom(stored.codes, ctx.shipped, loadAssignments());
    const verified = rows.filter((r) => r.result?.verified).length;
    const damaged =
      stored.damaged || stored.skipped > 0
        ? ` ${ctx.t('results.storageDamaged', { count: stored.skipped })}`
        : '';
    status.textContent =
      (rows.length ? ctx.t('results.summary', { count: rows.length, verified }) : ctx.t('results.none')) +
      damaged;
    const axes = axesOf(ctx.scenarios, ctx);
    const remove = (row: Row) => {
      store.remove(row.input);
      refresh();
      report.textContent = ctx.t('results.removed', { n: row.n });
      document.getElementById('results-h')?.focus();
    };
    body.replaceChildren(
      ...[rows.length ? resultsTable(ctx, rows, axes, remove) : null, byScenario(ctx, rows)].filter(
        (x) => x !== null,
      ),
    );
  };
  const runImport = (sources: Source[]) => {
    report.replaceChildren(...reportView(ctx, importSources(sources, store)));
    refresh();
  };
  const codes = el('textarea', {
    attrs: { id: 'results-codes', rows: 6, spellcheck: 'false', autocomplete: 'off' },
  });
  const check = button(ctx.t('results.check'), () => {
    const text = codes.value;
    // Over the limit is reported, not cut: a cut paste would lose codes without a word.
    runImport([text.length > MAX_INPUT ? { name: '', size: text.length } : { name: '', text }]);
    codes.value = '';
  });
  const addFiles = async (files: Iterable<File>) => {
    const read = await readTextFiles(files, MAX_INPUT);
    runImport(read.map((f) => ({ name: f.name, text: f.text, size: f.size })));
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
    { class: 'dropzone no-print' },
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
    downloadText(
      `precedent-results-${new Date().toISOString().slice(0, 10)}.csv`,
      resultsCsv(rows, ctx.shipped, axesOf(ctx.scenarios, ctx), ctx),
      'text/csv',
    );
  });
  const print = button(ctx.t('results.print'), () => {
    // The print stylesheet shows only the results section while this class is set.
    document.body.classList.add('printing-results');
    window.addEventListener('afterprint', () => document.body.classList.remove('printing-results'), {
      once: true,
    });
    window.print();
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
    el('h2', { text: ctx.t('results.heading'), attrs: { id: 'results-h', tabindex: -1 } }),
    el('p', { class: 'no-print', text: ctx.t('results.intro') }),
    el(
      'p',
      { class: 'verified-means' },
      ctx.t('results.verifiedMeans'),
      ' ',
      el('a', { text: ctx.t('results.guide'), attrs: { href: 'docs/teachers.md' } }),
    ),
    el(
      'div',
      { class: 'field no-print' },
      el('label', { text: ctx.t('results.paste'), attrs: { for: codes.id } }),
      codes,
    ),
    el('div', { class: 'no-print' }, check),
    drop,
    report,
    status,
    el('div', { class: 'actions no-print' }, csv, print, clear),
    el('p', { class: 'hint no-print', text: ctx.t('results.privacy') }),
    body,
  );
}
