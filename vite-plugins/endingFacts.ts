// Each shipped scenario's reachable endings with the score range a play can end each with,
// worked out once at build time. The teacher page shows them in the catalog and scales its
// percentages by them; exploring every path in the page took seconds of main-thread time
// (2.3 s for The Appeal, 4.9 s for The Standoff) on every render.
import { compile, explore, type Scenario } from '../src/engine/index';

export type EndingFacts = Record<
  string,
  [string, { min: Record<string, number>; max: Record<string, number> }][]
>;

export function endingFacts(all: unknown[]): EndingFacts {
  const out: EndingFacts = {};
  for (const s of all as Scenario[]) {
    try {
      const e = explore(compile(s));
      out[s.id] = [...e.endings].map(([id, v]) => [id, v.score]);
    } catch {
      // An invalid scenario fails `npm run validate` before the build; the page explores it itself.
    }
  }
  return out;
}
