// The validate command end to end: output format, exit codes, --quiet, --json, empty folders,
// garbage input without stack traces.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('src/cli/validate.ts');
const TSX = resolve('node_modules/.bin/tsx');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', { timeout: 120_000 }, () => {
  it('passes the tiny fixture with statistics', () => {
    const r = run(['tests/fixtures/scenarios/tiny.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tests/fixtures/scenarios/tiny.yaml: ok');
    expect(r.out).toContain('10 distinct plays; shortest 4 steps, longest 5 steps');
    expect(r.out).toMatch(/ending signed: 6 plays; knowledge 0\.\.1, judgment 1\.\.2/);
    // What the scoring rewards (issue #20): two top options everywhere, best reachable off history.
    expect(r.out).toContain('decisions with two or more top options: 2 of 2');
    expect(r.out).toContain('judgment: best 2; best off the historical path 2 (gap 0)');
  });

  it('prints file:line:column, code, path, message and fix; exits 1', () => {
    const r = run(['tests/fixtures/scenarios/bad-unknown-target.yaml', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "tests/fixtures/scenarios/bad-unknown-target.yaml:36:11 error ref.unknownNode nodes.intro.next: unknown node 'aks' — did you mean 'ask'? Fix:",
    );
  });

  it('--quiet hides warnings and statistics; --json is machine-readable', () => {
    const q = run(['tests/fixtures/scenarios/bad-no-sources.yaml', '--quiet']);
    expect(q.out).not.toContain('sources.missing');
    const j = run(['tests/fixtures/scenarios/bad-no-sources.yaml', '--json']);
    const parsed = JSON.parse(j.out) as { files: { diagnostics: { code: string }[] }[]; errors: number };
    expect(parsed.files[0]?.diagnostics.map((d) => d.code)).toContain('sources.missing');
  });

  it('handles an empty scenarios folder and one holding only the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'val-'));
    expect(run([], dir)).toMatchObject({ code: 0 });
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(join(dir, 'scenarios', 'scenario.schema.json'), '{}');
    const r = run([], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no scenario files');
  });

  it('reports garbage and missing files without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'val-'));
    const bin = join(dir, 'garbage.yaml');
    writeFileSync(bin, Buffer.from([0, 255, 1, 58, 10, 91, 91, 34]));
    const r = run([bin, join(dir, 'missing.yaml')]);
    expect(r.code).toBe(1);
    expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at /);
    expect(r.out).toContain('file.unreadable');
    expect(r.out).toContain('garbage.yaml:1:2 error file.notUtf8');
  });

  it('prints hostile ids, fields and expressions as escapes, never raw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'val-'));
    const mini = readFileSync('tests/fixtures/scenarios/mini.yaml', 'utf8');
    const file = join(dir, 'mini.yaml');
    const hostile = mini
      .replace('    next: ask\n', '    next: "ask\\e[2J\\a\\0\\u202E"\n    "x\\e]0;t\\a": 1\n')
      .replace('        to: done\n', `        to: done\n        when: "trust > 1 \\e[31m\\u200B"\n`);
    writeFileSync(file, hostile);
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('\\u001b[2J\\u0007\\u0000\\u202e');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the raw control characters are what must not reach the terminal
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\u202e]/);
  });
});
