// Draws a laid-out scenario map as SVG (createElementNS, textContent only): endings and the
// historical path highlighted, every box focusable with an accessible name, its full text shown
// on hover or focus, and optionally how many students took each choice (the heatmap).

import type { CompiledScenario } from '../engine';
import { formatIsoDate } from '../i18n/dates';
import type { TeacherContext } from './context';
import { el, svg } from './dom';
import { type MapBox, scenarioMap } from './mapLayout';

export interface Heat {
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  students: number;
}

/** Shortens at a word boundary, so every visible word is a whole word of the accessible name. */
function short(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > n / 3 ? cut.slice(0, space) : cut).replace(/[\s,.;:—–-]+$/, '')}…`;
}

/** The text a box stands for: its kind, a one-line label and the full text. */
function boxText(ctx: TeacherContext, c: CompiledScenario, b: MapBox): { kind: string; full: string } {
  const n = c.nodes.get(b.node)?.node;
  const s = (key: string) => ctx.sx(c, key);
  if (!n) return { kind: '', full: b.id };
  if (b.choice) {
    const ch = n.kind === 'decision' ? n.choices.find((x) => x.id === b.choice) : undefined;
    return { kind: ctx.t('map.kind.choice'), full: ch ? s(ch.label) : b.choice };
  }
  const kind = ctx.t(`map.kind.${n.kind}`);
  switch (n.kind) {
    case 'ending':
      return { kind, full: `${s(n.title)}. ${s(n.text)}` };
    case 'document': {
      const d = c.scenario.documents[n.document];
      return { kind, full: d ? s(d.title) : n.document };
    }
    case 'check': {
      const q = c.items.get(n.item);
      return { kind, full: q ? s(q.prompt) : n.item };
    }
    case 'reason': // the map draws the scenario's authored nodes; a reason node is the compiler's
      return { kind, full: s(n.prompt) };
    default:
      return { kind, full: s(n.text) };
  }
}

function countOf(heat: Heat | undefined, b: MapBox): number | undefined {
  if (!heat || !b.choice) return undefined;
  return heat.counts.get(b.node)?.get(b.choice) ?? 0;
}

function describe(ctx: TeacherContext, c: CompiledScenario, b: MapBox, heat?: Heat): string {
  const { kind, full } = boxText(ctx, c, b);
  const n = c.nodes.get(b.node)?.node;
  const parts = [kind, full, n?.date && !b.choice ? formatIsoDate(n.date, ctx.ui) : ''];
  if (b.historical) parts.push(ctx.t(b.choice ? 'map.historicalChoice' : 'map.historicalNode'));
  const count = countOf(heat, b);
  if (count !== undefined && heat) parts.push(ctx.t('map.chosenBy', { count, total: heat.students }));
  return parts.filter(Boolean).join(' — ');
}

function boxGroup(
  ctx: TeacherContext,
  c: CompiledScenario,
  b: MapBox,
  show: (s: string) => void,
  heat?: Heat,
): SVGGElement {
  const { kind, full } = boxText(ctx, c, b);
  const label = describe(ctx, c, b, heat);
  const count = countOf(heat, b);
  const classes = ['box', `box-${b.kind}`, b.historical ? 'historical' : '', count ? 'chosen' : ''];
  const share = count && heat?.students ? count / heat.students : 0;
  const rect = (cls?: string, extra: Record<string, string> = {}) =>
    svg('rect', {
      class: cls,
      x: b.x - b.width / 2,
      y: b.y - b.height / 2,
      width: b.width,
      height: b.height,
      rx: b.choice ? 14 : 6,
      ...extra,
    });
  // The focusable box holds only the start of its text, which its accessible name contains in
  // full (screen readers and the name-matches-label check both rely on that).
  const box = svg(
    'g',
    { class: classes.filter(Boolean).join(' '), tabindex: 0, role: 'button', 'aria-label': label },
    svg('title', {}, label),
    rect(),
    // The heat overlay: darker the more students took this choice.
    share ? rect('heat', { 'fill-opacity': (0.15 + 0.6 * share).toFixed(2) }) : null,
    svg(
      'text',
      { x: count === undefined ? b.x : b.x - 10, y: b.choice ? b.y + 4 : b.y + 11, 'text-anchor': 'middle' },
      short(full, b.choice ? 22 : 28),
    ),
  );
  const showMe = () => show(label);
  box.addEventListener('focus', showMe);
  box.addEventListener('mouseenter', showMe);
  box.addEventListener('click', showMe);
  // Kind and count are drawn beside the box's own text, outside its accessible subtree.
  const deco = svg(
    'g',
    { class: 'box-deco', 'aria-hidden': 'true' },
    b.choice
      ? null
      : svg('text', { class: 'kind', x: b.x, y: b.y - 7, 'text-anchor': 'middle' }, short(kind, 30)),
    count === undefined
      ? null
      : svg(
          'text',
          { class: 'count', x: b.x + b.width / 2 - 10, y: b.y + 4, 'text-anchor': 'end' },
          String(count),
        ),
  );
  return svg('g', {}, box, deco);
}

function edgePath(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** A scrollable map of `c` with its detail line; `heat` adds student counts per choice. */
export function renderMap(ctx: TeacherContext, c: CompiledScenario, heat?: Heat): HTMLElement {
  const map = scenarioMap(c);
  const detail = el('p', { class: 'map-detail', attrs: { 'aria-live': 'polite' }, text: ctx.t('map.hint') });
  const show = (s: string) => {
    detail.textContent = s;
  };
  const title = ctx.sx(c, c.scenario.meta.title);
  const drawing = svg(
    'svg',
    {
      class: 'map',
      viewBox: `0 0 ${map.width} ${map.height}`,
      width: map.width,
      height: map.height,
      role: 'group',
      'aria-label': ctx.t(heat ? 'map.heatLabel' : 'map.label', { title }),
    },
    svg(
      'defs',
      {},
      svg(
        'marker',
        {
          id: `arrow-${c.scenario.id}`,
          viewBox: '0 0 10 10',
          refX: 9,
          refY: 5,
          markerWidth: 6,
          markerHeight: 6,
          orient: 'auto-start-reverse',
        },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }),
      ),
    ),
    ...map.edges.map((e) =>
      svg('path', {
        class: e.historical ? 'edge historical' : 'edge',
        d: edgePath(e.points),
        'marker-end': `url(#arrow-${c.scenario.id})`,
      }),
    ),
    ...map.boxes.map((b) => boxGroup(ctx, c, b, show, heat)),
  );
  const figure: HTMLElement = el(
    'figure',
    { class: 'map-figure' },
    mapTools(ctx, drawing, map.width, map.height, (): HTMLElement => figure),
    el('div', { class: 'map-scroll' }, drawing),
    el('figcaption', {}, detail, legend(ctx, Boolean(heat))),
  );
  return figure;
}

