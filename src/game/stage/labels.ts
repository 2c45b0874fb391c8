// The stage's texts, kept from one drawing to the next. Rendering a Phaser text (measuring, drawing
// to a canvas, uploading a texture) is most of a redraw's cost, and most labels (places, years,
// meter names) are the same at every step; a drawing reuses the ones that did not change.
import type Phaser from 'phaser';
import { FONT_STACK } from '../../i18n/fonts';

type Text = Phaser.GameObjects.Text;

export interface LabelStyle {
  size: number;
  color: string;
  bold?: boolean;
  /** Wrap at this width (px); with `maxLines`, extra lines are dropped. */
  wrap?: number;
  maxLines?: number;
  lineSpacing?: number;
  /** An outline in this colour keeps a label readable over borders and coastlines. */
  stroke?: string;
  /** A solid plate behind the text: its contrast is then exactly text on plate (contrast.ts). */
  background?: string;
}

const keyOf = (s: string, st: LabelStyle, res: number) =>
  [
    res,
    st.size,
    st.color,
    st.bold ? 1 : 0,
    st.wrap ?? '',
    st.maxLines ?? '',
    st.lineSpacing ?? '',
    st.stroke ?? '',
    st.background ?? '',
    s,
  ].join('\u0001');

/**
 * One drawing: `take` a text for each label, `keep` the ones placed in the drawing, then `finish`.
 * Texts of the last drawing that were not kept again are destroyed by `finish`; the others move
 * to the new container as they are (position and origin are set by the caller every time).
 */
export class Labels {
  private last = new Map<string, Text[]>();
  private kept = new Map<string, Text[]>();
  private loose = new Set<Text>();
  private readonly keys = new WeakMap<Text, string>();
  /** The text-size setting's factor: every label's size is multiplied by
   * it (wrap widths are pixels of the layout and stay as given). */
  scale = 1;
  /** devicePixelRatio: texts are rasterised at it, so they stay sharp on the zoomed camera. */
  resolution = 1;

  constructor(private readonly scene: Phaser.Scene) {}

  take(s: string, base: LabelStyle): Text {
    const k = this.scale;
    const style = k === 1 ? base : { ...base, size: Math.round(base.size * k) };
    const key = keyOf(s, style, this.resolution);
    const t = this.last.get(key)?.pop() ?? this.create(s, style);
    this.keys.set(t, key);
    this.loose.add(t);
    return t;
  }

  keep(box: Phaser.GameObjects.Container, t: Text): void {
    const key = this.keys.get(t);
    if (key === undefined || !this.loose.delete(t))
      throw new Error('Labels.keep: text not taken in this drawing');
    // Phaser's Container.remove leaves the old container's destroy listener on a child it gives
    // up, so a label moved at every step would collect one per step (and keep dead containers
    // alive). Nothing else listens for a label's destroy; the new container adds its own.
    if (t.parentContainer && t.parentContainer !== box) {
      t.parentContainer.remove(t);
      t.removeAllListeners('destroy');
    }
    box.add(t);
    const list = this.kept.get(key);
    if (list) list.push(t);
    else this.kept.set(key, [t]);
  }

  /** Ends a drawing: destroys what it did not keep. */
  finish(): void {
    for (const t of this.loose) t.destroy();
    for (const list of this.last.values()) for (const t of list) t.destroy();
    this.loose.clear();
    this.last = this.kept;
    this.kept = new Map();
  }

  private create(s: string, st: LabelStyle): Text {
    return this.scene.make.text(
      {
        text: s,
        style: {
          fontFamily: FONT_STACK,
          fontSize: `${st.size}px`,
          fontStyle: st.bold ? '600' : '400',
          color: st.color,
          testString: '|MÉqgyՔփЙ',
          resolution: this.resolution,
          ...(st.wrap !== undefined && { wordWrap: { width: st.wrap } }),
          ...(st.maxLines !== undefined && { maxLines: st.maxLines }),
          ...(st.lineSpacing !== undefined && { lineSpacing: st.lineSpacing }),
          ...(st.stroke !== undefined && { stroke: st.stroke, strokeThickness: 4 }),
          ...(st.background !== undefined && { backgroundColor: st.background, padding: { x: 3, y: 1 } }),
        },
      },
      false,
    );
  }
}

/** What a drawing function draws with: the scene, the drawing's container, and its labels. */
export interface Pen {
  scene: Phaser.Scene;
  box: Phaser.GameObjects.Container;
  labels: Labels;
}

/**
 * A label taken for this drawing, placed at (x, y) with the given origin and visible; not yet kept.
 * A label that does not fit is kept hidden rather than dropped, so the next drawing reuses it.
 */
export const label = (pen: Pen, s: string, style: LabelStyle, x: number, y: number, ox = 0, oy = 0): Text =>
  pen.labels.take(s, style).setPosition(x, y).setOrigin(ox, oy).setVisible(true);
