// The scenario map: every node and choice laid out by dagre, no overlaps, historical path marked;
// the build's layouts of the shipped scenarios are the page's own, and a registered one is used as is.
import { readFileSync } from 'node:fs';
import dagre from '@dagrejs/dagre';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { compile } from '../../src/engine';
import { layoutScenario, registerMapLayouts, scenarioMap } from '../../src/teacher/mapLayout';
import { mapFacts } from '../../vite-plugins/mapFacts';
import { fixtureCompiled, shippedScenarios } from '../support/runs';

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

describe('the build-time maps', () => {
  it('equal what the page would lay out for each shipped scenario', async () => {
    const raw = ['appeal', 'standoff'].map((id) => parse(readFileSync(`scenarios/${id}.yaml`, 'utf8')));
    const built = mapFacts(raw);
    const shipped = await shippedScenarios();
    expect(Object.keys(built).sort()).toEqual(shipped.map((c) => c.scenario.id).sort());
    for (const c of shipped) expect(built[c.scenario.id], c.scenario.id).toEqual(layoutScenario(c));
  });

  it('are used without running dagre in the page; a scenario the build did not lay out is laid out once', () => {
    const layout = vi.spyOn(dagre, 'layout');
    try {
      const c = compile(fixtureCompiled.scenario);
      registerMapLayouts({ [c.scenario.id]: map });
      expect(scenarioMap(c)).toBe(map);
      expect(layout).not.toHaveBeenCalled();
      registerMapLayouts({});
      const other = compile(fixtureCompiled.scenario);
      expect(scenarioMap(other)).toEqual(map);
      expect(scenarioMap(other)).toBe(scenarioMap(other));
      expect(layout).toHaveBeenCalledTimes(1);
    } finally {
      layout.mockRestore();
      registerMapLayouts({});
    }
  });
});
