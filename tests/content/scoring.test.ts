// What the shipped scenarios' scoring rewards (issue #20): at every decision two or more options
// earn the top judgment; the best judgment is reachable without following history; being the
// historical option earns nothing by itself; at least three decisions per scenario ask why, each
// reason scored with its own feedback; no meter only climbs along the real course.
import { describe, expect, it } from 'vitest';
import { bestScores, risingAlongHistory, rubricAxes, topOptions } from '../../src/engine';
import { shippedScenarios } from '../support/runs';

const scenarios = await shippedScenarios();

describe.each(scenarios.map((c) => [c.scenario.id, c] as const))('scoring of %s', (_, c) => {
  const decisions = Object.entries(c.scenario.nodes).flatMap(([id, n]) =>
    n.kind === 'decision' ? [{ id, n }] : [],
  );

  it('every decision has two or more top options', () => {
    const top = topOptions(c);
    expect(top.single).toEqual([]);
    expect(top.withTwoOrMore).toBe(decisions.length);
  });

  it('the best judgment (and every rubric axis) is reachable off the historical path', () => {
    const axes = rubricAxes(c);
    expect(axes).toContain('judgment');
    for (const axis of axes) {
      const b = bestScores(c, axis);
      expect([axis, b.offHistory]).toEqual([axis, b.overall]);
    }
  });

  it('the historical option never outscores every other option', () => {
    for (const { id, n } of decisions) {
      const hist = n.choices.find((ch) => ch.historical);
      if (!hist) continue;
      const points = (s?: Record<string, number>) => s?.judgment ?? 0;
      const rival = Math.max(...n.choices.filter((ch) => ch !== hist).map((ch) => points(ch.score)));
      expect([id, rival >= points(hist.score)]).toEqual([id, true]);
    }
  });

  it('asks why at three or more decisions, with 3–4 scored reasons, at least two of them top', () => {
    const asking = decisions.filter(({ n }) => n.reasons);
    expect(asking.length).toBeGreaterThanOrEqual(3);
    for (const { id, n } of asking) {
      const options = n.reasons?.options ?? [];
      expect([id, options.length >= 3 && options.length <= 4]).toEqual([id, true]);
      const scores = options.map((o) => Object.values(o.score ?? {}).reduce((a, b) => a + b, 0));
      const best = Math.max(...scores);
      expect([id, scores.filter((s) => s === best).length >= 2, best > Math.min(...scores)]).toEqual([
        id,
        true,
        true,
      ]);
    }
  });

  it('no meter only rises along the historical path', () => {
    expect(risingAlongHistory(c)).toEqual([]);
  });
});
