// A scenario's reachable endings and the score range a play can end each with. The build works
// them out for the shipped scenarios (vite-plugins/endingFacts.ts) and the page registers them;
// anything else (a unit test, a scenario the build did not explore) is explored here, once.
import { type CompiledScenario, explore, type ScoreRange } from '../engine';

type Facts = Record<string, [string, ScoreRange][]>;

let prebuilt: Facts = {};
const explored = new WeakMap<CompiledScenario, Map<string, ScoreRange>>();

export function registerEndingFacts(facts: Facts): void {
  prebuilt = facts;
}

/** Ending id → score range, in the order the scenario declares its endings. */
export function endingRanges(c: CompiledScenario): Map<string, ScoreRange> {
  const known = explored.get(c);
  if (known) return known;
  const built = Object.hasOwn(prebuilt, c.scenario.id) ? prebuilt[c.scenario.id] : undefined;
  const ranges = built
    ? new Map(built)
    : new Map([...explore(c).endings].map(([id, e]) => [id, e.score] as [string, ScoreRange]));
  explored.set(c, ranges);
  return ranges;
}
