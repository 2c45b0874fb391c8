// One shipped scenario by id, read from scenarios/ and loaded by the content loader (engine tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../../src/content/load';
import type { Scenario } from '../../src/engine/types';

const ROOT = join(import.meta.dirname, '../..');

export function shipped(id: string): Scenario {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  if (!r.scenario) throw new Error(`${id} does not load`);
  return r.scenario;
}
