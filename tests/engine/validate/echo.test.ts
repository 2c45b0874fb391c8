// Every value a validator message echoes is safe to print: terminal controls, NUL, invisible
// characters and binary come out as \u escapes, a 100,000-character id is cut with its length
// stated, and an id with a letter from another script names that letter.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile, checkScenarioText, loadScenarioText } from '../../../src/content/load';
import type { Diagnostic } from '../../../src/engine/api';
import type { Scenario } from '../../../src/engine/types';
import { validate } from '../../../src/engine/validate';
import { showPath } from '../../../src/engine/validate/suggest';

const MINI = readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8');
/** What must never reach a terminal: controls, format characters, separators, private use. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}]/u;
/** Longest message or fix a hostile value may produce. */
const MAX_LINE = 600;

const allSafe = (ds: Diagnostic[]) => {
  for (const d of ds) {
    for (const s of [d.message, d.fix, showPath(d.path)]) {
      expect(s, JSON.stringify(s)).not.toMatch(UNSAFE);
      expect(s.length, s.slice(0, 200)).toBeLessThan(MAX_LINE);
    }
  }
};

/** mini with intro's `next:` pointing at `yamlValue` (a YAML scalar, escapes allowed). */
const withNext = (yamlValue: string) => MINI.replace('    next: ask\n', `    next: ${yamlValue}\n`);
const SCENARIO = loadScenarioText(MINI, 'mini.yaml').scenario as Scenario;

/** The schema's message on the file, and the reference check's on the scenario (past the schema). */
function messages(yamlValue: string, id: string): { schema: string; ref: string } {
  const fileDiags = checkScenarioText(withNext(yamlValue), 'mini.yaml').diagnostics;
  const s = structuredClone(SCENARIO);
  (s.nodes.intro as { next: string }).next = id;
  const refDiags = validate(s, { fileName: 'mini' });
  allSafe(fileDiags);
  allSafe(refDiags);
  const msg = (ds: Diagnostic[], code: string) =>
    ds.find((d) => d.code === code)?.message ?? JSON.stringify(ds);
  return { schema: msg(fileDiags, 'schema.pattern'), ref: msg(refDiags, 'ref.unknownNode') };
}

describe('echoed ids are safe to print', () => {
  it.each([
    ['an ANSI escape', '"ask\\e[31mred\\e[0m"', 'ask\u001b[31mred\u001b[0m', "'ask\\u001b[31mred\\u001b[0m'"],
    ['BEL', '"ask\\a"', 'ask\u0007', "'ask\\u0007'"],
    ['NUL', '"ask\\0"', 'ask\u0000', "'ask\\u0000'"],
    ['a right-to-left override', '"ksa\\u202E"', 'ksa\u202e', "'ksa\\u202e'"],
    ['a zero-width space', '"as\\u200Bk"', 'as\u200bk', "'as\\u200bk'"],
    ['a line separator', '"ask\\L"', 'ask\u2028', "'ask\\u2028'"],
  ])('%s', (_, yamlValue, id, shown) => {
    const m = messages(yamlValue, id);
    expect(m.schema).toContain(`${shown} is not an id`);
    expect(m.ref).toContain(`unknown node ${shown}`);
  });

  it('a 100,000-character id is cut, with its full length stated', () => {
    const m = messages('a'.repeat(100_000), 'a'.repeat(100_000));
    for (const msg of [m.schema, m.ref]) {
      expect(msg).toContain('… (100000 characters)');
      expect(msg.length).toBeLessThan(MAX_LINE);
    }
  });

  it('names the letter from another script in an id', () => {
    // "d-lеave" holds a Cyrillic е (U+0435).
    const m = messages('d-l\u0435ave', 'd-l\u0435ave');
    const named = "'d-lеave' (Cyrillic 'е' (U+0435) among Latin letters)";
    expect(m.schema).toContain(`${named} is not an id`);
    expect(m.ref).toContain(`unknown node ${named}`);
  });

  it('escapes a field name with controls in the message and the path', () => {
    const text = MINI.replace('    next: ask\n', '    next: ask\n    "n\\e]0;pwn\\ax": 1\n');
    const ds = checkScenarioText(text, 'mini.yaml').diagnostics;
    allSafe(ds);
    const d = ds.find((x) => x.code === 'schema.unknownField');
    expect(d?.message).toContain("unknown field 'n\\u001b]0;pwn\\u0007x'");
  });

  it('escapes a hostile expression source and its bad character', () => {
    const text = MINI.replace(
      '        to: done\n',
      '        to: done\n        when: "trust > 1 \\e[2J\\u202E"\n',
    );
    const ds = checkScenarioText(text, 'mini.yaml').diagnostics;
    allSafe(ds);
    const d = ds.find((x) => x.code === 'expr.syntax');
    expect(d?.message).toContain("cannot read condition 'trust > 1 \\u001b[2J\\u202e'");
    expect(d?.message).toContain("unexpected character '\\u001b' (U+001B)");
  });

  it('4 KB of binary over several lines, in a value and as a key, never reaches the output raw', async () => {
    // Every byte value below 0x80 except the YAML quote and escape characters, plus C1 controls
    // and invisible marks, 4 KB in all, spread over lines.
    let junk = '';
    for (let i = 0; junk.length < 4096; i++) {
      const c = i % 160;
      if (c === 0x22 || c === 0x5c || c === 0x0a || c === 0x0d) continue;
      junk += String.fromCharCode(c < 128 ? c : 0x80 + (c - 128));
      if (i % 300 === 299) junk += '\n  ';
    }
    const dir = mkdtempSync(join(tmpdir(), 'echo-'));
    for (const [name, text] of [
      ['value', MINI.replace('    next: ask\n', `    next: "${junk}"\n`)],
      ['key', MINI.replace('    next: ask\n', `    next: ask\n    "${junk}": 1\n`)],
      ['raw', `${junk}\n${MINI}`],
    ] as const) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, text);
      const r = await checkScenarioFile(file);
      expect(r.diagnostics.length, name).toBeGreaterThan(0);
      allSafe(r.diagnostics);
    }
  });
});

