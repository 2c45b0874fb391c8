// Reasons on the teacher page: verification replays the reasons a code carries, counts them per
// decision for the table beside the heatmap, and writes them into the CSV; a code from content
// version 3 (before reasons) is refused with the version sentence, never shown as a wrong play.
import { describe, expect, it } from 'vitest';
import { historicalPlay, replay } from '../../src/engine';
import { decodeResult, encodeResult, type ResultData } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import { failureText, resultsCsv } from '../../src/teacher/resultsCells';
import { rowsFrom } from '../../src/teacher/resultsModel';
import { reasonCounts, verifyResult } from '../../src/teacher/verify';
import { shippedScenarios, studentMeta } from '../support/runs';

const [c] = (await shippedScenarios()).filter((x) => x.scenario.id === 'appeal');
if (!c) throw new Error('no appeal');
const shipped = new Map([[c.scenario.id, c]]);
const labels = {
  t: (k: string, p?: Record<string, unknown>) => `${k}${p ? JSON.stringify(p) : ''}`,
  sx: (_: unknown, k: string) => `<${k}>`,
};

function played(): ResultData {
  const run = replay(c as NonNullable<typeof c>, 99, historicalPlay(c as NonNullable<typeof c>).log);
  if (!run.ok) throw new Error('replay');
  return resultFromRun(run.value, studentMeta);
}

describe('reasons in verified results', () => {
  const data = played();
  const given = data.events.flatMap((e) => (e.type === 'reason.select' ? [e.reason] : []));

  it('replays each reason with its decision and choice, and counts them per decision', () => {
    expect(given.length).toBeGreaterThanOrEqual(3);
    const decoded = decodeResult(encodeResult(data));
    if (!decoded.ok) throw new Error('decode');
    const v = verifyResult(decoded.value, shipped);
    expect(v.verified).toBe(true);
    expect(v.reasons.map((r) => r.reason)).toEqual(given);
    for (const r of v.reasons) expect(c?.nodes.get(r.node)?.node.kind).toBe('decision');
    const counts = reasonCounts([v, v]);
    const first = v.reasons[0];
    expect(counts.get(first?.node ?? '')?.get(first?.reason ?? '')).toBe(2);
  });

  it('writes the reasons given into the CSV, in the teacher language, as the last column', () => {
    const csv = resultsCsv(rowsFrom([encodeResult(data)], shipped), shipped, [], labels);
    const [head, row] = csv.replace('\uFEFF', '').split('\r\n');
    expect(head?.endsWith('results.col.reasons')).toBe(true);
    const v = verifyResult(data, shipped);
    for (const r of v.reasons)
      expect(row).toContain(`${r.node}: <nodes.${r.node}.reasons.${r.reason}.label>`);
  });

  it('refuses a code of content version 3 (before reasons) with the version sentence', () => {
    const old = verifyResult({ ...data, contentVersion: 3 }, shipped);
    expect(old.verified).toBe(false);
    expect(old.failure).toMatchObject({ kind: 'contentVersion', found: 3, shipped: 4 });
    expect(failureText(old.failure as NonNullable<typeof old.failure>, shipped, labels, 'appeal')).toContain(
      'results.fail.contentVersion',
    );
    expect(old.reasons).toEqual([]);
  });
});
