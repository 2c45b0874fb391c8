// Prints the bench figures as a Markdown table (pasteable into docs/performance.md): medians of the
// game, of the bare Phaser app, their ratio and the target beside each.
import type { LoadSample } from './load';
import type { PlayFigures } from './play';
import { median, percentile } from './stats';

export interface LoadSet {
  cpu: number;
  game: LoadSample[];
  bare: LoadSample[];
}

type Row = [figure: string, game: string, bare: string, ratio: string, target: string, ok: boolean | null];

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const ms = (x: number) => `${Math.round(x)} ms`;
/** Growth from `a` to `b` as a fraction of `a`. */
const growth = (a: number, b: number) => (b - a) / a;
/** The same in per cent, signed. */
const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(growth(a, b) * 100).toFixed(1)} %`;
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? 'ok' : 'OVER');

function loadRows(sets: LoadSet[]): Row[] {
  if (sets.length === 0) return []; // --only-play
  const all = sets.flatMap((s) => s.game.map((g) => g.bytes));
  const allBare = sets.flatMap((s) => s.bare.map((g) => g.bytes));
  const bytesRatio = median(all) / median(allBare);
  const rows: Row[] = [
    [
      'bytes on the wire until first screen',
      kB(median(all)),
      kB(median(allBare)),
      bytesRatio.toFixed(2),
      '≤ 1.15',
      bytesRatio <= 1.15,
    ],
  ];
  for (const s of sets) {
    const [g, b] = [median(s.game.map((x) => x.ms)), median(s.bare.map((x) => x.ms))];
    rows.push([
      `time to menu-ready vs bare first frame, ${s.cpu}× CPU`,
      ms(g),
      ms(b),
      (g / b).toFixed(2),
      '≤ 1.0',
      g / b <= 1,
    ]);
  }
  for (const s of sets) {
    const panel = median(s.game.map((x) => x.scenarioMs ?? Number.NaN));
    const stage = median(s.game.map((x) => x.stageMs ?? Number.NaN));
    rows.push([
      `start scenario → scenario-ready (panel), cold, ${s.cpu}× CPU`,
      ms(panel),
      '–',
      '–',
      '–',
      null,
    ]);
    rows.push([
      `start scenario → stage-ready (Phaser map), cold, ${s.cpu}× CPU`,
      ms(stage),
      '–',
      '–',
      '–',
      null,
    ]);
  }
  return rows;
}

function playRows(p: PlayFigures, cpu: number): Row[] {
  const p95 = percentile(p.latenciesMs, 95);
  const rapid = percentile(p.rapidMs, 95);
  const objects1 = p.splitAfter1.objects;
  const objectsN = p.splitAfterN.objects;
  return [
    [
      `choice → next node painted, p95 of ${p.latenciesMs.length}, reading pauses, ${cpu}× CPU (${p.prepared} pages prepared ahead)`,
      `${ms(p95)} (median ${ms(median(p.latenciesMs))})`,
      '–',
      '–',
      '≤ 50 ms',
      p95 <= 50,
    ],
    [
      `same, clicking as fast as possible (one play), p95 of ${p.rapidMs.length} (${p.rapidPrepared} prepared)`,
      `${ms(rapid)} (median ${ms(median(p.rapidMs))})`,
      '–',
      '–',
      '–',
      null,
    ],
    [
      `JS heap used after 1 → ${p.plays} plays (objects and V8's compiled code)`,
      `${kB(p.heapAfter1)} → ${kB(p.heapAfterN)}`,
      '–',
      pct(p.heapAfter1, p.heapAfterN),
      '≤ 5 %',
      growth(p.heapAfter1, p.heapAfterN) <= 0.05,
    ],
    [
      '  heap snapshot: objects the page holds, compiled code left out (a leak shows here)',
      `${kB(objects1)} → ${kB(objectsN)}`,
      '–',
      pct(objects1, objectsN),
      '≤ 5 %',
      growth(objects1, objectsN) <= 0.05,
    ],
    [
      '  heap snapshot: V8 compiled code (functions optimised as they got hot; levels off)',
      `${kB(p.splitAfter1.code)} → ${kB(p.splitAfterN.code)}`,
      '–',
      pct(p.splitAfter1.code, p.splitAfterN.code),
      '–',
      null,
    ],
  ];
}

export function formatReport(sets: LoadSet[], play: PlayFigures | null, cpu: number, runs: number): string {
  const rows = [...loadRows(sets), ...(play ? playRows(play, cpu) : [])];
  const lines = [
    `| figure (median of ${runs} cold loads each) | game | bare Phaser | ratio | target | |`,
    '|---|---|---|---|---|---|',
    ...rows.map(([f, g, b, r, t, ok]) => `| ${f} | ${g} | ${b} | ${r} | ${t} | ${mark(ok)} |`),
  ];
  return lines.join('\n');
}
