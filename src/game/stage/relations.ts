// Relation lines between stage parties. Each state is drawn differently in shape, not only colour:
// normal a thin solid line, strained long dashes, frozen short dots, broken a line cut in the middle
// with a cross. LINE_STYLES is shared with the DOM legend (stageAside.ts), which names each state.
import type { RelationState } from '../../engine';
import { COLORS, type StageLine } from './keys';
import type { Pen } from './labels';

export interface LineStyle {
  width: number;
  colour: number;
  css: string;
  /** Dash, gap (px); [] is solid. */
  dash: number[];
  /** A gap in the middle with a cross (broken). */
  cut: boolean;
}

export const LINE_STYLES: Record<RelationState, LineStyle> = {
  normal: { width: 2, colour: 0x1f6f78, css: '#1f6f78', dash: [], cut: false },
  strained: { width: 3, colour: 0x8a5a00, css: '#8a5a00', dash: [12, 6], cut: false },
  frozen: { width: 3, colour: 0x3d5a80, css: '#3d5a80', dash: [3, 6], cut: false },
  broken: { width: 3.5, colour: 0xb03a2e, css: '#b03a2e', dash: [], cut: true },
};

type Graphics = Phaser.GameObjects.Graphics;

/** Strokes a → b (up to fraction `upTo`) in the style's dash pattern. */
function stroke(g: Graphics, st: LineStyle, a: [number, number], b: [number, number], upTo: number): void {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len < 1) return;
  const ux = dx / len;
  const uy = dy / len;
  const end = len * upTo;
  const seg = (from: number, to: number) =>
    g.lineBetween(a[0] + ux * from, a[1] + uy * from, a[0] + ux * to, a[1] + uy * to);
  const gap = st.cut ? Math.min(18, len / 4) : 0;
  const pieces: [number, number][] = st.cut
    ? [
        [0, len / 2 - gap],
        [len / 2 + gap, len],
      ]
    : [[0, len]];
  for (const [p0, p1] of pieces) {
    if (st.dash.length === 0) {
      if (p0 < end) seg(p0, Math.min(p1, end));
      continue;
    }
    const [on, off] = st.dash as [number, number];
    for (let d = p0; d < Math.min(p1, end); d += on + off) seg(d, Math.min(d + on, p1, end));
  }
  if (st.cut && upTo >= 0.5) {
    const cx = a[0] + ux * (len / 2);
    const cy = a[1] + uy * (len / 2);
    const s = 6;
    g.lineBetween(cx - s, cy - s, cx + s, cy + s).lineBetween(cx - s, cy + s, cx + s, cy - s);
  }
}

function paint(g: Graphics, line: StageLine, a: [number, number], b: [number, number], upTo: number) {
  const st = LINE_STYLES[line.state];
  g.clear();
  // A pale casing under the line keeps it visible over borders and coastlines.
  g.lineStyle(st.width + 3, COLORS.paper, 0.9);
  stroke(g, st, a, b, upTo);
  g.lineStyle(st.width, st.colour, 1);
  stroke(g, st, a, b, upTo);
}

/**
 * Draws every line; a line whose state differs from `before` is drawn out from a to b (instant
 * under reduced motion). Returns the states drawn, for the next comparison.
 */
export function drawRelations(
  pen: Pen,
  lines: readonly StageLine[],
  at: Map<string, [number, number]>,
  before: Map<string, string>,
  still: boolean,
): Map<string, string> {
  const now = new Map<string, string>();
  for (const line of lines) {
    const a = at.get(line.a);
    const b = at.get(line.b);
    if (!a || !b) continue;
    const id = `${line.a}|${line.b}`;
    now.set(id, line.state);
    const g = pen.scene.add.graphics();
    pen.box.add(g);
    const changed = before.has(id) && before.get(id) !== line.state;
    if (still || !changed) paint(g, line, a, b, 1);
    else
      pen.scene.tweens.addCounter({
        from: 0,
        to: 1,
        duration: 600,
        ease: 'Cubic.easeInOut',
        onUpdate: (t) => paint(g, line, a, b, t.getValue() ?? 1),
      });
  }
  return now;
}
