// Hostile scenario sizes end in a clear Diagnostic: never a hang, a crash or a stack trace. A hang
// or a quadratic blow-up fails as the test's timeout; nothing here times work (figures belong in
// the benchmarks: npm run bench:engine).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkScenarioFile,
  checkScenarioText,
  loadScenarioFile,
  loadScenarioText,
} from '../../src/content/load';
import { checkSchema, MAX_VALUES_ALL_ERRORS } from '../../src/content/schemaCheck';
import { MAX_FILE_BYTES } from '../../src/content/yamlDoc';
import { benchScenario } from '../../src/dev/benchScenario';
import { formatDiagnostic } from '../../src/dev/report';
import type { Diagnostic } from '../../src/engine/api';
import type { Scenario, ScenarioNode } from '../../src/engine/types';
import { validate } from '../../src/engine/validate';
import { checkSize, MAX_NODES, MAX_REPEATS } from '../../src/engine/validate/limits';

const BIG = 100_000;
/** No internal failure, no stack trace, every diagnostic says what to do. */
function expectClean(diags: Diagnostic[]): void {
  for (const d of diags) {
    expect(d.code).not.toMatch(/^internal\./);
    expect(d.message).not.toMatch(/\n\s+at /);
    expect(d.fix.length).toBeGreaterThan(0);
  }
}

/** A ring of `n` narration nodes with no way out; the one ending is unreachable. */
function ring(n: number): Scenario {
  const nodes: Record<string, ScenarioNode> = {};
  for (let i = 0; i < n; i++) {
    nodes[`r${i}`] = { kind: 'narration', text: 'nodes.r.text', sources: ['src'], next: `r${(i + 1) % n}` };
  }
  nodes.end = { kind: 'ending', title: 'nodes.end.title', text: 'nodes.end.text', outcome: 'historical' };
  return { ...benchScenario(1), id: 'ring', start: 'r0', nodes, quiz: [] };
}

/** YAML for a scenario whose `n` nodes are each broken twice (misspelt `next`, so one missing). */
function brokenNodesYaml(n: number): string {
  const head = JSON.stringify({ ...benchScenario(1), nodes: undefined }).slice(0, -1); // JSON is YAML
  const lines = [`${head}, "nodes": {`];
  for (let i = 0; i < n; i++)
    lines.push(`"r${i}": {kind: narration, text: t.x, sources: [src], nxt: r${i + 1}},`);
  lines.push('"end": {kind: ending, title: t.x, text: t.x, outcome: historical}}}\n');
  return lines.join('\n');
}

describe('files over the size cap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-hostile-'));

  it('a 5 MB file is refused by size, naming the file and the cap, without being read', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
    for (const load of [loadScenarioFile, (f: string) => checkScenarioFile(f, { localesDir: dir })]) {
      const { scenario, diagnostics } = await load(file);
      expect(scenario).toBeUndefined();
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ code: 'yaml.tooLarge', file, line: 1 });
      const line = formatDiagnostic(diagnostics[0] as Diagnostic);
      expect(line).toContain('huge.yaml');
      expect(line).toContain('file is 5 MB; scenario files may be at most 2 MB');
      expect(line).toContain('split it');
    }
  });

  it('5 MB of text (already read) is refused the same way', () => {
    const value = loadScenarioText(`a: "${'é'.repeat(2_600_000)}"\n`, 'huge.yaml');
    expect(value.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ['yaml.tooLarge', 'huge.yaml', 'file is 5 MB; scenario files may be at most 2 MB'],
    ]);
  });

  it(`a ${BIG.toLocaleString('en')}-node scenario as YAML is over the cap and refused`, () => {
    const text = brokenNodesYaml(BIG);
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    const value = checkScenarioText(text, 'big.yaml');
    expect(value.diagnostics.map((d) => d.code)).toEqual(['yaml.tooLarge']);
  });
});

describe(`a ${BIG.toLocaleString('en')}-node scenario as an object`, () => {
  it('keeps the limit well above what the engine bench generates (10,000 nodes)', () => {
    expect(MAX_NODES).toBeGreaterThanOrEqual(20_000);
    expect(checkSize(benchScenario(10_000))).toEqual([]);
  });

  it('a 10,000-node scenario is checked in full, exploration included, with no error', () => {
    const s = benchScenario(10_000);
    const value = validate(s, { fileName: s.id });
    expect(value).toEqual([]);
  });

  it('validate() says it is too large to play through, names the limit and the fix', () => {
    const s = benchScenario(BIG);
    const value = validate(s);
    expectClean(value);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ severity: 'error', code: 'size.tooManyNodes', path: ['nodes'] });
    expect(value[0]?.message).toContain('100,000 nodes');
    expect(value[0]?.message).toContain('at most 25,000');
    expect(value[0]?.fix).toMatch(/^split the scenario/);
  });

  it('the schema check of a valid one completes', () => {
    const value = checkSchema(benchScenario(BIG));
    expect(value).toEqual([]);
  });

  it('the schema check of one broken in every node stops at the first problem and says so', () => {
    const s = benchScenario(1) as unknown as { nodes: Record<string, unknown> };
    s.nodes = {};
    for (let i = 0; i < BIG; i++) s.nodes[`r${i}`] = { kind: 'narration', text: 't.x', nxt: `r${i + 1}` };
    const value = checkSchema(s);
    expectClean(value);
    expect(value.map((d) => d.code)).toEqual(['schema.missingField', 'schema.stoppedEarly']);
    expect(value[1]?.message).toContain(MAX_VALUES_ALL_ERRORS.toLocaleString('en'));
  });

  it('a cycle with no exit is reported as such, in a bounded list', () => {
    const value = validate(ring(BIG));
    expectClean(value);
    const noWayOut = value.filter((d) => d.code === 'graph.noWayOut');
    expect(noWayOut).toHaveLength(MAX_REPEATS + 1);
    expect(noWayOut[0]?.message).toBe("no ending can be reached from 'r0'");
    expect(noWayOut[MAX_REPEATS]?.message).toContain(`${(BIG - MAX_REPEATS).toLocaleString('en')} more`);
    expect(value.map((d) => d.code)).toContain('size.tooManyNodes');
    expect(value.length).toBeLessThan(30);
  });

  it('one just over the limit is refused by size, not explored', () => {
    const value = validate(benchScenario(MAX_NODES + 3_000));
    expect(value.map((d) => d.code)).toEqual(['size.tooManyNodes']);
  });
});

describe('just under the cap', () => {
  it('a 2 MB file broken in each of tens of thousands of nodes is checked in bounded time', () => {
    let n = 40_000;
    while (brokenNodesYaml(n).length > MAX_FILE_BYTES) n -= 2_000;
    const text = brokenNodesYaml(n);
    const value = checkScenarioText(text, 'broken.yaml');
    expect(value.scenario).toBeUndefined();
    expectClean(value.diagnostics);
    const codes = value.diagnostics.map((d) => d.code);
    expect(codes).toContain('schema.stoppedEarly');
    expect(value.diagnostics.find((d) => d.code !== 'schema.stoppedEarly')?.line).toBeGreaterThan(1);
  });
});
