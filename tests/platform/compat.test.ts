// Saves and result codes recorded from the build before the engine's rewrite (a4d4daf) still
// restore and verify to exactly the state recorded then (tests/fixtures/compat/record.ts). If a
// scenario's content version changes, each must instead be refused with a clear reason.
import { describe, expect, it } from 'vitest';
import { restoreRun } from '../../src/engine';
import { decodeResult } from '../../src/platform/resultCode';
import { verifyResult } from '../../src/teacher/verify';
import recorded from '../fixtures/compat/a4d4daf.json' with { type: 'json' };
import { shippedScenarios } from '../support/runs';

const scenarios = new Map((await shippedScenarios()).map((c) => [c.scenario.id, c]));
type Fixture = (typeof recorded)[number] & Record<string, unknown>;
const all = recorded as Fixture[];

describe('saves from before the rewrite', () => {
  it.each(all.filter((f) => f.kind === 'save').map((f, i) => [i, f] as const))('save %i', (_, f) => {
    const c = scenarios.get(f.scenario as string);
    if (!c) throw new Error(`no scenario ${f.scenario}`);
    const save = JSON.parse(f.save as string);
    const r = restoreRun(c, save);
    if (save.contentVersion !== c.scenario.contentVersion) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe('contentVersion');
      return;
    }
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const want = f.expect as { node: string; vars: unknown; score: unknown; path: unknown };
    expect(r.value.node).toBe(want.node);
    expect(r.value.context.vars).toEqual(want.vars);
    expect(r.value.context.score).toEqual(want.score);
    expect(r.value.context.path).toEqual(want.path);
  });
});

describe('result codes from before the rewrite', () => {
  it.each(all.filter((f) => f.kind === 'code').map((f, i) => [i, f] as const))('code %i', (_, f) => {
    const decoded = decodeResult(f.code as string);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    const c = scenarios.get(decoded.value.scenario);
    if (!c) throw new Error('no scenario');
    const v = verifyResult(decoded.value, scenarios);
    if (decoded.value.contentVersion !== c.scenario.contentVersion) {
      expect(v.verified).toBe(false);
      return;
    }
    const want = f.expect as { ending: string; score: unknown; events: number };
    expect(v.verified).toBe(true);
    expect(decoded.value.mode).toBe(f.mode);
    expect(decoded.value.claim?.ending).toBe(want.ending);
    expect(decoded.value.claim?.score).toEqual(want.score);
  });
});
