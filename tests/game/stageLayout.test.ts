// The map's label layout (src/game/stage/layout.ts) alone: no two shown labels overlap, none
// covers another party's or place's marker, priority decides who keeps the full name, and a
// qualified name shortens to its base ("Armenia (MFA)", "Россия — МИД"); emblems at nearby
// capitals are moved apart until none covers another.
import { describe, expect, it } from 'vitest';
import {
  baseName,
  type LabelItem,
  layoutLabels,
  overlaps,
  type Rect,
  shorten,
  spreadApart,
} from '../../src/game/stage/layout';

const BOUNDS: Rect = { x: 0, y: 0, w: 400, h: 300 };
const item = (id: string, x: number, y: number, priority = 1, w = 50): LabelItem => ({
  id,
  x,
  y,
  r: 5,
  priority,
  full: { w, h: 10 },
  short: { w: 20, h: 10 },
});
const marker = (it: LabelItem): Rect => ({ x: it.x - it.r, y: it.y - it.r, w: it.r * 2, h: it.r * 2 });

describe('layoutLabels', () => {
  it('keeps a label off a neighbour marker after other labels are placed', () => {
    // "first" is placed first (priority); "second"'s right-hand spot would cover "third"'s marker.
    const items = [item('first', 300, 50, 3), item('second', 100, 200), item('third', 130, 200)];
    const out = layoutLabels(items, BOUNDS);
    const second = out[1];
    expect(second && second.form !== 'hidden').toBe(true);
    if (second?.form === 'hidden' || !second) return;
    expect(overlaps(second.rect, marker(items[2] as LabelItem)), JSON.stringify(second.rect)).toBe(false);
  });

  it('shows no two overlapping labels and covers no marker in a crowded cluster', () => {
    const items = Array.from({ length: 24 }, (_, i) =>
      item(`p${i}`, 150 + (i % 6) * 18, 120 + Math.floor(i / 6) * 14, i % 3, 40 + (i % 4) * 15),
    );
    const out = layoutLabels(items, BOUNDS);
    const shown = out.flatMap((p, i) => (p.form === 'hidden' ? [] : [{ i, rect: p.rect }]));
    expect(shown.length).toBeGreaterThan(0);
    for (const a of shown) {
      for (const b of shown) if (a !== b) expect(overlaps(a.rect, b.rect)).toBe(false);
      items.forEach((it, j) => {
        if (j !== a.i) expect(overlaps(a.rect, marker(it)), `${a.i} covers marker ${j}`).toBe(false);
      });
    }
  });

  it('gives the full name to the higher priority when only one fits', () => {
    // Only the spot right of (10, 6) lies inside; "low" comes first in the list.
    const tight: Rect = { x: 0, y: 0, w: 70, h: 12 };
    const out = layoutLabels([item('low', 10, 6, 1, 45), item('high', 10, 6, 5, 45)], tight);
    expect(out.map((p) => p.form)).toEqual(['hidden', 'full']);
  });
});

describe('baseName and shorten', () => {
  it('cut a qualifier in parentheses or after a dash', () => {
    expect(baseName('Armenia (MFA)')).toBe('Armenia');
    expect(baseName('Россия — Министерство иностранных дел')).toBe('Россия');
    expect(baseName('Ադրբեջան՝ Արտաքին գործերի նախարարություն')).toBe('Ադրբեջան');
    expect(baseName('UN Human Rights Committee')).toBe('UN Human Rights Committee');
    expect(shorten('Shushi (Shusha)')).toBe('Shushi');
    expect(shorten('Supreme Court of Belarus')).toBe('Supreme Court…');
  });
});

describe('spreadApart', () => {
  const far = (m: Map<string, [number, number]>, min: number) => {
    const pts = [...m.values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        const [a, b] = [pts[i] as [number, number], pts[j] as [number, number]];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1]), `${i}–${j}`).toBeGreaterThanOrEqual(min);
      }
  };

  it('leaves no two emblems closer than two radii and the gap, even from one spot', () => {
    const crowd = new Map<string, [number, number]>([
      ['armenia', [100, 100]],
      ['azerbaijan', [104, 101]],
      ['russia', [100, 100]],
      ['belarus', [97, 95]],
      ['csto', [102, 99]],
    ]);
    const out = spreadApart(crowd, 11, 2);
    far(out, 24);
    // Still near where they were: a nudge, not a scatter across the map.
    for (const [id, [x, y]] of out) {
      const [x0, y0] = crowd.get(id) as [number, number];
      expect(Math.hypot(x - x0, y - y0), id).toBeLessThan(40);
    }
  });

  it('does not move emblems that are already apart, and gives the same result every time', () => {
    const apart = new Map<string, [number, number]>([
      ['a', [0, 0]],
      ['b', [30, 0]],
      ['c', [0, 30]],
    ]);
    expect(spreadApart(apart, 11, 2)).toEqual(apart);
    const crowd = new Map<string, [number, number]>([
      ['a', [5, 5]],
      ['b', [6, 5]],
      ['c', [5, 5]],
    ]);
    expect(spreadApart(crowd, 11)).toEqual(spreadApart(crowd, 11));
  });
});
