// The class table's rows: each decoded on its own (a failing row never breaks the others), the
// same play under another name flagged, and codes checked against the assignment they carry.
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine';
import { encodeResult } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import type { AssignmentRecord } from '../../src/teacher/assignments';
import { type Labels, notesText } from '../../src/teacher/resultsCells';
import { classResults, rowsFrom } from '../../src/teacher/resultsModel';
import { finishedRun, fixtureCompiled, studentMeta } from '../support/runs';

const shipped = new Map<string, CompiledScenario>([['fixture', fixtureCompiled]]);
const meta = { ...studentMeta, mode: 'assessment' as const };
const data = resultFromRun(finishedRun(), { ...meta, assignment: 'A1' });
const labels: Labels = { t: (k, p) => `${k}${p ? JSON.stringify(p) : ''}`, sx: (_c, k) => k };
const assignment = (mode: 'practice' | 'assessment'): AssignmentRecord => ({
  id: 'A1',
  scenario: 'fixture',
  seat: 'x',
  mode,
  classLabel: '9A',
  created: 0,
});

describe('rowsFrom', () => {
  it('flags the same play under another name as the same play as row N', () => {
    const rows = rowsFrom([encodeResult(data), 'junk', encodeResult({ ...data, name: 'Aram' })], shipped);
    expect(rows.map((r) => r.samePlayAs)).toEqual([undefined, undefined, 1]);
    expect(notesText(rows[2] as (typeof rows)[number], shipped, labels)).toContain(
      'results.flag.samePlay{"n":1}',
    );
    // A different seed is a different play, even with the same choices.
    const reseeded = rowsFrom([encodeResult(data), encodeResult({ ...data, seed: data.seed + 1 })], shipped);
    expect(reseeded[1]?.samePlayAs).toBeUndefined();
  });

  it('counts each verified play once in the class figures', () => {
    const renamed = encodeResult({ ...data, name: 'Aram' });
    const forged = encodeResult({
      ...data,
      name: 'Gor',
      seed: data.seed + 1,
      claim: { ending: 'x', score: {} },
    });
    const rows = rowsFrom([encodeResult(data), renamed, forged, 'junk'], shipped);
    expect(classResults(rows).map((r) => r.data.name)).toEqual(['Ani']);
  });

  it('flags a code from another assignment, and one played in another mode than the link fixed', () => {
    const code = encodeResult(data);
    expect(rowsFrom([code], shipped, new Map([['A1', assignment('assessment')]]))[0]?.flags).toEqual([]);
    expect(rowsFrom([code], shipped)[0]?.flags).toEqual([{ kind: 'otherAssignment' }]);
    const practice = encodeResult({ ...data, mode: 'practice' });
    expect(rowsFrom([practice], shipped, new Map([['A1', assignment('assessment')]]))[0]?.flags).toEqual([
      { kind: 'mode', played: 'practice', expected: 'assessment' },
    ]);
  });

  it('flags a code played in another scenario than its assignment link named', () => {
    const standoff = { ...assignment('assessment'), scenario: 'standoff' };
    expect(rowsFrom([encodeResult(data)], shipped, new Map([['A1', standoff]]))[0]?.flags).toEqual([
      { kind: 'otherScenario', expected: 'standoff' },
    ]);
  });

  it('keeps every other row when one row throws while it is checked', () => {
    const hostile = new Map(shipped);
    const throwing = new Proxy(hostile, {
      get(target, prop) {
        if (prop === 'get')
          return (id: string) => {
            if (id === 'boom') throw new RangeError('Invalid array length');
            return target.get(id);
          };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const rows = rowsFrom([encodeResult({ ...data, scenario: 'boom' }), encodeResult(data)], throwing);
    expect(rows[0]?.error).toEqual({ kind: 'internal' });
    expect(rows[1]?.result?.verified).toBe(true);
  });
});
