// Place markers on the map: every place of the scenario as a dot, the current one as a pulsing
// marker. Labels try four positions and give way rather than overlap (the current one wins).
import { COLORS, meterGrid, RIBBON_H, type StageModel } from './keys';
import { type LabelStyle, label, type Pen } from './labels';

const CURRENT: LabelStyle = { size: 15, color: COLORS.inkCss, bold: true, stroke: COLORS.paperCss };
const OTHER: LabelStyle = { size: 12, color: COLORS.muted, stroke: COLORS.paperCss };

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const hits = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function marker({ scene, box }: Pen, x: number, y: number, current: boolean, still: boolean) {
  const g = scene.add.graphics();
  if (current) {
    const ring = scene.add.circle(x, y, 10, COLORS.accent, 0.35);
    box.add(ring);
    // One pulse, then a still halo: the loop sleeps between steps, so nothing may stop mid-way.
    if (still) ring.setScale(1.5).setAlpha(0.25);
    else
      scene.tweens.add({
        targets: ring,
        scale: 2.2,
        alpha: 0,
        duration: 700,
        onComplete: () => ring.setScale(1.5).setAlpha(0.25),
      });
    g.fillStyle(COLORS.accent, 1).fillCircle(x, y, 7).lineStyle(2, COLORS.paper, 1).strokeCircle(x, y, 7);
  } else {
    g.fillStyle(COLORS.ink, 0.7).fillCircle(x, y, 4).lineStyle(1.5, COLORS.paper, 1).strokeCircle(x, y, 4);
  }
  box.add(g);
}

export function drawPlaces(
  pen: Pen,
  m: StageModel,
  project: (lon: number, lat: number) => [number, number] | null,
): void {
  const { width: w, height: h } = pen.scene.scale;
  const bounds = { top: meterGrid(w, m.meters.length).height, bottom: h - RIBBON_H };
  const placed = m.places
    .map((p) => ({ p, xy: project(p.lon, p.lat), current: p.id === m.current }))
    .filter((q): q is typeof q & { xy: [number, number] } => q.xy !== null)
    .sort((a, b) => Number(b.current) - Number(a.current));
  const taken: Rect[] = placed.map(({ xy: [x, y] }) => ({ x: x - 6, y: y - 6, w: 12, h: 12 }));
  for (const { xy, current } of [...placed].reverse()) marker(pen, xy[0], xy[1], current, m.reducedMotion);
  for (const { p, xy, current } of placed) {
    const [x, y] = xy;
    const name = label(pen, p.label, current ? CURRENT : OTHER, 0, 0);
    const lw = name.width;
    const lh = name.height;
    const spots: Rect[] = [
      { x: x + 10, y: y - lh / 2, w: lw, h: lh },
      { x: x - 10 - lw, y: y - lh / 2, w: lw, h: lh },
      { x: x - lw / 2, y: y - 10 - lh, w: lw, h: lh },
      { x: x - lw / 2, y: y + 10, w: lw, h: lh },
    ];
    const inside = (r: Rect) =>
      r.x >= 2 && r.x + r.w <= w - 2 && r.y >= bounds.top && r.y + r.h <= bounds.bottom;
    const own = (r: Rect) => taken.filter((t) => !(t.x === x - 6 && t.y === y - 6)).every((t) => !hits(r, t));
    const spot =
      spots.find((r) => inside(r) && own(r)) ?? (current ? (spots.find(inside) ?? spots[0]) : undefined);
    pen.labels.keep(pen.box, name.setVisible(spot !== undefined));
    if (!spot) continue; // a crowded minor place keeps only its dot (its label stays, hidden)
    name.setPosition(spot.x, spot.y);
    taken.push(spot);
  }
}
