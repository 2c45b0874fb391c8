// The why keys of meter changes are text keys like any other: `npm run validate` refuses one
// missing from the English locale (file, line, fix), warns about one off the naming convention,
// and the keys reach the one key lister the i18n tools and the build plugin read.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText, loadScenarioText } from '../../src/content/load';
import { collectTextKeys } from '../../src/content/textKeys';
import type { Scenario } from '../../src/engine/types';
import { scenarioTexts } from '../../src/i18n/model/usage';

const FILE = 'tests/fixtures/scenarios/tiny.yaml';
const TINY = readFileSync(FILE, 'utf8');
const en = () =>
  JSON.parse(readFileSync('tests/fixtures/locales/en/tiny.json', 'utf8')) as {
    nodes: { ask: { choices: Record<string, { why?: Record<string, string> }> } };
  };
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('why keys', () => {
  it('the fixture is clean with every why key present', () => {
    expect(checkScenarioText(TINY, FILE, { locale: en() }).diagnostics).toEqual([]);
  });

  it('refuses a why key missing from the English locale, with the line and the fix', () => {
    const locale = en();
    delete locale.nodes.ask.choices.leak?.why;
    const ds = checkScenarioText(TINY, FILE, { locale }).diagnostics;
    const d = ds.find((x) => x.code === 'text.missingKey');
    expect(d, JSON.stringify(ds, null, 1)).toMatchObject({
      severity: 'error',
      file: FILE,
      path: ['nodes', 'ask', 'choices', 1, 'why', 'trust'],
      line: lineOf(TINY, 'nodes.ask.choices.leak.why.trust'),
    });
    expect(d?.message).toContain("'nodes.ask.choices.leak.why.trust' is missing from locales/en/tiny.json");
    expect(d?.fix).toContain('add "nodes.ask.choices.leak.why.trust"');
  });

  it('warns about a why key that leaves the naming convention', () => {
    const text = TINY.replace('nodes.ask.choices.stall.why.trust', 'nodes.ask.choices.comply.why.trust');
    const ds = checkScenarioText(text, FILE, { locale: en() }).diagnostics;
    expect(ds).toEqual([
      expect.objectContaining({
        code: 'text.keyName',
        severity: 'warning',
        path: ['nodes', 'ask', 'choices', 2, 'why', 'trust'],
        fix: "name it 'nodes.ask.choices.stall.why.trust' (see scenarios/README.md)",
      }),
    ]);
  });

  it('both key walkers list the why keys (validator and build; translators and i18n:check)', () => {
    const s = loadScenarioText(TINY, FILE).scenario as Scenario;
    const whys = (keys: string[]) => keys.filter((k) => k.includes('.why.')).sort();
    const expected = ['comply', 'leak', 'stall'].map((c) => `nodes.ask.choices.${c}.why.trust`);
    expect(whys(collectTextKeys(s).map((u) => u.key))).toEqual(expected);
    expect(whys(scenarioTexts(s).map((u) => u.key))).toEqual(expected);
  });
});
