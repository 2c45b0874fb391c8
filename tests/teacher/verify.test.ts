// Verification: honest codes pass; tampered logs, tampered claims and other content versions fail
// with a reason a teacher can act on.
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, compile } from '../../src/engine';
import { decodeResult, encodeResult, type ResultData } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import { choiceCounts, verifyResult } from '../../src/teacher/verify';
import { fixture } from '../engine/fixture';
import { finishedRun, fixtureCompiled, studentMeta } from '../support/runs';

const shipped = new Map<string, CompiledScenario>([['fixture', fixtureCompiled]]);
const meta = studentMeta;
const honest = (): ResultData => resultFromRun(finishedRun(), meta);
const failureOf = (d: ResultData) => verifyResult(d, shipped).failure;

describe('verifyResult', () => {
  it('verifies an honest result and recomputes ending, score, quiz and time', () => {
    const decoded = decodeResult(encodeResult(honest()));
    if (!decoded.ok) throw new Error('decode');
    const v = verifyResult(decoded.value, shipped);
    expect(v).toMatchObject({
      verified: true,
      ending: 'end_quiet',
      score: { knowledge: 1, judgment: 1 },
      quiz: { right: 1, asked: 1 },
      seconds: 125,
      choices: [
        { node: 'd1', choice: 'media' },
        { node: 'd2', choice: 'talk' },
      ],
    });
    expect(v.failure).toBeUndefined();
  });

  it('verifies a result without a claim by replay alone', () => {
    expect(verifyResult({ ...honest(), claim: undefined }, shipped).verified).toBe(true);
  });

  it('fails a claimed score the replay does not reach', () => {
    const d = honest();
    const claim = { ending: 'end_quiet', score: { knowledge: 1, judgment: 3 } };
    expect(failureOf({ ...d, claim })).toEqual({ kind: 'score', axis: 'judgment', claimed: 3, actual: 1 });
  });

  it('fails a claimed ending the replay does not reach', () => {
    const claim = { ending: 'end_hist', score: { knowledge: 1, judgment: 1 } };
    expect(failureOf({ ...honest(), claim })).toEqual({
      kind: 'ending',
      claimed: 'end_hist',
      actual: 'end_quiet',
    });
  });

  it('fails a tampered log (a choice that was not available)', () => {
    const d = honest();
    const events = d.events.map((e) =>
      e.type === 'choice.select' && e.choice === 'talk' ? { ...e, choice: 'un' } : e,
    );
    expect(failureOf({ ...d, events })?.kind).toBe('replay');
  });

  it('fails a log that changed the seed (same events, other shuffle is fine, other path is not)', () => {
    const d = honest();
    expect(verifyResult({ ...d, seed: d.seed + 1 }, shipped).verified).toBe(true);
    const events = d.events.slice(0, -1);
    expect(failureOf({ ...d, events })).toEqual({ kind: 'unfinished' });
  });

  it('reports another content version clearly', () => {
    const v2 = { ...fixture(), contentVersion: 4 };
    const other = new Map([['fixture', compile(v2)]]);
    expect(verifyResult(honest(), other).failure).toEqual({
      kind: 'contentVersion',
      scenario: 'fixture',
      found: 3,
      shipped: 4,
    });
  });

  it('reports a scenario this site does not ship', () => {
    expect(failureOf({ ...honest(), scenario: 'nope' })).toEqual({
      kind: 'unknownScenario',
      scenario: 'nope',
    });
  });
});

describe('choiceCounts', () => {
  it('counts verified students per choice and ignores failed rows', () => {
    const ok = verifyResult(honest(), shipped);
    const bad = verifyResult({ ...honest(), claim: { ending: 'x', score: {} } }, shipped);
    const counts = choiceCounts([ok, ok, bad]);
    expect(counts.get('d1')?.get('media')).toBe(2);
    expect(counts.get('d2')?.get('talk')).toBe(2);
    expect(counts.get('d1')?.get('law')).toBeUndefined();
  });
});