describe('YAML messages name what is wrong', () => {
  const yamlDiags = (text: string) => checkScenarioText(text, 'mini.yaml').diagnostics;

  it("escapes what the parser's own message quotes from the file", () => {
    const ds = yamlDiags(`%FOO\u001b[2J\u0007 bar\n---\n${MINI}`);
    allSafe(ds);
    expect(ds.map((d) => d.message)).toContain('Unknown directive %FOO\\u001b[2J\\u0007');
  });

  it('a duplicate key names the key and the line of its first use', () => {
    const text = MINI.replace(
      '    text: nodes.intro.text\n',
      '    text: nodes.intro.text\n    sources: [src]\n    text: other\n',
    );
    const d = yamlDiags(text).find((x) => x.code === 'yaml.duplicateKey');
    const first = text.split('\n').indexOf('    text: nodes.intro.text') + 1;
    expect(d?.message).toBe(`the key 'text' appears twice in the same mapping (first used on line ${first})`);
    expect(d?.line).toBe(first + 2);
  });

  it('a second document gets a clear message at its ---', () => {
    const text = `${MINI}---\nid: another\n`;
    const d = yamlDiags(text).find((x) => x.code === 'yaml.multipleDocs');
    const at = text.split('\n').indexOf('---') + 1;
    expect(d?.message).toBe(
      `the file holds a second YAML document, started by the '---' on line ${at}; a scenario file holds exactly one`,
    );
    expect(d?.line).toBe(at);
    expect(d?.message).not.toContain('parseAllDocuments');
  });

  it('an over-indented line is named, with an indentation fix (not "needs quotes")', () => {
    const text = MINI.replace(
      '    text: nodes.intro.text\n',
      '    text: nodes.intro.text\n      sources: [src]\n',
    );
    const ds = yamlDiags(text).filter((x) => x.severity === 'error');
    const line = text.split('\n').indexOf('      sources: [src]') + 1;
    expect(ds).toHaveLength(1);
    expect(ds[0]?.code).toBe('yaml.overIndented');
    expect(ds[0]?.line).toBe(line);
    expect(ds[0]?.message).toBe(
      `line ${line} is indented deeper than line ${line - 1}, so YAML reads it as part of the value on line ${line - 1}`,
    );
    expect(ds[0]?.fix).toContain(`indent line ${line} by 4 spaces`);
    expect(ds[0]?.fix).not.toContain('quotes');
  });

  it('a value with ": " still gets the quotes hint', () => {
    const text = MINI.replace('    text: nodes.intro.text\n', '    text: nodes.intro.text: more\n');
    const d = yamlDiags(text).find((x) => x.code === 'yaml.blockAsImplicitKey');
    expect(d?.fix).toContain('needs quotes');
  });
});
