// Beside the heatmap: for each decision that asks why, how many students gave each reason (the
// map counts choices; reasons do not change the path, so they are counted in a table).

import type { CompiledScenario, DecisionNode } from '../engine';
import { formatIsoDate } from '../i18n/dates';
import type { TeacherContext } from './context';
import { el } from './dom';
import { reasonCounts, type VerifiedResult } from './verify';

export function reasonsTable(
  ctx: TeacherContext,
  c: CompiledScenario,
  results: readonly VerifiedResult[],
): HTMLElement | null {
  const counts = reasonCounts(results);
  const asking = [...c.nodes.values()].flatMap((n) =>
    n.node.kind === 'decision' && n.node.reasons ? [{ id: n.id, node: n.node as DecisionNode }] : [],
  );
  if (asking.length === 0) return null;
  const total = results.filter((r) => r.verified).length;
  const k = (key: string, p?: Record<string, string | number>) => ctx.t(`results.reasons.${key}`, p);
  return el(
    'table',
    { class: 'summary reasons-given', attrs: { 'data-reasons': '' } },
    el('caption', { text: k('caption') }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { text: k('decision'), attrs: { scope: 'col' } }),
        el('th', { text: k('reason'), attrs: { scope: 'col' } }),
        el('th', { text: k('students'), attrs: { scope: 'col' } }),
      ),
    ),
    el(
      'tbody',
      {},
      ...asking.flatMap(({ id, node }) =>
        (node.reasons?.options ?? []).map((o, i) =>
          el(
            'tr',
            { attrs: { 'data-decision': id, 'data-reason': o.id } },
            // The decision's question heads its first row only, so a screen reader reads it once.
            i === 0
              ? el('th', {
                  // Its date tells the decisions apart; the prompt alone ("Why?") may repeat.
                  text: [
                    node.date ? formatIsoDate(node.date, ctx.ui) : '',
                    ctx.sx(c, node.reasons?.prompt ?? ''),
                  ]
                    .filter(Boolean)
                    .join(' · '),
                  attrs: { scope: 'rowgroup', rowspan: node.reasons?.options.length ?? 1 },
                })
              : null,
            el('td', { text: ctx.sx(c, o.label) }),
            el('td', { text: k('count', { count: counts.get(id)?.get(o.id) ?? 0, total }) }),
          ),
        ),
      ),
    ),
  );
}
