// One fixture per fault class: each must produce its diagnostic code, at its path, on the line
// marked `# <- code` in the fixture (so the fixture documents where the error points).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../../src/content/load';

const DIR = 'tests/fixtures/scenarios';

const FAULTS: [file: string, code: string, path: string, severity?: 'error' | 'warning'][] = [
  ['bad-alias-bomb', 'yaml.tooManyAliases', ''],
  ['bad-date-number', 'schema.type', 'sources.src.date'],
  ['bad-duplicate-choice', 'id.duplicate', 'nodes.ask.choices.1.id'],
  ['bad-duplicate-key', 'yaml.duplicateKey', ''],
  ['bad-expr-syntax', 'expr.syntax', 'nodes.ask.choices.1.when'],
  ['bad-file-name', 'id.fileName', 'id'],
  ['bad-historical-ending', 'history.wrongEnding', 'nodes.done.outcome'],
  ['bad-historical-none', 'history.noChoice', 'nodes.ask.choices'],
  ['bad-historical-two', 'history.manyChoices', 'nodes.ask.choices'],
  ['bad-historical-unsourced', 'history.unsourced', 'nodes.ask.choices.0.historical'],
  ['bad-http-url', 'schema.pattern', 'sources.src.url'],
  ['bad-kind-typo', 'schema.enum', 'nodes.intro.kind'],
  ['bad-missing-field', 'schema.missingField', 'nodes.intro'],
  ['bad-missing-when', 'branch.missingWhen', 'nodes.intro.next.0'],
  ['bad-no-fallthrough', 'branch.noFallthrough', 'nodes.intro.next.1.when'],
  ['bad-no-sources', 'sources.missing', 'nodes.ask', 'warning'],
  ['bad-no-way-out', 'graph.noWayOut', 'nodes.loop'],
  ['bad-not-condition', 'expr.notCondition', 'nodes.ask.choices.1.when'],
  ['bad-play-dead-end', 'play.deadEnd', 'nodes.stuck'],
  ['bad-play-unreachable', 'play.unreachable', 'nodes.other'],
  ['bad-quiz-correct', 'quiz.correct', 'quiz.0.correct'],
  ['bad-quiz-option-dup', 'id.duplicate', 'quiz.0.options.1.id'],
  ['bad-reason-choice', 'ref.unknownChoice', 'nodes.ask.reasons.options.3.for.0'],
  ['bad-reasons-count', 'reasons.count', 'nodes.ask.reasons.options'],
  ['bad-range-clamped', 'range.clamped', 'nodes.ask.choices.0.effects.0', 'warning'],
  ['bad-rising-meter', 'history.risingMeter', 'variables.trust', 'warning'],
  ['bad-silent-marked', 'history.silentMarked', 'nodes.ask.choices.0.historical'],
  ['bad-single-top', 'score.singleTop', 'nodes.ask.choices.0.score'],
  ['bad-type-mismatch', 'expr.type', 'nodes.ask.choices.1.when'],
  ['bad-unknown-axis', 'ref.unknownAxis', 'nodes.ask.choices.0.score.judgment'],
  ['bad-unknown-field', 'schema.unknownField', 'nodes.intro.nxt'],
  ['bad-unknown-party', 'ref.unknownParty', 'nodes.ask.speaker'],
  ['bad-unknown-source', 'ref.unknownSource', 'nodes.intro.sources.0'],
  ['bad-unknown-target', 'ref.unknownNode', 'nodes.intro.next'],
  ['bad-unknown-variable', 'expr.unknownVariable', 'nodes.ask.choices.1.effects.0'],
  ['bad-unreachable', 'graph.unreachable', 'nodes.lost'],
  ['bad-var-initial', 'var.initial', 'variables.trust.initial'],
  ['bad-var-range', 'var.range', 'variables.trust.min'],
  ['bad-why-missing', 'why.missing', 'nodes.ask.choices.0.effects'],
  ['bad-why-unmoved', 'why.unmoved', 'nodes.ask.choices.1.why.trust'],
  ['bad-yaml-syntax', 'yaml.blockAsImplicitKey', ''],
];

function check(file: string) {
  const path = `${DIR}/${file}.yaml`;
  const text = readFileSync(path, 'utf8');
  const marked = text.split('\n').findIndex((l) => l.includes('# <- '));
  return { result: checkScenarioText(text, path), markedLine: marked + 1 };
}

describe('fault fixtures', () => {
  it.each(FAULTS)('%s → %s at %s', (file, code, path, severity = 'error') => {
    const { result, markedLine } = check(file);
    const d = result.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(result.diagnostics, null, 1)).toBeDefined();
    expect(d?.path.join('.')).toBe(path);
    expect(d?.line).toBe(markedLine);
    expect(d?.severity).toBe(severity);
    expect(d?.file).toBe(`${DIR}/${file}.yaml`);
    expect(d?.message.length).toBeGreaterThan(5);
    expect(d?.fix.length).toBeGreaterThan(5);
  });

  it('every bad-* fixture is in the table', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(DIR)
      .filter((f) => f.startsWith('bad-'))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(FAULTS.map((f) => f[0]).sort());
  });

  it.each(['tiny', 'mini'])('%s validates clean', (file) => {
    const { result } = check(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.scenario?.id).toBe(file);
  });
});

describe('messages', () => {
  it('suggests the closest id for typos', () => {
    const msg = (f: string, c: string) => check(f).result.diagnostics.find((d) => d.code === c)?.message;
    expect(msg('bad-unknown-target', 'ref.unknownNode')).toBe("unknown node 'aks' — did you mean 'ask'?");
    expect(msg('bad-unknown-field', 'schema.unknownField')).toBe(
      "unknown field 'nxt' in nodes.intro — did you mean 'next'?",
    );
    expect(msg('bad-kind-typo', 'schema.enum')).toContain("did you mean 'narration'?");
    expect(msg('bad-unknown-variable', 'expr.unknownVariable')).toContain("did you mean 'trust'?");
  });

  it('points at the character where an expression stops making sense', () => {
    const d = check('bad-expr-syntax').result.diagnostics.find((x) => x.code === 'expr.syntax');
    expect(d?.message).toContain('at character 9');
  });

  it('does not cascade unknown targets into unreachable-node noise', () => {
    const codes = check('bad-unknown-target').result.diagnostics.map((d) => d.code);
    expect(codes).toEqual(['ref.unknownNode']);
  });
});
