// The scenario map: every node and choice laid out by dagre, no overlaps, historical path marked.
import { describe, expect, it } from 'vitest';
import { layoutScenario } from '../../src/teacher/mapLayout';
import { fixtureCompiled } from '../support/runs';

const map = layoutScenario(fixtureCompiled);

describe('layoutScenario', () => {
  it('has a box per node and per choice, inside the drawing', () => {
    const nodes = fixtureCompiled.nodes.size;
    const choices = [...fixtureCompiled.nodes.values()].reduce((n, x) => n + x.choices.length, 0);
    expect(map.boxes).toHaveLength(nodes + choices);
    for (const b of map.boxes) {
      expect(b.x - b.width / 2).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(map.height);
    }
  });

  it('lets no two boxes overlap', () => {
    for (const a of map.boxes)
      for (const b of map.boxes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
  });

  it('marks the historical path and its choices', () => {
    const hist = map.boxes.filter((b) => b.historical).map((b) => b.id);
    expect(hist).toEqual(expect.arrayContaining(['intro', 'd1', 'd1/law', 'd2/appeal', 'end_hist']));
    expect(hist).not.toContain('d1/media');
    expect(map.edges.every((e) => e.points.length >= 2)).toBe(true);
  });
});
