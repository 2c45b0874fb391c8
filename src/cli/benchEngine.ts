// `npm run bench:engine`: times validation, exploration, compilation and play steps on generated
// scenarios of 1,000 and 10,000 nodes (median of several runs) and prints each figure beside its
// target, plus the 10k/1k ratios that show whether costs grow linearly.

import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchScenario } from '../dev/benchScenario';
import {
  check,
  compile,
  correctAnswer,
  explore,
  type Scenario,
  startRun,
  validate,
  walkHistory,
} from '../engine';

const RUNS = 5;
const STEPS = 5_000;
const SIZES = [1_000, 10_000] as const;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

// Collect the previous run's garbage before each timed run, so a run is not charged for the
// major collection of the machines built before it (a one-off compile never pays that).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function time(f: () => void, runs = RUNS): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Microseconds per step over a long walk: first available choice, right answers, restarts. */
function stepCost(s: Scenario): number {
  const c = compile(s);
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let run = startRun(c, r + 1);
    let k = 0;
    const t0 = performance.now();
    for (let i = 0; i < STEPS; i++) {
      if (run.done) {
        run.stop();
        run = startRun(c, i);
      }
      const n = c.nodes.get(run.node);
      if (!n) break;
      const kind = n.node.kind;
      if (kind === 'decision') {
        // Rotate through the available choices so every kind of edge is exercised.
        const open = n.node.choices.filter((ch) => run.can({ type: 'choice.select', choice: ch.id }));
        const pick = open[k++ % Math.max(1, open.length)];
        if (!pick) break;
        run.send({ type: 'choice.select', choice: pick.id });
      } else if (kind === 'check') {
        const item = c.items.get(n.node.item);
        if (item) run.send({ type: 'quiz.answer', item: item.id, answer: correctAnswer(item) });
      } else run.send({ type: 'node.continue' });
      run.view();
    }
    runs.push(((performance.now() - t0) * 1000) / STEPS);
    run.stop();
  }
  return median(runs);
}

interface Row {
  name: string;
  unit: string;
  /** Rows without a target break a targeted figure down. */
  target?: number;
  values: number[];
}

function main(): void {
  const rows: Row[] = [
    // check() validates and compiles once; the rows under it break it down.
    { name: 'validate + compile', unit: 'ms', target: 120, values: [] },
    { name: '  compile alone', unit: 'ms', values: [] },
    { name: '  historical walk', unit: 'ms', values: [] },
    { name: '  XState machine (4 phase states)', unit: 'ms', values: [] },
    { name: 'explore (conditions evaluated)', unit: 'ms', target: 2000, values: [] },
    { name: 'step (send + view)', unit: 'µs', target: 50, values: [] },
  ];
  for (const size of SIZES) {
    const s = benchScenario(size);
    const problems = validate(s, { fileName: s.id }).filter((d) => d.severity === 'error');
    if (problems.length > 0) throw new Error(`generated scenario is invalid: ${problems[0]?.message}`);
    const c = compile(s);
    const [both, k, v, m, x, st] = rows as [Row, Row, Row, Row, Row, Row];
    both.values.push(
      time(() => {
        if (!check(s, { fileName: s.id, explore: false }).compiled) throw new Error('not compiled');
      }),
    );
    k.values.push(time(() => compile(s)));
    v.values.push(time(() => walkHistory(c, { log: false })));
    // `provide` builds a new StateMachine from the same config: XState's own share of compile.
    m.values.push(time(() => c.machine.provide({})));
    x.values.push(time(() => explore(c), 3));
    st.values.push(stepCost(s));
    console.log(`${size} nodes (${Object.keys(s.nodes).length} generated): measured`);
  }
  const load = loadavg().map((x) => x.toFixed(1));
  console.log(
    `\nmedian of ${RUNS} runs (heap collected before each); ${STEPS} steps per step run; ` +
      `${cpus().length} cores, load average ${load.join(' / ')} (1 / 5 / 15 min): times grow with load\n`,
  );
  const pad = (x: string, n: number) => x.padEnd(n);
  console.log(
    `${pad('', 36)}${pad('1k', 12)}${pad('10k', 12)}${pad('target (10k)', 18)}10k/1k (target ≤ 12)`,
  );
  for (const r of rows) {
    const [a, b] = r.values as [number, number];
    const ratio = b / a;
    const goal = r.target === undefined ? '' : `< ${r.target} ${r.unit} ${b <= r.target ? 'ok' : 'OVER'}`;
    // The ratio target is the targeted figure's; breakdown rows show their ratio without a verdict.
    const rOk = r.target === undefined ? '' : r.unit === 'µs' || ratio <= 12 ? 'ok' : 'OVER';
    const fmt = (n: number) => `${n.toFixed(r.unit === 'µs' ? 1 : 0)} ${r.unit}`;
    console.log(
      `${pad(r.name, 36)}${pad(fmt(a), 12)}${pad(fmt(b), 12)}${pad(goal, 18)}${ratio.toFixed(1)} ${rOk}`.trimEnd(),
    );
  }
  console.log('\nper-step cost should not grow with size (ratio near 1).');
}

try {
  main();
} catch (e) {
  console.error(`internal error, please report: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
