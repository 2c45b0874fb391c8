// A decision's options come in an order drawn from the run's seed: the historical option is not
// always in one position, and the order is the same after a reload (restore), in every language
// (views hold keys, not text) and in a replay.
import { describe, expect, it } from 'vitest';
import { restoreRun, startRun } from '../../src/engine';
import { choiceOrder } from '../../src/engine/view';
import { shippedScenarios } from '../support/runs';

const scenarios = await shippedScenarios();

describe.each(scenarios.map((c) => [c.scenario.id, c] as const))('choice order in %s', (_, c) => {
  const decisions = [...c.nodes.values()].filter(
    (n) => n.choices.length > 1 && n.choices.some((ch) => ch.choice.historical),
  );

  it('puts the historical option in more than one position over 50 seeds, at every decision', () => {
    for (const n of decisions) {
      const positions = new Set<number>();
      for (let seed = 1; seed <= 50; seed++) {
        positions.add(choiceOrder(c, n.id, seed * 7919).findIndex((ch) => ch.choice.historical === true));
      }
      expect([n.id, positions.size > 1]).toEqual([n.id, true]);
    }
  });

  it('keeps the order across a reload', () => {
    const run = startRun(c, 424242);
    for (let i = 0; i < 200 && !run.done; i++) {
      const v = run.view();
      const again = restoreRun(c, JSON.parse(JSON.stringify(run.save())));
      if (!again.ok) throw new Error('does not restore');
      expect(again.value.view().choices.map((x) => x.id)).toEqual(v.choices.map((x) => x.id));
      const open = v.choices.find((x) => x.available);
      if (v.kind === 'decision' && open) run.send({ type: 'choice.select', choice: open.id });
      else if (v.kind === 'reason' && open) run.send({ type: 'reason.select', reason: open.id });
      else if (v.kind === 'check') run.send(run.ahead()[0]?.event ?? { type: 'node.continue' });
      else run.send({ type: 'node.continue' });
    }
    expect(run.done).toBe(true);
  });
});
