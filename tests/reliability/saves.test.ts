// Saves fail safely: every node of every shipped scenario round-trips through JSON exactly, and
// corrupt, outdated, orphaned or bit-flipped saves give a typed SaveError or a reachable state, never a throw.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/content/load';
import type { LogEntry, SaveError } from '../../src/engine/api';
import { type CompiledScenario, compile } from '../../src/engine/compile';
import { explore } from '../../src/engine/explore';
import { type Run, replay, restoreRun } from '../../src/engine/run';
import { playTree } from '../support/playTree';

const DIR = join(import.meta.dirname, '../../scenarios');
const SEED = 1; // playTree's default seed: logs it yields replay only with the same seed
const KINDS: SaveError['kind'][] = ['corrupt', 'format', 'otherScenario', 'contentVersion', 'replay'];

function load(file: string): CompiledScenario {
  const r = loadScenarioText(readFileSync(join(DIR, file), 'utf8'), file);
  if (!r.scenario) throw new Error(`${file} does not load`);
  return compile(r.scenario);
}

/** The first log reaching each node (a bounded walk is enough; coverage is asserted). */
function logPerNode(c: CompiledScenario): Map<string, LogEntry[]> {
  const first = new Map<string, LogEntry[]>();
  playTree(
    c,
    { state: (node, ctx) => void (first.has(node) || first.set(node, [...ctx.log])) },
    {
      quiz: 'correct',
      limit: 20_000,
      seed: SEED,
    },
  );
  return first;
}

const snapshot = (r: Run) => {
  const { vars, score, answers, path, log } = r.context;
  return { node: r.node, vars, score, answers, path, log, view: r.view() };
};

/** Restores without ever letting an exception escape the assertion. */
function safeRestore(c: CompiledScenario, save: unknown) {
  try {
    return restoreRun(c, save);
  } catch (e) {
    throw new Error(`restoreRun threw: ${(e as Error).stack}`);
  }
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe.each(files)('%s saves', (file) => {
  const c = load(file);
  const reachable = explore(c).reachable;
  const logs = logPerNode(c);

  it('reaches every reachable node', () => {
    expect([...logs.keys()].sort()).toEqual([...reachable].sort());
  });

  it('save → JSON → restore equals the original at every node', () => {
    for (const [node, log] of logs) {
      const run = replay(c, SEED, log);
      if (!run.ok) throw new Error(`${node}: ${JSON.stringify(run.error)}`);
      const back = safeRestore(c, JSON.parse(JSON.stringify(run.value.save())));
      if (!back.ok) throw new Error(`${node}: ${JSON.stringify(back.error)}`);
      expect(snapshot(back.value)).toEqual(snapshot(run.value));
      run.value.stop();
      back.value.stop();
    }
  });

  // A save from the deepest node: the richest log to corrupt.
  const deepest = [...logs.values()].reduce((a, b) => (b.length > a.length ? b : a));
  const good = () => {
    const r = replay(c, SEED, deepest);
    if (!r.ok) throw new Error('deepest log does not replay');
    const s = JSON.stringify(r.value.save());
    r.value.stop();
    return s;
  };

  it.each<[string, (s: Record<string, unknown>) => unknown, SaveError['kind']]>([
    ['truncated JSON', () => good().slice(0, 30), 'corrupt'],
    ['an empty string', () => '', 'corrupt'],
    ['JSON null', () => 'null', 'corrupt'],
    [
      'an older content version',
      (s) => ({ ...s, contentVersion: c.scenario.contentVersion - 1 }),
      'contentVersion',
    ],
    ['a scenario that no longer exists', (s) => ({ ...s, scenario: 'withdrawn-scenario' }), 'otherScenario'],
    [
      'a log entry for a node that moved',
      (s) => ({ ...s, log: [{ type: 'node.continue', node: 'gone' }] }),
      'replay',
    ],
    ['a log that is not an array', (s) => ({ ...s, log: { 0: 1 } }), 'corrupt'],
  ])('%s → a typed error', (_name, mutate, kind) => {
    const r = safeRestore(c, mutate(JSON.parse(good())));
    expect(r.ok ? 'restored' : r.error.kind).toBe(kind);
  });

  it('random byte flips give a typed error or a reachable, replayable state (1,000 cases)', () => {
    const bytes = new TextEncoder().encode(good());
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(bytes.length - 1), xor: fc.integer({ min: 1, max: 255 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const b = bytes.slice();
          for (const f of flips) b[f.at] = (b[f.at] as number) ^ f.xor;
          const text = new TextDecoder().decode(b); // invalid UTF-8 becomes U+FFFD, as a browser would
          const r = safeRestore(c, text);
          if (!r.ok) return KINDS.includes(r.error.kind);
          const ok = reachable.has(r.value.node) && replay(c, r.value.context.seed, r.value.context.log).ok;
          r.value.stop();
          return ok;
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});
