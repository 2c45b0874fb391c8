// Command-line options of `npm run bench`.

export interface BenchOptions {
  runs: number;
  cpuRates: number[];
  plays: number;
  thinkPlays: number;
  thinkMs: number;
  build: boolean;
  engine: boolean;
  fixtures: boolean;
  /** Skip the cold loads; only the plays (click → node latency, heap). */
  onlyPlay: boolean;
  /** Lighthouse on the built game and teacher pages (mobile settings). */
  lighthouse: boolean;
  /** Only the Lighthouse scores: no cold loads, no plays. */
  onlyLighthouse: boolean;
  timeoutMs: number;
}

const HELP = `usage: npm run bench -- [--quick] [--runs N] [--cpu 1,4] [--plays N] [--no-build] [--no-engine] [--only-play]
  --quick      2 runs per condition, 5 plays (1 with pauses) (a smoke run, not figures to publish)
  --runs N     cold loads per app and CPU rate (default 5)
  --cpu LIST   CPU throttling rates (default 1,4)
  --plays N    plays in one page for latency and heap growth (default 20)
  --think N    reading pause before each click, ms, in the first 2 plays (default 4000)
  --no-build   reuse dist/ and dist-bare/
  --no-engine  skip the engine figures (npm run bench:engine)
  --only-play  skip the cold loads, only the plays (latency, heap)
  --no-lighthouse    skip the Lighthouse scores of the game and teacher pages
  --only-lighthouse  only the Lighthouse scores (with the build unless --no-build)
  --fixtures   build with the browser-test fixture scenario too (PRECEDENT_FIXTURES=1)`;

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} needs a positive integer, got ${value}\n${HELP}`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    runs: 5,
    cpuRates: [1, 4],
    plays: 20,
    thinkPlays: 2,
    thinkMs: 4000,
    build: true,
    engine: true,
    fixtures: false,
    onlyPlay: false,
    lighthouse: true,
    onlyLighthouse: false,
    timeoutMs: 90_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') Object.assign(o, { runs: 2, plays: 5, thinkPlays: 1 });
    else if (a === '--runs') o.runs = positiveInt(a, argv[++i]);
    else if (a === '--plays') o.plays = positiveInt(a, argv[++i]);
    else if (a === '--cpu') o.cpuRates = (argv[++i] ?? '').split(',').map((x) => positiveInt(a, x));
    else if (a === '--think') o.thinkMs = positiveInt(a, argv[++i]);
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-engine') o.engine = false;
    else if (a === '--fixtures') o.fixtures = true;
    else if (a === '--only-play') o.onlyPlay = true;
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--only-lighthouse') Object.assign(o, { onlyLighthouse: true, engine: false });
    else if (a === '--help' || a === '-h') throw new Error(HELP);
    else throw new Error(`unknown option ${a}\n${HELP}`);
  }
  return o;
}
