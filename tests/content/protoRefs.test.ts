// A dangling reference to a name that Object.prototype holds (`constructor`, `toString`,
// `hasOwnProperty`, `valueOf`) gets exactly the verdict of a dangling reference to any other
// name: lookups keyed by author text read own properties only (validate/diag.ts `own`).
// (`__proto__` is not among them: the schema's id pattern refuses it before any lookup.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/content/load';

const FILE = 'tests/fixtures/scenarios/tiny.yaml';
const tiny = readFileSync(FILE, 'utf8');
const verdict = (text: string) =>
  checkScenarioText(text, FILE)
    .diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)
    .sort();

describe('dangling references to Object.prototype names', () => {
  const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  it.each(NAMES)('a start node named %s that does not exist', (name) => {
    const plain = verdict(tiny.replace('start: intro', 'start: nowhere'));
    expect(plain.length).toBeGreaterThan(0);
    expect(verdict(tiny.replace('start: intro', `start: ${name}`))).toEqual(plain);
  });

  it.each(NAMES)('a next target named %s that does not exist', (name) => {
    const plain = verdict(tiny.replace('    next: ask', '    next: nowhere'));
    expect(plain.length).toBeGreaterThan(0);
    expect(verdict(tiny.replace('    next: ask', `    next: ${name}`))).toEqual(plain);
  });
});
