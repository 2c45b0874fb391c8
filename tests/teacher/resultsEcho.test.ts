// The class table echoes what a student's code carries (name, class, an unknown scenario id):
// each cell is safe to show, bidi, zero-width and control characters as \u escapes, so a code
// cannot make a row read as another student's. Also pins which columns are only claimed.
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, hasUnsafeChars, safeEcho } from '../../src/engine';
import { encodeResult } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import { axesOf, CLAIMED, cells, header, type Labels } from '../../src/teacher/resultsCells';
import { rowsFrom } from '../../src/teacher/resultsModel';
import { finishedRun, fixtureCompiled, studentMeta } from '../support/runs';

const shipped = new Map<string, CompiledScenario>([['fixture', fixtureCompiled]]);
// JSON.stringify leaves U+202E and U+200B raw, so the stub shows whatever the code reaches it with.
const labels: Labels = { t: (k, p) => `${k}${p ? JSON.stringify(p) : ''}`, sx: (_c, k) => k };
const axes = axesOf([fixtureCompiled], labels);
const data = resultFromRun(finishedRun(), studentMeta);
// A right-to-left override and a zero-width space: "Ani" that displays reversed and split.
const HIDE = 'A\u202en\u200bi';

describe('the class table echoes code text safely', () => {
  const rows = rowsFrom(
    [encodeResult({ ...data, name: HIDE, classLabel: HIDE }), encodeResult({ ...data, scenario: HIDE })],
    shipped,
  );
  const [own, other] = rows.map((r) => cells(r, shipped, axes, labels)) as [string[], string[]];

  it('shows a hostile name and class as escapes', () => {
    expect(own.slice(1, 3)).toEqual([safeEcho(HIDE), safeEcho(HIDE)]);
    expect(safeEcho(HIDE)).toBe('A\\u202en\\u200bi');
  });

  it('shows an unknown scenario id as escapes, in its cell and in the status', () => {
    expect(other[1 + CLAIMED.length]).toBe(safeEcho(HIDE));
    expect(other.join('|')).toContain(
      `results.fail.unknownScenario${JSON.stringify({ scenario: safeEcho(HIDE) })}`,
    );
    for (const cell of other) expect(hasUnsafeChars(cell), cell).toBe(false);
  });

  it('leaves no unsafe character in any cell', () => {
    for (const cell of own) expect(hasUnsafeChars(cell), cell).toBe(false);
  });

  it('groups exactly name, class, mode, date and time as claimed, before the verified columns', () => {
    expect(CLAIMED).toEqual(['name', 'class', 'mode', 'date', 'time']);
    expect(header(axes, labels).slice(1, 1 + CLAIMED.length + 1)).toEqual([
      ...CLAIMED.map((k) => `results.col.${k}`),
      'results.col.scenario',
    ]);
  });
});
