// The loader: hostile or broken input becomes Diagnostics with a line; files are found; the en
// text-key check finds missing keys (plural forms count) and off-convention names.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkScenarioFile,
  checkScenarioText,
  findScenarioFiles,
  loadScenarioFile,
  loadScenarioText,
} from '../../src/content/load';
import { checkTextKeys, collectTextKeys, hasKey } from '../../src/content/textKeys';
import type { Scenario } from '../../src/engine/types';

const TINY = readFileSync('tests/fixtures/scenarios/tiny.yaml', 'utf8');
const TINY_EN = JSON.parse(readFileSync('tests/fixtures/locales/en/tiny.json', 'utf8')) as Record<
  string,
  unknown
>;
const tiny = loadScenarioText(TINY, 'tiny.yaml').scenario as Scenario;
const codes = (text: string) => loadScenarioText(text, 'x.yaml').diagnostics.map((d) => d.code);

describe('loadScenarioText on hostile input', () => {
  it.each([
    ['empty file', '', 'yaml.empty'],
    ['only a comment', '# nothing\n', 'yaml.empty'],
    ['a list at the top', '- a\n- b\n', 'schema.type'],
    ['a bare string', 'hello\n', 'schema.type'],
    ['two documents', 'a: 1\n---\nb: 2\n', 'yaml.multipleDocs'],
    ['deep brackets', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'yaml.tooDeep'],
    ['tab indentation', 'a:\n\tb: 1\n', 'yaml.tabAsIndent'],
  ])('%s', (_, text, code) => {
    expect(codes(text)).toContain(code);
  });

  it('rejects files over 2 MB with a clear message', () => {
    const d = loadScenarioText(`a: "${'x'.repeat(2 * 1024 * 1024)}"\n`, 'big.yaml').diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'yaml.tooLarge', line: 1, file: 'big.yaml' });
    expect(d[0]?.message).toContain('at most 2 MB');
  });

  it('limits deep block nesting without recursion trouble', () => {
    let text = '';
    for (let i = 0; i < 200; i++) text += `${' '.repeat(i)}a:\n`;
    expect(codes(`${text}${' '.repeat(200)}b: 1\n`)).toContain('yaml.tooDeep');
  });

  it('accepts anchors used a few times but not an alias bomb', () => {
    expect(codes('a: &x 1\nb: *x\n')).not.toContain('yaml.tooManyAliases');
    expect(codes(readFileSync('tests/fixtures/scenarios/bad-alias-bomb.yaml', 'utf8'))).toEqual([
      'yaml.tooManyAliases',
    ]);
  });

  it('returns the scenario only when schema-valid', () => {
    expect(loadScenarioText(TINY, 'tiny.yaml').scenario?.id).toBe('tiny');
    expect(
      loadScenarioText(TINY.replace('contentVersion: 1', 'contentVersion: one'), 't.yaml').scenario,
    ).toBeUndefined();
  });
});

describe('files', () => {
  it('finds *.yaml files in order and none in a missing folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scn-'));
    writeFileSync(join(dir, 'b.yaml'), '');
    writeFileSync(join(dir, 'a.yaml'), '');
    writeFileSync(join(dir, 'scenario.schema.json'), '{}');
    expect(await findScenarioFiles(dir)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
    expect(await findScenarioFiles(join(dir, 'nope'))).toEqual([]);
  });

  it('reports an unreadable file as a Diagnostic', async () => {
    const r = await loadScenarioFile('/nonexistent/x.yaml');
    expect(r.diagnostics[0]).toMatchObject({ code: 'file.unreadable', file: '/nonexistent/x.yaml' });
  });

  it('checks text keys against the en namespace next to the scenarios folder', async () => {
    const r = await checkScenarioFile('tests/fixtures/scenarios/tiny.yaml', {
      localesDir: 'tests/fixtures/locales',
    });
    expect(r.diagnostics).toEqual([]);
    const missing = await checkScenarioFile('tests/fixtures/scenarios/mini.yaml', {
      localesDir: 'tests/fixtures/locales',
    });
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['text.noLocaleFile']);
  });
});

describe('text keys', () => {
  it('collects every key the scenario references, at its path', () => {
    const keys = collectTextKeys(tiny);
    expect(keys.find((k) => k.key === 'nodes.final.choices.appeal.unavailable')?.path).toEqual([
      'nodes',
      'final',
      'choices',
      1,
      'unavailable',
    ]);
    expect(keys.map((k) => k.key)).toContain('quiz.q2.options.ruling');
    expect(keys.map((k) => k.key)).toContain('debrief.questions.0');
  });

  it('finds nested keys, array items and plural forms', () => {
    const ns = { a: { b: 'x', n_one: '1', n_other: 'n' }, list: ['zero'] };
    expect(hasKey(ns, 'a.b')).toBe(true);
    expect(hasKey(ns, 'a.n')).toBe(true);
    expect(hasKey(ns, 'list.0')).toBe(true);
    expect(hasKey(ns, 'a')).toBe(false);
    expect(hasKey(ns, 'a.c')).toBe(false);
    expect(hasKey(ns, 'a.b.c')).toBe(false);
    expect(hasKey(ns, 'a.constructor')).toBe(false);
  });

  it('reports a missing key with its path and line', () => {
    const en = structuredClone(TINY_EN) as { nodes: { press: Record<string, string> } };
    delete en.nodes.press.text;
    const r = checkScenarioText(TINY, 'tests/fixtures/scenarios/tiny.yaml', { locale: en });
    const d = r.diagnostics.find((x) => x.code === 'text.missingKey');
    expect(d).toMatchObject({ path: ['nodes', 'press', 'text'], severity: 'error' });
    expect(d?.line).toBe(TINY.split('\n').indexOf('    text: nodes.press.text') + 1);
  });

  it('reports a reason prompt or reason label pointing at a missing key, with its path', () => {
    const s = structuredClone(tiny);
    const ask = s.nodes.ask as { reasons?: unknown };
    const reason = (id: string) => ({
      id,
      label: `nodes.ask.reasons.${id}.label`,
      feedback: `nodes.ask.reasons.${id}.feedback`,
    });
    ask.reasons = { prompt: 'nodes.ask.reasons.prompt', options: ['a', 'b', 'c'].map(reason) };
    const en = structuredClone(TINY_EN) as { nodes: { ask: Record<string, unknown> } };
    en.nodes.ask.reasons = {
      a: { label: 'A', feedback: 'A.' },
      b: { feedback: 'B.' },
      c: { label: 'C', feedback: 'C.' },
    };
    const missing = checkTextKeys(s, en, 'tiny')
      .filter((d) => d.code === 'text.missingKey')
      .map((d) => d.path.join('.'));
    expect(missing).toEqual(['nodes.ask.reasons.prompt', 'nodes.ask.reasons.options.1.label']);
  });

  it('warns about keys that leave the naming convention', () => {
    const s = structuredClone(tiny);
    (s.nodes.press as { text: string }).text = 'nodes.intro.text';
    const ds = checkTextKeys(s, TINY_EN, 'tiny');
    expect(ds).toEqual([
      expect.objectContaining({
        code: 'text.keyName',
        severity: 'warning',
        path: ['nodes', 'press', 'text'],
      }),
    ]);
  });
});
