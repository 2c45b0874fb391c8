// `npm run bench`: builds the game and a bare Phaser app, serves both on loopback, loads each cold in
// Chromium on an emulated slow network at several CPU throttling rates, plays the game, and prints
// medians with ratios game/bare and the targets. It prints figures; it asserts nothing.
import type { Browser } from 'playwright-core';
import { parseArgs } from './args';
import { launchChromium } from './browser';
import { buildBare, buildGame } from './build';
import { engineFigures } from './engine';
import { formatReport, type LoadSet } from './report';
import { coldBare, coldGame, plays } from './runs';
import { type StaticServer, serveStatic } from './server';

const root = process.cwd();
const log = (s: string) => process.stderr.write(`${s}\n`);
const urls = { game: '', bare: '' };

/** Alternates bare and game loads so drift on the machine hits both alike. */
async function loadSet(browser: Browser, cpu: number, runs: number, timeoutMs: number): Promise<LoadSet> {
  const set: LoadSet = { cpu, game: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    const b = await coldBare(browser, urls.bare, cpu, timeoutMs);
    const g = await coldGame(browser, urls.game, cpu, timeoutMs);
    set.bare.push(b);
    set.game.push(g);
    const r = (x = 0) => Math.round(x);
    log(
      `  ${cpu}× CPU ${i + 1}/${runs}: bare ${r(b.ms)} ms ${b.bytes} B · game menu ${r(g.ms)} ms ${g.bytes} B, scenario ${r(g.scenarioMs)} ms, stage ${r(g.stageMs)} ms`,
    );
  }
  return set;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const closers: (() => Promise<unknown>)[] = [];
  const onSignal = () => void Promise.allSettled(closers.map((c) => c())).then(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    // First, on a machine free of the bench's own work: afterwards its Chromium (and the game page
    // left open at the menu) would still be running beside these CPU-bound timings.
    if (opts.engine) log('engine figures (npm run bench:engine)…');
    const engine = opts.engine ? engineFigures(root) : '(skipped)';
    if (opts.build) {
      log(`building the game${opts.fixtures ? ' (with test fixtures)' : ''} and the bare Phaser app…`);
      await buildGame(root, 'dist', opts.fixtures);
      if (!opts.onlyPlay) await buildBare(root);
    }
    const servers: StaticServer[] = [
      await serveStatic(`${root}/dist`),
      ...(opts.onlyPlay ? [] : [await serveStatic(`${root}/dist-bare`)]),
    ];
    closers.push(...servers.map((s) => () => s.close()));
    urls.game = servers[0]?.url ?? '';
    urls.bare = servers[1]?.url ?? '';
    const browser = await launchChromium();
    closers.unshift(() => browser.close());
    const sets: LoadSet[] = [];
    if (!opts.onlyPlay)
      for (const cpu of opts.cpuRates) sets.push(await loadSet(browser, cpu, opts.runs, opts.timeoutMs));
    const cpu = Math.max(...opts.cpuRates);
    log(`playing ${opts.plays} plays in one page at ${cpu}× CPU…`);
    const play = await plays(browser, urls.game, cpu, opts, opts.timeoutMs);
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    console.log(
      `\nPrecedent bench, ${when} UTC — network 1.6 Mbit/s down, 750 kbit/s up, 150 ms; cache off\n`,
    );
    console.log(formatReport(sets, play, cpu, opts.runs));
    console.log(
      `\nplays: ${play.plays}, choices made: ${play.steps}\n\nengine (npm run bench:engine):\n${engine}`,
    );
  } finally {
    await Promise.allSettled(closers.map((c) => c()));
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
