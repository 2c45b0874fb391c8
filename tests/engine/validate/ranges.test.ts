// Range analysis: effects that can push a meter past its range are warned about; conditions
// that guard them narrow the analysis, so guarded effects are not.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/content/load';
import type { Choice, DecisionNode, Scenario } from '../../../src/engine/types';
import { validate } from '../../../src/engine/validate';

const MINI = loadScenarioText(readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8'), 'mini.yaml')
  .scenario as Scenario;

/** mini with the `go` choice given a condition and effects (trust starts at 50, range 0..100). */
function withGo(extra: Partial<Choice>): Scenario {
  const s = structuredClone(MINI);
  const ask = s.nodes.ask as DecisionNode;
  ask.choices[0] = { ...(ask.choices[0] as Choice), ...extra };
  return s;
}
const clamped = (s: Scenario) =>
  validate(s, { fileName: 'mini' })
    .filter((d) => d.code === 'range.clamped')
    .map((d) => d.path.join('.'));

describe('range.clamped', () => {
  it.each([
    [{ effects: ['trust += 40'] }, []],
    [{ effects: ['trust += 60'] }, ['nodes.ask.choices.0.effects.0']],
    [{ effects: ['trust -= 51'] }, ['nodes.ask.choices.0.effects.0']],
    [{ effects: ['trust = 101'] }, ['nodes.ask.choices.0.effects.0']],
    [{ effects: ['trust += 10', 'trust = trust * 2'] }, ['nodes.ask.choices.0.effects.1']],
    [{ when: 'trust <= 40', effects: ['trust += 60'] }, []],
    [{ when: 'trust < 40 and not false', effects: ['trust += 61'] }, []],
    [{ when: '95 > trust', effects: ['trust += 60'] }, ['nodes.ask.choices.0.effects.0']],
    [{ when: '30 > trust', effects: ['trust += 60'] }, []],
  ] as [Partial<Choice>, string[]][])('%j', (extra, expected) => {
    expect(clamped(withGo(extra))).toEqual(expected);
  });
});
