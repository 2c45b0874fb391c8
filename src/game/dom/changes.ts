// "What changed": each meter the last step moved, with its name and why ("Legal position +10: the
// filing cites the Committee's request"; a change with no why keeps "Legal position +10"), shown
// under the feedback. Kept apart from play.ts, which lays the page out.
import { meterChanges, type NodeView } from '../../engine';
import type { ScreenContext } from './context';
import { h } from './h';

export function meterChangeList(ctx: ScreenContext, v: NodeView): HTMLElement | null {
  const list = meterChanges(v);
  if (list.length === 0) return null;
  // A real minus sign: a hyphen reads as a dash to some screen readers.
  const sign = (d: number) => (d > 0 ? `+${d}` : `\u2212${Math.abs(d)}`);
  return h(
    'div',
    { class: 'changes' },
    h('p', { class: 'eyebrow', text: ctx.ui('change.heading') }),
    h(
      'ul',
      {},
      ...list.map((m) => {
        const params = { label: ctx.tx(m.label), delta: sign(m.delta) };
        // One sentence per change, the why inside it, so a screen reader reads the two together.
        return h('li', {
          class: m.delta > 0 ? 'up' : 'down',
          text: m.why
            ? ctx.ui('change.itemWhy', { ...params, why: ctx.tx(m.why) })
            : ctx.ui('change.item', params),
          attrs: { 'data-meter': m.id, ...(m.why ? { 'data-why': m.why.key } : {}) },
        });
      }),
    ),
  );
}
