// Each shipped scenario's story map, laid out once at build time by the teacher page's own layout
// code (src/teacher/mapLayout.ts, dagre). Laying out both maps in the page cost about 120 ms of
// main thread at 4× CPU on every load of teacher.html; the layout depends on the story's shape
// only (fixed box sizes, no text), so the build can do it. Its own virtual module: only the
// teacher page imports it, the game never downloads it.
import { compile, type Scenario } from '../src/engine/index';
import { layoutScenario, type ScenarioMap } from '../src/teacher/mapLayout';

export const MAPS_MODULE = 'virtual:precedent-maps';

export function mapFacts(all: unknown[]): Record<string, ScenarioMap> {
  const out: Record<string, ScenarioMap> = {};
  for (const s of all as Scenario[]) {
    try {
      out[s.id] = layoutScenario(compile(s));
    } catch {
      // An invalid scenario fails `npm run validate` before the build; the page lays it out itself.
    }
  }
  return out;
}
