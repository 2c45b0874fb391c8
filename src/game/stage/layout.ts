// Where map labels go, as a pure function of sizes: by priority, each label takes the first free
// spot around its anchor at full length, else shortened, else it hides (its marker stays). No two
// shown labels overlap each other, a marker, or the strips over the map. No Phaser here: tested alone.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelItem {
  id: string;
  /** Anchor (the marker's centre) and the marker's radius: labels start just beside it. */
  x: number;
  y: number;
  r: number;
  /** Higher first; ties keep the given order. */
  priority: number;
  full: { w: number; h: number };
  /** A shorter form, if there is one (see shorten). */
  short?: { w: number; h: number };
}

export type Placed = { id: string; form: 'full' | 'short'; rect: Rect } | { id: string; form: 'hidden' };

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Right, left, above, below, then the four diagonals. */
function spots(it: LabelItem, w: number, h: number): Rect[] {
  const g = it.r + 4;
  const { x, y } = it;
  return [
    { x: x + g, y: y - h / 2, w, h },
    { x: x - g - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - g - h, w, h },
    { x: x - w / 2, y: y + g, w, h },
    { x: x + g * 0.7, y: y - g * 0.7 - h, w, h },
    { x: x - g * 0.7 - w, y: y - g * 0.7 - h, w, h },
    { x: x + g * 0.7, y: y + g * 0.7, w, h },
    { x: x - g * 0.7 - w, y: y + g * 0.7, w, h },
  ];
}

/**
 * Places labels inside `bounds`, avoiding `blocked` rects (strips, legend) and every marker.
 * Returns one entry per item, in the items' order.
 */
export function layoutLabels(
  items: readonly LabelItem[],
  bounds: Rect,
  blocked: readonly Rect[] = [],
): Placed[] {
  const taken: Rect[] = [
    ...blocked,
    ...items.map((it) => ({ x: it.x - it.r, y: it.y - it.r, w: it.r * 2, h: it.r * 2 })),
  ];
  const inside = (r: Rect) =>
    r.x >= bounds.x &&
    r.y >= bounds.y &&
    r.x + r.w <= bounds.x + bounds.w &&
    r.y + r.h <= bounds.y + bounds.h;
  const byId = new Map<string, Placed>();
  const order = items.map((it, i) => ({ it, i })).sort((a, b) => b.it.priority - a.it.priority || a.i - b.i);
  for (const { it, i } of order) {
    // This item's own marker may touch its label (markers sit after `blocked`; labels are pushed
    // after them, so the index is fixed, not counted from the end).
    const own = blocked.length + i;
    const free = (r: Rect) => inside(r) && taken.every((t, j) => j === own || !overlaps(r, t));
    let placed: Placed = { id: it.id, form: 'hidden' };
    for (const [form, size] of [
      ['full', it.full],
      ['short', it.short],
    ] as const) {
      if (!size) continue;
      const rect = spots(it, size.w, size.h).find(free);
      if (rect) {
        placed = { id: it.id, form, rect };
        taken.push(rect);
        break;
      }
    }
    byId.set(it.id, placed);
  }
  return items.map((it) => byId.get(it.id) as Placed);
}

/**
 * A party's name without its qualifier: "Armenia (MFA)", "Россия — МИД", "Ադրբեջան՝ ԱԳՆ" →
 * "Armenia", "Россия", "Ադրբեջան" (Armenian sets a qualifier off with the but-comma ՝).
 */
export function baseName(label: string): string {
  const cut = [' (', ' — ', ' – ', '՝ '].map((sep) => label.indexOf(sep)).filter((i) => i > 0);
  return cut.length > 0 ? label.slice(0, Math.min(...cut)) : label;
}

/**
 * A shorter form of a place or party name, or undefined if it has none: the part before a
 * qualifier (baseName: "Shushi (Shusha)" → "Shushi"), else the last word of a long name
 * ("Nagorno-Karabakh" stays; "Supreme Court of Belarus" → "Supreme Court…").
 */
export function shorten(label: string): string | undefined {
  const base = baseName(label);
  if (base !== label) return base;
  const words = label.split(/\s+/);
  if (words.length > 2) return `${words.slice(0, 2).join(' ')}…`;
  if (label.length > 12 && words.length === 2) return `${words[0]}…`;
  return undefined;
}

/**
 * Moves circles of radius `r` apart until no two centres are closer than 2r + gap: the emblems of
 * parties at nearby capitals (Yerevan and Baku on a phone) would otherwise cover each other. Each
 * round pushes every overlapping pair apart by half the shortfall each, in insertion order, so the
 * result is the same on every run; circles already apart do not move.
 */
export function spreadApart(
  points: ReadonlyMap<string, readonly [number, number]>,
  r: number,
  gap = 2,
  rounds = 80,
): Map<string, [number, number]> {
  const ids = [...points.keys()];
  const xy = ids.map((id) => [...(points.get(id) as readonly [number, number])] as [number, number]);
  const min = 2 * r + gap;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < xy.length; i++) {
      for (let j = i + 1; j < xy.length; j++) {
        const a = xy[i] as [number, number];
        const b = xy[j] as [number, number];
        let dx = b[0] - a[0];
        let dy = b[1] - a[1];
        let d = Math.hypot(dx, dy);
        if (d >= min - 1e-6) continue;
        if (d < 1e-6) {
          // Same spot: split along a direction fixed by the pair, not by chance.
          const t = (i * 7 + j * 3) % 8;
          [dx, dy, d] = [Math.cos((t * Math.PI) / 4), Math.sin((t * Math.PI) / 4), 1];
        }
        // A hair past the minimum, so rounding does not leave the pair touching.
        const push = (min - d) / 2 + 1e-3;
        a[0] -= (dx / d) * push;
        a[1] -= (dy / d) * push;
        b[0] += (dx / d) * push;
        b[1] += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(ids.map((id, i) => [id, xy[i] as [number, number]]));
}
