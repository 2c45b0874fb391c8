// Files are read exactly: bytes that are not UTF-8 are an error at their file and line (never a
// silent "�"), a broken locale JSON is placed at a line and column, and nesting past the limits
// names the limit instead of "Maximum call stack size exceeded".

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkScenarioFile,
  loadScenarioFile,
  loadScenarioText,
  readEnNamespace,
} from '../../src/content/load';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/content/text';
import { MAX_BLOCK_DEPTH } from '../../src/content/yamlErrors';

const MINI = readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('invalid UTF-8', () => {
  it.each([
    ['a lone continuation byte', [0x80]],
    ['a Latin-1 é', [0xe9, 0x74]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['an overlong "/"', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('%s in a scenario is an error at its line', async (_, bad) => {
    const dir = mkdtempSync(join(tmpdir(), 'utf8-'));
    const file = join(dir, 'mini.yaml');
    const [head, tail] = [
      MINI.slice(0, MINI.indexOf('  title: meta.title')),
      MINI.slice(MINI.indexOf('  title: meta.title')),
    ];
    writeFileSync(file, bytes(head, '  summary: caf', bad, '\n', tail));
    const line = head.split('\n').length;
    const r = await loadScenarioFile(file);
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'file.notUtf8',
      file,
      line,
      column: 15,
      severity: 'error',
    });
    expect(r.diagnostics[0]?.message).toMatch(
      new RegExp(`^byte \\d+ \\(0x[0-9a-f]{2}\\) on line ${line} is not valid UTF-8 text$`),
    );
  });

  it('valid UTF-8 in every script the game uses decodes unchanged, a BOM dropped', () => {
    const text = 'Ереван Երևան Yerevan 🇦🇲 "quotes"';
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], text))).toEqual({ text });
    expect(firstInvalidUtf8(bytes(text))).toBe(-1);
  });

  it('a locale file with invalid UTF-8 is an error naming it and its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'utf8-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(
      join(dir, 'en', 'mini.json'),
      bytes('{\n  "meta": {\n    "title": "caf', [0xe9], '"\n  }\n}\n'),
    );
    const r = await readEnNamespace(dir, 'mini');
    expect('diagnostic' in r && r.diagnostic).toMatchObject({ code: 'file.notUtf8', line: 3, column: 18 });
  });
});

describe('broken locale JSON', () => {
  it('is placed at a line and column, not a character position', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'mini.json'), '{\n  "meta": {\n    "title": "A",\n  }\n}\n');
    const r = await readEnNamespace(dir, 'mini');
    const d = 'diagnostic' in r ? r.diagnostic : undefined;
    expect(d).toMatchObject({ code: 'text.badLocaleFile', line: 4, column: 3 });
    expect(d?.message).toBe('cannot parse JSON: property name expected at line 4, column 3');
    expect(d?.message).not.toMatch(/position/);
  });

  it('reaches the scenario check with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'json-'));
    mkdirSync(join(dir, 'locales', 'en'), { recursive: true });
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(join(dir, 'scenarios', 'mini.yaml'), MINI);
    writeFileSync(join(dir, 'locales', 'en', 'mini.json'), '{ "meta": [1, 2 }');
    const r = await checkScenarioFile(join(dir, 'scenarios', 'mini.yaml'), {
      localesDir: join(dir, 'locales'),
    });
    expect(r.diagnostics.find((d) => d.code === 'text.badLocaleFile')).toMatchObject({ line: 1, column: 17 });
  });
});

describe('deep nesting names the limit', () => {
  it.each([
    ['compact lists', `a: ${'- '.repeat(5000)}x\n`],
    ['indented maps', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`],
    ['indented lists', `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`],
  ])('%s', (_, text) => {
    const r = loadScenarioText(text, 'deep.yaml');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]?.code).toBe('yaml.tooDeep');
    expect(r.diagnostics[0]?.message).toBe(`lines are nested more than ${MAX_BLOCK_DEPTH} levels deep`);
    expect(r.diagnostics[0]?.line).toBeLessThanOrEqual(MAX_BLOCK_DEPTH + 1);
    expect(JSON.stringify(r.diagnostics)).not.toContain('call stack');
  });

  it('deep brackets name their limit', () => {
    const r = loadScenarioText(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'deep.yaml');
    expect(r.diagnostics[0]?.message).toBe('brackets are nested more than 64 levels deep');
  });

  it('nesting within the limit reads normally', () => {
    const text = `${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
    expect(loadScenarioText(text, 'ok.yaml').diagnostics.map((d) => d.code)).not.toContain('yaml.tooDeep');
  });
});