let toolCount = 0;

/** Fit to the page width (the default), zoom out and in, and show or hide the historical path. */
function mapTools(
  ctx: TeacherContext,
  drawing: SVGSVGElement,
  width: number,
  height: number,
  figure: () => HTMLElement,
): HTMLElement {
  let scale = 0; // 0 = fit to width
  const apply = () => {
    drawing.setAttribute('width', scale ? String(Math.round(width * scale)) : '100%');
    // Fitted: no height attribute ("auto" is not an SVG length); the viewBox keeps the shape.
    if (scale) drawing.setAttribute('height', String(Math.round(height * scale)));
    else drawing.removeAttribute('height');
    drawing.classList.toggle('fit', !scale);
  };
  const fitScale = () => drawing.getBoundingClientRect().width / width || 1;
  const zoom = (factor: number) => {
    scale = Math.min(4, Math.max(0.25, (scale || fitScale()) * factor));
    apply();
  };
  const tool = (key: string, onClick: () => void) =>
    el('button', { class: 'btn small', text: ctx.t(key), attrs: { type: 'button' }, on: { click: onClick } });
  const id = `map-historical-${++toolCount}`;
  const toggle = el('input', { attrs: { type: 'checkbox', id, checked: true } });
  toggle.addEventListener('change', () => figure().classList.toggle('hide-historical', !toggle.checked));
  apply();
  return el(
    'div',
    { class: 'map-tools no-print', attrs: { role: 'group', 'aria-label': ctx.t('map.tools') } },
    tool('map.fit', () => {
      scale = 0;
      apply();
    }),
    tool('map.zoomOut', () => zoom(1 / 1.25)),
    tool('map.zoomIn', () => zoom(1.25)),
    el(
      'span',
      { class: 'check' },
      toggle,
      el('label', { text: ctx.t('map.showHistorical'), attrs: { for: id } }),
    ),
  );
}

function legend(ctx: TeacherContext, heat: boolean): HTMLElement {
  const item = (cls: string, text: string) =>
    el('li', {}, el('span', { class: `swatch ${cls}`, attrs: { 'aria-hidden': 'true' } }), text);
  return el(
    'ul',
    { class: 'legend' },
    item('historical', ctx.t('map.legend.historical')),
    item('ending', ctx.t('map.legend.ending')),
    item('decision', ctx.t('map.legend.decision')),
    heat ? item('heat', ctx.t('map.legend.heat')) : null,
  );
}

/** The map section: one map per scenario, chosen with a select. */
export function renderMapSection(ctx: TeacherContext): HTMLElement {
  const holder = el('div');
  const select = el(
    'select',
    { attrs: { id: 'map-scenario' } },
    ...ctx.scenarios.map((c) =>
      el('option', { text: ctx.sx(c, c.scenario.meta.title), attrs: { value: c.scenario.id } }),
    ),
  );
  const draw = () => {
    const c = ctx.shipped.get(select.value);
    holder.replaceChildren(c ? renderMap(ctx, c) : el('p', { text: ctx.t('catalog.empty') }));
  };
  select.addEventListener('change', draw);
  draw();
  return el(
    'section',
    { attrs: { id: 'map', 'aria-labelledby': 'map-h' } },
    el('h2', { text: ctx.t('map.heading'), attrs: { id: 'map-h' } }),
    el('p', { text: ctx.t('map.intro') }),
    el(
      'div',
      { class: 'field' },
      el('label', { text: ctx.t('map.scenario'), attrs: { for: 'map-scenario' } }),
      select,
    ),
    holder,
  );
}
