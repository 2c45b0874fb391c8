// The class table on the page: a row number, the claimed columns and the verified columns under
// two group headings, the status and notes, and a remove button on every row.

import type { TeacherContext } from './context';
import { el } from './dom';
import { type axesOf, CLAIMED, cells, header, VERIFIED_FIXED } from './resultsCells';
import type { Row } from './resultsModel';

export function resultsTable(
  ctx: TeacherContext,
  rows: Row[],
  axes: ReturnType<typeof axesOf>,
  onRemove: (row: Row) => void,
): HTMLElement {
  const head = header(axes, ctx);
  const verifiedSpan = VERIFIED_FIXED.length + axes.length + 2;
  const group = (key: string, span: number, cls: string) =>
    el('th', { class: cls, text: key ? ctx.t(key) : '', attrs: { scope: 'colgroup', colspan: span } });
  return el(
    'div',
    { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': 'results-caption' } },
    el(
      'table',
      { class: 'results' },
      el('caption', { text: ctx.t('results.caption'), attrs: { id: 'results-caption' } }),
      el(
        'thead',
        {},
        el(
          'tr',
          { class: 'groups' },
          el('td', {}),
          group('results.claimedGroup', CLAIMED.length, 'claimed'),
          group('results.verifiedGroup', verifiedSpan, 'verified'),
          el('td', { attrs: { colspan: 3 } }),
        ),
        el(
          'tr',
          {},
          ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
          el('th', { class: 'no-print', text: ctx.t('results.col.remove'), attrs: { scope: 'col' } }),
        ),
      ),
      el(
        'tbody',
        {},
        ...rows.map((row) => {
          const ok = row.result?.verified === true;
          const values = cells(row, ctx.shipped, axes, ctx);
          const who = values[1] ?? '';
          const remove = el('button', {
            class: 'btn small',
            text: ctx.t('results.remove'),
            attrs: { type: 'button', 'aria-label': ctx.t('results.removeRow', { n: row.n, name: who }) },
            on: { click: () => onRemove(row) },
          });
          const flagged = row.flags.length > 0 || row.samePlayAs !== undefined;
          return el(
            'tr',
            {
              class: `${ok ? 'ok' : 'failed'}${flagged ? ' flagged' : ''}`,
              attrs: { 'data-verified': String(ok), 'data-row': row.n },
            },
            ...values.map((v, i) => {
              if (i === 1) return el('th', { text: v, attrs: { scope: 'row' } });
              const cls = i === values.length - 2 ? 'status-cell' : i === values.length - 1 ? 'notes' : '';
              return el('td', { text: v, ...(cls ? { class: cls } : {}) });
            }),
            el('td', { class: 'no-print' }, remove),
          );
        }),
      ),
    ),
  );
}
