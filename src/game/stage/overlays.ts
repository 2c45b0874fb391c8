// The pieces drawn over the map: the timeline ribbon, the meter strip (with animated changes),
// the place markers and the speaker's emblem. Each function adds objects to a container.
import { isoDay } from '../../i18n/dates';
import { drawEmblem } from './emblem';
import { COLORS, meterGrid, ribbonH, type StageMeter, type StageModel } from './keys';
import { type LabelStyle, label, type Pen } from './labels';

const SMALL_MUTED: LabelStyle = { size: 12, color: COLORS.muted };
const BOLD_13: LabelStyle = { size: 13, color: COLORS.inkCss, bold: true };

export function drawRibbon(pen: Pen, m: StageModel, w: number, h: number): void {
  const { scene, box, labels } = pen;
  const k = m.textScale;
  const rh = ribbonH(k);
  const top = h - rh;
  const g = scene.add.graphics();
  g.fillStyle(COLORS.ribbon, 1).fillRect(0, top, w, rh);
  g.lineStyle(1, COLORS.rule, 1).lineBetween(0, top, w, top);
  const x0 = 24;
  const x1 = w - 24;
  const y = top + Math.round(34 * k);
  const d0 = isoDay(m.era.from);
  const d1 = Math.max(isoDay(m.era.to), d0 + 1);
  const xOf = (d: number) => x0 + ((Math.min(Math.max(d, d0), d1) - d0) / (d1 - d0)) * (x1 - x0);
  g.lineStyle(3, COLORS.teal, 0.35).lineBetween(x0, y, x1, y);
  box.add(g);
  const y0 = Number(m.era.from.slice(0, 4));
  const yN = Number(m.era.to.slice(0, 4));
  const from = label(pen, m.era.fromLabel, SMALL_MUTED, x0, y + 8);
  const to = label(pen, m.era.toLabel, SMALL_MUTED, x1, y + 8, 1, 0);
  labels.keep(box, from);
  labels.keep(box, to);
  for (let yr = y0 + 1; yr <= yN; yr++) {
    const x = xOf(isoDay(`${yr}-01-01`));
    g.lineStyle(1, COLORS.teal, 0.6).lineBetween(x, y - 6, x, y + 6);
    const year = label(pen, String(yr), SMALL_MUTED, x, y + 8, 0.5, 0);
    // A year label that would touch the era's end labels is left out; its tick stays.
    const clear = x - year.width / 2 > x0 + from.width + 6 && x + year.width / 2 < x1 - to.width - 6;
    labels.keep(box, year.setVisible(clear));
  }
  if (!m.date) return;
  const x = xOf(isoDay(m.date.iso));
  g.fillStyle(COLORS.accent, 1).fillCircle(x, y, 6);
  g.lineStyle(2, COLORS.paper, 1).strokeCircle(x, y, 6);
  const day = label(pen, m.date.label, BOLD_13, x, top + 6, 0.5, 0);
  day.x = Math.min(Math.max(x, day.width / 2 + 8), w - day.width / 2 - 8);
  labels.keep(box, day);
}

function meterCell(
  pen: Pen,
  meter: StageMeter,
  x: number,
  y: number,
  cw: number,
  prev: number | undefined,
  still: boolean,
  rowH: number,
) {
  const span = Math.max(1, meter.max - meter.min);
  const barY = y + rowH - 16;
  const barW = cw - 16;
  const { scene, box, labels } = pen;
  const value = label(pen, String(meter.value), BOLD_13, x + cw - 8, y + 6, 1, 0);
  // Labels may wrap to two lines: long Armenian and Russian words must not be cut off.
  const name = label(
    pen,
    meter.label,
    {
      size: 12,
      color: COLORS.inkCss,
      bold: true,
      wrap: barW - value.width - 34,
      maxLines: 2,
      lineSpacing: -2,
    },
    x + 8,
    y + 6,
  );
  labels.keep(box, name);
  labels.keep(box, value);
  const g = scene.add.graphics();
  box.add(g);
  const paint = (v: number) => {
    g.clear();
    g.fillStyle(COLORS.rule, 0.45).fillRoundedRect(x + 8, barY, barW, 8, 4);
    const fw = Math.max(8, ((v - meter.min) / span) * barW);
    g.fillStyle(COLORS.teal, 1).fillRoundedRect(x + 8, barY, fw, 8, 4);
  };
  const from = prev ?? meter.value;
  if (still || from === meter.value) paint(meter.value);
  else
    scene.tweens.addCounter({
      from,
      to: meter.value,
      duration: 450,
      ease: 'Cubic.easeOut',
      onUpdate: (t) => paint(t.getValue() ?? meter.value),
    });
  if (meter.delta !== 0) {
    const sign = meter.delta > 0 ? '+' : '−';
    const chip = label(
      pen,
      `${sign}${Math.abs(meter.delta)}`,
      { size: 12, color: meter.delta > 0 ? COLORS.up : COLORS.down, bold: true },
      x + cw - 12 - value.width,
      y + 7,
      1,
      0,
    );
    labels.keep(box, chip); // stays until the next step: it says what the last choice changed
  }
}

/** Returns the values drawn, so the next update animates from them. */
export function drawMeters(pen: Pen, m: StageModel, w: number, prev: Map<string, number>) {
  const { scene, box } = pen;
  const grid = meterGrid(w, m.meters.length, m.textScale);
  if (grid.cols === 0) return;
  const g = scene.add.graphics();
  g.fillStyle(COLORS.paper, 1).fillRect(0, 0, w, grid.height);
  g.lineStyle(1, COLORS.rule, 1).lineBetween(0, grid.height, w, grid.height);
  box.add(g);
  m.meters.forEach((meter, i) => {
    const x = 8 + (i % grid.cols) * grid.cellW;
    const y = Math.floor(i / grid.cols) * grid.rowH;
    meterCell(pen, meter, x, y, grid.cellW, prev.get(meter.id), m.reducedMotion, grid.rowH);
    prev.set(meter.id, meter.value);
  });
}

export function drawSpeaker(pen: Pen, m: StageModel, w: number, h: number) {
  if (!m.speaker) return;
  const { scene, box, labels } = pen;
  const r = 26;
  const cx = 16 + r;
  const cy = h - ribbonH(m.textScale) - 14 - r;
  const wrap = Math.min(260, w - cx - r - 30);
  const name = label(pen, m.speaker.name, { ...BOLD_13, wrap, maxLines: 2 }, cx + r + 10, cy, 0, 0.5);
  const g = scene.add.graphics();
  g.fillStyle(COLORS.paper, 1).fillRoundedRect(8, cy - r - 8, r * 2 + 28 + name.width, r * 2 + 16, 12);
  g.lineStyle(1, COLORS.rule, 1).strokeRoundedRect(8, cy - r - 8, r * 2 + 28 + name.width, r * 2 + 16, 12);
  box.add(g);
  drawEmblem(scene, box, g, m.speaker.seed, cx, cy, r);
  labels.keep(box, name);
}
