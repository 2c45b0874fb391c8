// The first screen: one card per scenario, the whole card one target with a visible Play action
// near its top (so it is on the first screen on a phone), a small map of the scenario's places as
// the visual hook, the period, the length and the summary. Role, places, objectives and content
// notes are in the briefing, which the card opens.
import type { Scenario } from '../../engine';
import { period, type ScreenContext, st } from './context';
import { h } from './h';

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 96;
const PAD = 10;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * The scenario's places as dots on a small equirectangular sketch, lines from the first place (where
 * the story is set) to the others. Drawn from the scenario's own coordinates: no map file, no
 * request, a few hundred bytes of markup. Decorative: the places are listed in text beside it.
 */
export function placeSketch(s: Scenario): SVGSVGElement {
  const pts = s.meta.places.map((id) => s.places[id]).filter((p) => p !== undefined);
  const lat0 = pts.reduce((a, p) => a + p.lat, 0) / Math.max(1, pts.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = pts.map((p) => p.lon * k);
  const ys = pts.map((p) => -p.lat);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * PAD) / Math.max(1, x1 - x0), (H - 2 * PAD) / Math.max(1, y1 - y0));
  const ox = (W - (x1 - x0) * scale) / 2;
  const oy = (H - (y1 - y0) * scale) / 2;
  const at = (i: number) => [ox + ((xs[i] ?? 0) - x0) * scale, oy + ((ys[i] ?? 0) - y0) * scale];
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'sketch',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const [hx, hy] = at(0);
  for (let i = 1; i < pts.length; i++) {
    const [x, y] = at(i);
    root.append(svg('line', { x1: hx ?? 0, y1: hy ?? 0, x2: x ?? 0, y2: y ?? 0, class: 'sketch-line' }));
  }
  for (let i = pts.length - 1; i >= 0; i--) {
    const [x, y] = at(i);
    root.append(
      svg('circle', {
        cx: x ?? 0,
        cy: y ?? 0,
        r: i === 0 ? 6 : 3.5,
        class: i === 0 ? 'sketch-home' : 'sketch-dot',
      }),
    );
  }
  return root;
}

function card(ctx: ScreenContext, s: Scenario, inProgress: boolean, open: () => void) {
  const titleId = `card-${s.id}`;
  const title = st(ctx, s, s.meta.title);
  return h(
    'article',
    { class: 'card scenario-card', attrs: { 'aria-labelledby': titleId, 'data-scenario': s.id } },
    h('div', { class: 'card-cover' }, placeSketch(s)),
    h(
      'div',
      { class: 'card-head' },
      h('h2', { text: title, attrs: { id: titleId } }),
      inProgress ? h('span', { class: 'badge', text: ctx.ui('menu.inProgress') }) : null,
    ),
    h('p', { class: 'minutes' }, `${period(ctx, s)} · ${ctx.ui('menu.minutes', { count: s.meta.minutes })}`),
    // The whole card is this button's target (.card-play::after covers the card), and its name
    // carries the scenario's title, so two Play buttons never sound the same.
    h(
      'button',
      {
        class: 'btn primary card-play',
        attrs: { type: 'button', 'data-open': s.id },
        on: { click: open },
      },
      ctx.ui(inProgress ? 'menu.continue' : 'menu.play'),
      h('span', { class: 'sr-only', text: `: ${title}` }),
    ),
    h('p', { class: 'summary', text: st(ctx, s, s.meta.summary) }),
  );
}

export function renderMenu(
  ctx: ScreenContext,
  scenarios: Scenario[],
  inProgress: (id: string) => boolean,
  open: (id: string) => void,
): HTMLElement {
  return h(
    'div',
    { class: 'screen menu' },
    h(
      'div',
      { class: 'hero' },
      h('h1', { text: ctx.ui('menu.heading') }),
      h('p', { class: 'lede', text: ctx.ui('menu.intro') }),
    ),
    scenarios.length === 0
      ? h('p', { text: ctx.ui('menu.empty') })
      : h(
          'div',
          { class: 'cards' },
          ...scenarios.map((s) => card(ctx, s, inProgress(s.id), () => open(s.id))),
        ),
  );
}
