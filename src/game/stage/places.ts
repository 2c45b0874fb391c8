// The map's marks: every place as a dot (the current one as a pulsing marker), the stage parties
// as emblems at their places, and the labels of both, placed by layoutLabels (priority: the current
// place, then parties, then other places), shortened or hidden rather than overlapping.
import { drawEmblem } from './emblem';
import { COLORS, type StageModel } from './keys';
import { type LabelStyle, label, type Pen } from './labels';
import { type LabelItem, layoutLabels, type Rect, spreadApart } from './layout';

const PLATE = COLORS.paperCss;
const CURRENT: LabelStyle = { size: 15, color: COLORS.inkCss, bold: true, background: PLATE };
const PARTY: LabelStyle = { size: 13, color: COLORS.inkCss, bold: true, background: PLATE };
const OTHER: LabelStyle = { size: 12, color: COLORS.muted, background: PLATE };
/** Emblem radius: smaller on a narrow map, where neighbouring capitals are a few dozen px apart. */
export const emblemRadius = (mapWidth: number): number => (mapWidth < 520 ? 10 : 14);

/** Something on the canvas a click or tap opens (a card key), in CSS pixels of the stage. */
export interface Hit {
  key: string;
  x: number;
  y: number;
  r: number;
  rect?: Rect;
}

export type Project = (lon: number, lat: number) => [number, number] | null;

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

/**
 * Where each stage party's emblem sits: at its place, fanned out when several share one, and
 * none over another.
 */
export function partyPositions(m: StageModel, project: Project, er: number): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const byPlace = new Map<string, string[]>();
  for (const p of m.parties) byPlace.set(p.place, [...(byPlace.get(p.place) ?? []), p.id]);
  const placeOf = new Map(m.places.map((p) => [p.id, p]));
  for (const [place, ids] of byPlace) {
    const pl = placeOf.get(place);
    const xy = pl ? project(pl.lon, pl.lat) : null;
    if (!xy) continue;
    ids.forEach((id, i) => {
      // One party sits just above its place's dot; several go round it.
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / ids.length;
      const d = ids.length === 1 ? er + 6 : er + 10;
      out.set(id, [xy[0] + Math.cos(a) * d, xy[1] + Math.sin(a) * d]);
    });
  }
  // Parties at different but nearby places (Yerevan, Baku, Tbilisi on a phone) would overlap:
  // nudge them apart by their drawn radius (the 3 px paper ring round er + 1 ends at er + 2.5)
  // and a 2 px gap.
  return spreadApart(out, er + 2.5, 2);
}

export function drawPlaces(pen: Pen, m: StageModel, project: Project, bounds: Rect, blocked: Rect[]): Hit[] {
  const hits: Hit[] = [];
  const er = emblemRadius(bounds.w);
  const placed = m.places
    .map((p) => ({ p, xy: project(p.lon, p.lat), current: p.id === m.current }))
    .filter((q): q is typeof q & { xy: [number, number] } => q.xy !== null);
  for (const { p, xy, current } of [...placed].sort((a, b) => Number(a.current) - Number(b.current))) {
    marker(pen, xy[0], xy[1], current, m.reducedMotion);
    hits.push({ key: `place:${p.id}`, x: xy[0], y: xy[1], r: 10 });
  }
  const at = partyPositions(m, project, er);
  const g = pen.scene.add.graphics();
  pen.box.add(g);
  for (const party of m.parties) {
    const xy = at.get(party.id);
    if (!xy) continue;
    g.lineStyle(3, COLORS.paper, 1).strokeCircle(xy[0], xy[1], er + 1);
    drawEmblem(pen.scene, pen.box, g, party.seed, xy[0], xy[1], er);
    hits.push({ key: `party:${party.id}`, x: xy[0], y: xy[1], r: er + 4 });
  }
  // Labels: measured texts in, rectangles out (layout.ts decides; nothing here overlaps).
  const texts: {
    key: string;
    full: string;
    short?: string;
    style: LabelStyle;
    item: Omit<LabelItem, 'full' | 'short'>;
  }[] = [
    ...placed.map(({ p, xy, current }) => ({
      key: `place:${p.id}`,
      full: p.label,
      short: p.label.includes(' (') ? p.label.slice(0, p.label.indexOf(' (')) : undefined,
      style: current ? CURRENT : OTHER,
      item: { id: `place:${p.id}`, x: xy[0], y: xy[1], r: current ? 8 : 5, priority: current ? 3 : 1 },
    })),
    ...m.parties.flatMap((party) => {
      const xy = at.get(party.id);
      if (!xy) return [];
      return [
        {
          key: `party:${party.id}`,
          full: party.label,
          short: party.short,
          style: PARTY,
          item: { id: `party:${party.id}`, x: xy[0], y: xy[1], r: er + 2, priority: 2 },
        },
      ];
    }),
  ];
  const measured = texts.map((t) => {
    const full = label(pen, t.full, t.style, 0, 0);
    const short = t.short ? label(pen, t.short, t.style, 0, 0) : undefined;
    return { t, full, short };
  });
  const layout = layoutLabels(
    measured.map(({ t, full, short }) => ({
      ...t.item,
      full: { w: full.width, h: full.height },
      ...(short && { short: { w: short.width, h: short.height } }),
    })),
    bounds,
    blocked,
  );
  measured.forEach(({ t, full, short }, i) => {
    const at = layout[i];
    const shown = at && at.form !== 'hidden' ? (at.form === 'full' ? full : short) : undefined;
    for (const txt of [full, short]) {
      if (!txt) continue;
      // A label that does not fit is kept hidden rather than dropped: the next drawing reuses it.
      txt.setVisible(txt === shown);
      pen.labels.keep(pen.box, txt);
    }
    if (shown && at && at.form !== 'hidden') {
      shown.setPosition(at.rect.x, at.rect.y);
      hits.push({
        key: t.key,
        x: at.rect.x + at.rect.w / 2,
        y: at.rect.y + at.rect.h / 2,
        r: 0,
        rect: at.rect,
      });
    }
  });
  return hits;
}
