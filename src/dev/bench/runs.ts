// The bench's measured sessions: cold loads of the bare app and of the game (then choosing the
// first scenario in the same cold page), and one long page that plays the game N times.
import type { Browser } from 'playwright-core';
import { gameDriver } from './driver';
import { type LoadSample, measureLoad } from './load';
import { type PlayFigures, type PlayOptions, playSession } from './play';
import { PROBE_SCRIPT, type Probe } from './probe';
import { throttledPage } from './throttle';

/** Function arguments, not strings: the game's CSP forbids eval, which string predicates need. */
const probe = () => (window as unknown as { __bench: Probe }).__bench;

export async function coldBare(
  browser: Browser,
  url: string,
  cpu: number,
  timeoutMs: number,
): Promise<LoadSample> {
  const bp = await throttledPage(browser, cpu);
  try {
    return await measureLoad(bp.page, url, 'first-frame', timeoutMs);
  } finally {
    await bp.context.close();
  }
}

/** Menu, then the first scenario chosen with nothing cached yet: the slow path a class meets. */
export async function coldGame(
  browser: Browser,
  url: string,
  cpu: number,
  timeoutMs: number,
): Promise<LoadSample> {
  const bp = await throttledPage(browser, cpu, PROBE_SCRIPT);
  bp.page.setDefaultTimeout(timeoutMs);
  try {
    const load = await measureLoad(bp.page, url, 'menu-ready', timeoutMs);
    await bp.page.evaluate(() => {
      (window as unknown as { __bench: Probe }).__bench.expect = 'scenario';
    });
    await gameDriver.open(bp.page, 0);
    // Awaited in the page like every other wait: polling would slow the stage being timed.
    await bp.page.evaluate(() =>
      (window as unknown as { __bench: Probe }).__bench.waitFor('mark', 'stage-ready', 0),
    );
    const p = await bp.page.evaluate(probe);
    return { ...load, scenarioMs: p.scenarioReady[0], stageMs: p.stageReady[0] };
  } finally {
    await bp.context.close();
  }
}

/** `o.plays` plays in one page at `cpu`× for click → node latency and heap growth. */
export async function plays(
  browser: Browser,
  url: string,
  cpu: number,
  o: PlayOptions,
  timeoutMs: number,
): Promise<PlayFigures> {
  const bp = await throttledPage(browser, cpu, PROBE_SCRIPT);
  bp.page.setDefaultTimeout(timeoutMs);
  try {
    await measureLoad(bp.page, url, 'menu-ready', timeoutMs);
    const scenarios = await bp.page.locator('[data-open]').count();
    if (scenarios === 0) throw new Error('the menu shows no scenario to play (build with --fixtures?)');
    return await playSession(bp, gameDriver, o, scenarios);
  } finally {
    await bp.context.close();
  }
}
