// Puts a translation's keys in the English order after an import added keys, so that files stay
// easy to compare side by side. Plural forms sit where their English group sits, in CLDR order.

import type { JEntry, JNode } from './jsonTree';
import { PLURAL_CATEGORIES, pluralParts } from './keys';

/** Rank of keys English does not know: after all others (finite, so comparisons never give NaN). */
const UNKNOWN = 1e9;

export function reorderLike(node: JNode, model: JNode): JNode {
  if (node.kind === 'object' && model.kind === 'array') return asArray(node, model);
  if (node.kind !== 'object' || model.kind !== 'object') return node;
  const rank = (key: string): number => {
    const exact = model.entries.findIndex((e) => e.key === key);
    if (exact !== -1) return exact;
    const p = pluralParts(key);
    const group = p ? model.entries.findIndex((e) => pluralParts(e.key)?.base === p.base) : -1;
    return group === -1 || !p ? UNKNOWN : group + PLURAL_CATEGORIES.indexOf(p.category) / 10;
  };
  const entries: JEntry[] = node.entries.map((e) => {
    const sub = model.entries.find((m) => m.key === e.key);
    return sub ? { ...e, value: reorderLike(e.value, sub.value) } : e;
  });
  // Array.prototype.sort is stable, so keys English does not know keep their relative order.
  entries.sort((a, b) => rank(a.key) - rank(b.key));
  return { ...node, entries };
}

/** New files get `{"0": …}` objects where English has a list; turn them back into lists. */
function asArray(node: JNode & { kind: 'object' }, model: JNode & { kind: 'array' }): JNode {
  const items = node.entries.map((e, i) => (e.key === String(i) ? e.value : undefined));
  if (items.some((v) => v === undefined)) return node;
  return {
    kind: 'array',
    line: node.line,
    items: (items as JNode[]).map((v, i) => {
      const m = model.items[i];
      return m ? reorderLike(v, m) : v;
    }),
  };
}
