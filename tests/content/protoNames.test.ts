// Ids that collide with JavaScript's object machinery (`__proto__`, `constructor`, `toString`,
// `hasOwnProperty`…) must behave like any other id in every check: the tiny fixture with every
// id renamed to such a name gets exactly the verdict and figures of the original.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile, checkScenarioText } from '../../src/content/load';

/** Renames in both the scenario and its locale file, by whole word. */
const RENAME: [string, string][] = [
  ['tiny', 'proto-names'],
  // nodes
  ['intro', 'constructor'],
  ['ask', 'toString'],
  ['quiz1', 'hasOwnProperty'],
  ['press', 'valueOf'],
  ['final', 'isPrototypeOf'],
  ['route', 'propertyIsEnumerable'],
  ['signed', 'toLocaleString'],
  ['appealed', 'prototype'],
  ['refused', 'apply'],
  // choices
  ['comply', 'constructor'],
  ['leak', 'toString'],
  ['stall', 'hasOwnProperty'],
  ['sign', 'valueOf'],
  ['appeal', 'isPrototypeOf'],
  // variables
  ['trust', '__proto__'],
  ['leaked', 'constructor'],
  // quiz items and order options
  ['q1', 'toString'],
  ['q2', 'constructor'],
  ['arrest', 'hasOwnProperty'],
  ['ruling', 'toLocaleString'],
  ['transfer', 'valueOf'],
  // sources, places, parties (speakers), documents, axes
  ['report', 'constructor'],
  ['minsk', 'toString'],
  ['ministry', 'constructor'],
  ['request', 'toString'],
  ['judgment', 'constructor'],
];

function renamed(text: string): string {
  let out = text;
  for (const [from, to] of RENAME) out = out.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  // The single-choice options `a` and `b`, renamed where they are ids only.
  return (
    out
      .replace(
        /\{ id: a, label: quiz\.toString\.options\.a \}/,
        '{ id: constructor, label: quiz.toString.options.constructor }',
      )
      .replace(
        /\{ id: b, label: quiz\.toString\.options\.b \}/,
        '{ id: toString, label: quiz.toString.options.toString }',
      )
      .replace(/correct: a\n/, 'correct: constructor\n')
      // The narrator party (not its kind, also called narrator).
      .replace(
        'narrator: { name: parties.narrator.name',
        'hasOwnProperty: { name: parties.hasOwnProperty.name',
      )
      .replace('"narrator": { "name": "Narrator" }', '"hasOwnProperty": { "name": "Narrator" }')
      .replace(
        /"options": \{ "a": "The constructor", "b": "The valueOf" \}/,
        '"options": { "constructor": "A", "toString": "B" }',
      )
  );
}

function writeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'proto-'));
  mkdirSync(join(dir, 'scenarios'));
  mkdirSync(join(dir, 'locales', 'en'), { recursive: true });
  const yaml = renamed(readFileSync('tests/fixtures/scenarios/tiny.yaml', 'utf8'));
  const json = renamed(readFileSync('tests/fixtures/locales/en/tiny.json', 'utf8'));
  writeFileSync(join(dir, 'scenarios', 'proto-names.yaml'), yaml);
  writeFileSync(join(dir, 'locales', 'en', 'proto-names.json'), json);
  return dir;
}

const codes = (ds: { code: string; severity: string }[]) => ds.map((d) => `${d.severity} ${d.code}`).sort();

describe('ids named like Object.prototype members', { timeout: 120_000 }, () => {
  const dir = writeProject();
  const file = join(dir, 'scenarios', 'proto-names.yaml');

  it('every such id is in the scenario as an own key, and Object.prototype is untouched', async () => {
    const r = await checkScenarioFile(file, { localesDir: join(dir, 'locales') });
    const s = r.scenario;
    expect(s).toBeDefined();
    expect(Object.hasOwn(s?.variables ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(s?.variables)).toBe(Object.prototype);
    expect(Object.keys(s?.nodes ?? {})).toContain('hasOwnProperty');
    expect(Object.keys(s?.sources ?? {})).toEqual(['constructor']);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('the full check gives the same verdict as for the original names', async () => {
    const tiny = await checkScenarioFile('tests/fixtures/scenarios/tiny.yaml', {
      localesDir: 'tests/fixtures/locales',
    });
    const proto = await checkScenarioFile(file, { localesDir: join(dir, 'locales') });
    expect(codes(proto.diagnostics), JSON.stringify(proto.diagnostics, null, 1)).toEqual(
      codes(tiny.diagnostics),
    );
  });

  it('npm run validate plays it exactly as the original', () => {
    const tsx = resolve('node_modules/.bin/tsx');
    const cli = resolve('src/cli/validate.ts');
    const run = (cwd: string, f: string) =>
      spawnSync(tsx, [cli, f], { cwd, encoding: 'utf8', timeout: 60_000 });
    const a = run(process.cwd(), 'tests/fixtures/scenarios/tiny.yaml');
    const b = run(dir, 'scenarios/proto-names.yaml');
    expect(b.stderr).toBe('');
    expect(b.status, b.stdout).toBe(a.status);
    const plays = (out: string) => /\d+ distinct plays; shortest \d+ steps, longest \d+ steps/.exec(out)?.[0];
    expect(plays(b.stdout)).toBeDefined();
    expect(plays(b.stdout)).toBe(plays(a.stdout));
    expect(b.stdout).toContain('0 error(s)');
  });
});

describe('undeclared ids named like Object.prototype members', () => {
  // Each reference is to a name that is NOT declared: a plain `obj[name]` lookup would find
  // Object.prototype's member and call it declared.
  const mini = readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8');
  const text = mini
    .replace('    next: ask\n', '    next: ask\n    place: toString\n')
    .replace(
      '    sources: [src]\n    choices:',
      '    sources: [src, hasOwnProperty]\n    speaker: constructor\n    choices:',
    )
    .replace(
      '        to: other\n',
      '        to: valueOf\n        effects: ["constructor += 1", "__proto__ = 2"]\n        when: "toString > 1"\n',
    );
  const diags = checkScenarioText(text, 'mini.yaml').diagnostics;
  const found = (code: string, path: string) =>
    diags.find((d) => d.code === code && d.path.join('.') === path)?.message;

  it.each([
    ['ref.unknownPlace', 'nodes.intro.place', "unknown place 'toString'"],
    ['ref.unknownSource', 'nodes.ask.sources.1', "unknown source 'hasOwnProperty'"],
    ['ref.unknownParty', 'nodes.ask.speaker', "unknown party 'constructor'"],
    ['ref.unknownNode', 'nodes.ask.choices.1.to', "unknown node 'valueOf'"],
    ['expr.unknownVariable', 'nodes.ask.choices.1.effects.0', "unknown variable 'constructor'"],
    ['expr.unknownVariable', 'nodes.ask.choices.1.effects.1', "unknown variable '__proto__'"],
    ['expr.unknownVariable', 'nodes.ask.choices.1.when', "unknown variable 'toString'"],
  ])('%s at %s', (code, path, message) => {
    expect(found(code, path), JSON.stringify(diags, null, 1)).toContain(message);
  });
});
