// `npm run bench`: builds the game and a bare Phaser app, serves both on loopback, loads each cold in
// Chromium on an emulated slow network at several CPU throttling rates, plays the game, and prints
// medians with ratios game/bare and the targets. It prints figures; it asserts nothing.
import type { Browser } from 'playwright-core';
import { parseArgs } from './args';
import { launchChromium, throttledPage } from './browser';
import { buildBare, buildGame } from './build';
import { gameDriver } from './driver';
import { engineFigures } from './engine';
import { type LoadSample, measureLoad } from './load';
import { type PlayFigures, playSession } from './play';
import { PROBE_SCRIPT } from './probe';
import { formatReport, type LoadSet } from './report';
import { type StaticServer, serveStatic } from './server';

const root = process.cwd();
const log = (s: string) => process.stderr.write(`${s}\n`);

async function coldLoad(browser: Browser, url: string, mark: string, cpu: number, timeoutMs: number) {
  const bp = await throttledPage(browser, cpu);
  try {
    return await measureLoad(bp.page, url, mark, timeoutMs);
  } finally {
    await bp.context.close();
  }
}

/** Alternates bare and game loads so drift on the machine hits both alike. */
async function loadSet(
  browser: Browser,
  urls: { game: string; bare: string },
  cpu: number,
  runs: number,
  timeoutMs: number,
): Promise<LoadSet> {
  const set: LoadSet = { cpu, game: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    const b: LoadSample = await coldLoad(browser, urls.bare, 'first-frame', cpu, timeoutMs);
    const g: LoadSample = await coldLoad(browser, urls.game, 'menu-ready', cpu, timeoutMs);
    set.bare.push(b);
    set.game.push(g);
    log(
      `  ${cpu}× CPU run ${i + 1}/${runs}: bare ${Math.round(b.ms)} ms ${b.bytes} B · game ${Math.round(g.ms)} ms ${g.bytes} B`,
    );
  }
  return set;
}

async function plays(
  browser: Browser,
  url: string,
  cpu: number,
  n: number,
  timeoutMs: number,
): Promise<PlayFigures> {
  const bp = await throttledPage(browser, cpu, PROBE_SCRIPT);
  bp.page.setDefaultTimeout(timeoutMs);
  try {
    await measureLoad(bp.page, url, 'menu-ready', timeoutMs);
    const scenarios = await bp.page.locator('[data-open]').count();
    if (scenarios === 0) throw new Error('the menu shows no scenario to play');
    return await playSession(bp, gameDriver, n, scenarios);
  } finally {
    await bp.context.close();
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const closers: (() => Promise<unknown>)[] = [];
  const onSignal = () => void Promise.allSettled(closers.map((c) => c())).then(() => process.exit(130));
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    if (opts.build) {
      log('building the game and the bare Phaser app…');
      await buildGame(root);
      await buildBare(root);
    }
    const servers: StaticServer[] = [
      await serveStatic(`${root}/dist`),
      await serveStatic(`${root}/dist-bare`),
    ];
    closers.push(...servers.map((s) => () => s.close()));
    const urls = { game: servers[0]?.url ?? '', bare: servers[1]?.url ?? '' };
    const browser = await launchChromium();
    closers.unshift(() => browser.close());
    const sets: LoadSet[] = [];
    for (const cpu of opts.cpuRates) sets.push(await loadSet(browser, urls, cpu, opts.runs, opts.timeoutMs));
    const cpu = Math.max(...opts.cpuRates);
    log(`playing ${opts.plays} plays at ${cpu}× CPU…`);
    const play = await plays(browser, urls.game, cpu, opts.plays, opts.timeoutMs);
    const engine = opts.engine ? engineFigures(root) : '(skipped)';
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
