// Progress never goes backwards: along every play of the shipped scenarios the estimate of the
// total never grows, so the share of the way done (step / estimate) only rises, and the step
// never passes the estimate.
import { describe, expect, it } from 'vitest';
import { enumeratePlays, type LogEntry, startRun } from '../../src/engine';
import { shippedScenarios } from '../support/runs';

const scenarios = await shippedScenarios();

describe.each(scenarios.map((c) => [c.scenario.id, c] as const))('progress in %s', (_, c) => {
  it('is monotone along every play (up to 600)', () => {
    const { plays } = enumeratePlays(c, { limit: 600 });
    expect(plays.length).toBeGreaterThan(0);
    for (const log of plays as LogEntry[][]) {
      const run = startRun(c, 5);
      let last = run.view().progress;
      for (const { node: _n, ...e } of log) {
        run.send(e as never);
        const p = run.view().progress;
        expect(p.estimate).toBeLessThanOrEqual(last.estimate);
        expect(p.step / p.estimate).toBeGreaterThan(last.step / last.estimate);
        expect(p.step).toBeLessThanOrEqual(p.estimate);
        last = p;
      }
      run.stop();
    }
  });
});
