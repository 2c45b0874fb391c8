// Result codes of full plays of the real scenarios: length fits a chat box, and every
// single-character alteration of a real code is rejected.
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, enumeratePlays, explore, historicalPlay, replay } from '../../src/engine';
import { decodeResult, encodeResult, MAX_EVENTS, type ResultData } from '../../src/platform/resultCode';
import { verifyResult } from '../../src/teacher/verify';
import { shippedScenarios } from '../support/runs';

const scenarios = await shippedScenarios();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';

/** The longest complete play (up to the first 2,000 enumerated), as a result with a claim. */
function longestPlay(c: CompiledScenario): ResultData {
  let log = historicalPlay(c).log;
  for (const p of enumeratePlays(c, { limit: 2000 }).plays) if (p.length > log.length) log = p;
  const run = replay(c, 0xfedcba98, log);
  if (!run.ok) throw new Error('play does not replay');
  return {
    scenario: c.scenario.id,
    contentVersion: c.scenario.contentVersion,
    mode: 'assessment',
    classLabel: '10Б «Гимназия №1»',
    name: 'Անահիտ Մկրտչյան-Петросян',
    startedAt: Date.UTC(2026, 10, 28, 9, 0, 0),
    finishedAt: Date.UTC(2026, 10, 28, 9, 27, 41),
    seed: 0xfedcba98,
    events: log.map(({ node: _n, ...e }) => e as ResultData['events'][number]),
    claim: { ending: run.value.node, score: { ...run.value.context.score } },
  };
}

describe("the decoder's event bound", () => {
  it('is at least 4 times the longest play of every shipped scenario', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    for (const c of scenarios) {
      const x = explore(c);
      // A cyclic story has no longest play, so no bound could be derived from it.
      expect(x.cyclic, c.scenario.id).toBe(false);
      // Cross-check the explorer's longest path against enumerated plays.
      const plays = enumeratePlays(c, { limit: 2000 }).plays;
      expect(Math.max(...plays.map((p) => p.length)), c.scenario.id).toBeLessThanOrEqual(x.longest);
      console.log(`${c.scenario.id}: longest play ${x.longest} events; bound ${MAX_EVENTS}`);
      expect(4 * x.longest, c.scenario.id).toBeLessThanOrEqual(MAX_EVENTS);
    }
  });
});

describe.each(scenarios.map((c) => [c.scenario.id, c] as const))('a real code of %s', (_, c) => {
  const data = longestPlay(c);
  const code = encodeResult(data);

  it('fits a chat box (< 1,500 characters) and verifies', () => {
    console.log(`${c.scenario.id}: ${data.events.length} events → code of ${code.length} characters`);
    expect(code.length).toBeLessThan(1500);
    const back = decodeResult(code);
    expect(back.ok && verifyResult(back.value, new Map([[c.scenario.id, c]])).verified).toBe(true);
  });

  it('rejects every single-character alteration at every position', () => {
    let tried = 0;
    for (let i = 0; i < code.length; i++) {
      for (const other of ALPHABET) {
        if (other === code[i]) continue;
        tried++;
        const r = decodeResult(code.slice(0, i) + other + code.slice(i + 1));
        if (r.ok) throw new Error(`accepted '${other}' at ${i}`);
      }
    }
    expect(tried).toBe(code.length * (ALPHABET.length - 1));
  });

  it('rejects every truncation', () => {
    for (let n = 0; n < code.length; n++) expect(decodeResult(code.slice(0, n)).ok).toBe(false);
  });
});
