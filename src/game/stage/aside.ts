// The stage's DOM side, beside the canvas: the press line after a decision, the legend of relation
// states (each named, drawn as on the map), and every party and place on the map as a real button
// that opens its card. Canvas clicks open the same cards, so nothing is reachable only by pointer.
import type { RelationState } from '../../engine';
import type { ScreenContext } from '../dom/context';
import { button, h } from '../dom/h';
import { sourceList } from '../dom/sources';
import type { StageCard, StageModel } from './keys';
import { baseName } from './layout';
import { LINE_STYLES } from './relations';
import './stage.css';

const SVG = 'http://www.w3.org/2000/svg';

/** A short sample of a relation line, drawn as the canvas draws it (shape, not colour alone). */
function sample(state: RelationState): SVGSVGElement {
  const st = LINE_STYLES[state];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 40 12');
  svg.setAttribute('width', '40');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = (x1: number, x2: number) => {
    const l = document.createElementNS(SVG, 'line');
    for (const [k, v] of Object.entries({ x1, x2, y1: 6, y2: 6, stroke: st.css, 'stroke-width': st.width }))
      l.setAttribute(k, String(v));
    if (st.dash.length > 0) l.setAttribute('stroke-dasharray', st.dash.join(' '));
    svg.append(l);
  };
  if (st.cut) {
    line(0, 14);
    line(26, 40);
    const x = document.createElementNS(SVG, 'path');
    x.setAttribute('d', 'M16 2 L24 10 M16 10 L24 2');
    x.setAttribute('stroke', st.css);
    x.setAttribute('stroke-width', '2');
    svg.append(x);
  } else line(0, 40);
  return svg;
}

export class StageAside {
  readonly root = h('div', { class: 'stage-aside' });
  private cards = new Map<string, StageCard>();
  private ctx?: ScreenContext;
  private shown = '';

  update(m: StageModel, ctx: ScreenContext): void {
    this.ctx = ctx;
    this.cards = new Map(m.cards.map((c) => [c.key, c]));
    const ui = ctx.ui;
    // The legend names parties by their short form ("Armenia", not "Armenia (MFA)"): a line is
    // read between two countries, and the full names are on the buttons below.
    const names = new Map(m.parties.map((p) => [p.id, baseName(p.label)]));
    const states = [...new Set(m.lines.map((l) => l.state))];
    const entries = [
      ...m.parties.map((p) => ({ key: `party:${p.id}`, label: p.label })),
      ...m.places.map((p) => ({ key: `place:${p.id}`, label: p.label })),
    ];
    const content = h(
      'div',
      {},
      m.press.length > 0
        ? h(
            'section',
            { class: 'stage-press', attrs: { 'aria-labelledby': 'stage-press-h' } },
            h('h2', { text: ui('stage.press'), attrs: { id: 'stage-press-h' } }),
            h(
              'p',
              { class: 'stage-press-kind' },
              ui(m.press.some((p) => p.kind === 'illustration') ? 'stage.illustration' : 'stage.reported'),
            ),
            h('ul', {}, ...m.press.map((p) => h('li', { attrs: { 'data-press-kind': p.kind } }, p.text))),
          )
        : null,
      m.lines.length > 0
        ? h(
            'section',
            { class: 'stage-legend', attrs: { 'aria-labelledby': 'stage-legend-h' } },
            h('h2', { text: ui('stage.legend'), attrs: { id: 'stage-legend-h' } }),
            h(
              'ul',
              {},
              ...m.lines.map((l) =>
                h(
                  'li',
                  { attrs: { 'data-relation': `${l.a}|${l.b}`, 'data-state': l.state } },
                  sample(l.state),
                  ui('stage.line', {
                    a: names.get(l.a) ?? l.a,
                    b: names.get(l.b) ?? l.b,
                    state: ui(`stage.relation.${l.state}`),
                  }),
                ),
              ),
            ),
            // Every state drawn is named once more with its sample, as a key to the map.
            h('p', { class: 'sr-only' }, states.map((s) => ui(`stage.relation.${s}`)).join(', ')),
          )
        : null,
      h(
        'section',
        { class: 'stage-list', attrs: { 'aria-labelledby': 'stage-list-h' } },
        h('h2', { text: ui('stage.onMap'), attrs: { id: 'stage-list-h' } }),
        h('p', { class: 'stage-hint', text: ui('stage.onMapHint') }),
        h(
          'ul',
          {},
          ...entries.map((e) =>
            h(
              'li',
              {},
              button(e.label, () => this.open(e.key), 'stage-open', { 'data-card': e.key }),
            ),
          ),
        ),
      ),
    );
    // Unchanged content is left alone: a step that changes nothing here touches no DOM.
    const sig = content.innerHTML;
    if (sig === this.shown) return;
    this.shown = sig;
    const focused = this.root.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.card
      : undefined;
    this.root.replaceChildren(...content.childNodes);
    if (focused) this.root.querySelector<HTMLElement>(`[data-card="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Opens a card as a modal dialog; Escape or Close shuts it and focus returns where it was. */
  open(key: string): void {
    const card = this.cards.get(key);
    const ctx = this.ctx;
    if (!card || !ctx) return;
    const ui = ctx.ui;
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const id = 'stage-card-title';
    const dialog = h('dialog', {
      class: 'dialog stage-card',
      attrs: { 'aria-labelledby': id, 'data-card': key },
    });
    const close = button(ui('stage.close'), () => dialog.close(), 'btn primary');
    const parts: (Node | null)[] = [
      h('p', {
        class: 'stage-card-kind',
        text: ui(card.kind === 'party' ? 'stage.cardParty' : 'stage.cardPlace'),
      }),
      h('h2', { text: card.title, attrs: { id } }),
      card.place
        ? h('p', { class: 'stage-card-place', text: ui('stage.basedIn', { place: card.place }) })
        : null,
      card.position ? h('h3', { text: ui('stage.position') }) : null,
      card.position ? h('p', { class: 'stage-card-position', text: card.position }) : null,
      card.here
        ? h(
            'div',
            {},
            h('h3', { text: ui('stage.here') }),
            card.here.length > 0
              ? h(
                  'ul',
                  { class: 'stage-card-here' },
                  ...card.here.map((p) =>
                    h(
                      'li',
                      {},
                      button(p.title, () => {
                        dialog.close();
                        this.open(p.key);
                      }),
                    ),
                  ),
                )
              : h('p', { text: ui('stage.noneHere') }),
          )
        : null,
      h('h3', { text: ui('stage.sources') }),
      card.sources.length > 0 ? sourceList(ctx, card.sources) : h('p', { text: ui('stage.noSources') }),
      h('div', { class: 'dialog-actions' }, close),
    ];
    dialog.append(...parts.filter((p): p is Node => p !== null));
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (back?.isConnected) back.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    close.focus();
  }
}
