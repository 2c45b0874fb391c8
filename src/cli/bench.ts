// `npm run bench`: builds the game and a bare Phaser app, serves both on loopback, loads each cold in
// Chromium on an emulated slow network at several CPU throttling rates, plays the game, and prints
// medians with ratios game/bare and the targets, then Lighthouse's scores of the game and teacher
// pages. It prints figures; it asserts nothing.
import type { Browser } from 'playwright-core';
import { parseArgs } from '../dev/bench/args';
import { engineFigures } from '../dev/bench/engine';
import { formatLighthouse, lighthouseScores } from '../dev/bench/lighthouse';
import { formatReport, type LoadSet } from '../dev/bench/report';
import { coldBare, coldGame, plays } from '../dev/bench/runs';
import { buildBare, buildGame } from '../dev/browser/build';
import { launchChromium } from '../dev/browser/chromium';
import { type StaticServer, serveStatic } from '../dev/browser/server';

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
      if (!opts.onlyPlay && !opts.onlyLighthouse) await buildBare(root);
    }
    const servers: StaticServer[] = [
      await serveStatic(`${root}/dist`, { gzip: true }),
      ...(opts.onlyPlay || opts.onlyLighthouse
        ? []
        : [await serveStatic(`${root}/dist-bare`, { gzip: true })]),
    ];
    closers.push(...servers.map((s) => () => s.close()));
    urls.game = servers[0]?.url ?? '';
    urls.bare = servers[1]?.url ?? '';
    // Before the bench's own Chromium starts: Lighthouse drives a Chromium of its own.
    let lighthouse = '(skipped)';
    if (opts.lighthouse || opts.onlyLighthouse) {
      log('Lighthouse (mobile) on the game and the teacher page…');
      const pages = [
        { page: 'game', url: urls.game },
        { page: 'teacher', url: `${urls.game}teacher.html` },
      ];
      lighthouse = formatLighthouse(await lighthouseScores(pages));
    }
    if (opts.onlyLighthouse) {
      console.log(`\nLighthouse 13, mobile settings:\n\n${lighthouse}`);
      return;
    }
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
    console.log(`\nLighthouse 13, mobile settings:\n\n${lighthouse}`);
  } finally {
    await Promise.allSettled(closers.map((c) => c()));
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
