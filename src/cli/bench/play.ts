// Plays scenarios through the real UI like a student (clicks), collecting the probe's figures:
// click → scenario-ready, click → node drawn and painted, and the heap after 1 and after N plays.
import type { Page } from 'playwright-core';
import type { BenchPage } from './browser';
import { heapAfterGc } from './browser';
import type { Probe } from './probe';

/** How to drive the game's DOM; the selectors are the game's own data attributes. */
export interface Driver {
  /** From the menu, click whatever starts scenario `index` (the click timed to 'scenario-ready'). */
  open(page: Page, index: number): Promise<void>;
  /** Click one choice (or answer) on the current node; false when the node is an ending. */
  step(page: Page): Promise<boolean>;
  /** From an ending back to the menu. */
  toMenu(page: Page): Promise<void>;
}

export interface PlayFigures {
  scenarioReadyMs: number[];
  latenciesMs: number[];
  heapAfter1: number;
  heapAfterN: number;
  plays: number;
  steps: number;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
const expectNext = (page: Page, what: Probe['expect']) =>
  page.evaluate((w) => {
    (window as unknown as { __bench: Probe }).__bench.expect = w;
  }, what);

/** Clicks through one whole play; returns the number of choices made. */
async function playOnce(page: Page, driver: Driver, index: number, guard: number): Promise<number> {
  await expectNext(page, 'scenario');
  const before = (await probe(page)).scenarioReady.length;
  await driver.open(page, index);
  await page.waitForFunction(
    (n) => (window as unknown as { __bench: Probe }).__bench.scenarioReady.length > n,
    before,
  );
  let steps = 0;
  for (;;) {
    const seen = (await probe(page)).latencies.length;
    await expectNext(page, 'choice');
    if (!(await driver.step(page))) break;
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: Probe }).__bench.latencies.length > n,
      seen,
    );
    if (++steps > guard) throw new Error(`play did not end within ${guard} choices`);
  }
  await expectNext(page, '');
  await driver.toMenu(page);
  return steps;
}

/** `plays` plays in one page (alternating scenarios), heap measured after the first and the last. */
export async function playSession(
  bp: BenchPage,
  driver: Driver,
  plays: number,
  scenarios: number,
): Promise<PlayFigures> {
  let steps = 0;
  let heapAfter1 = 0;
  for (let i = 0; i < plays; i++) {
    steps += await playOnce(bp.page, driver, i % scenarios, 500);
    if (i === 0) heapAfter1 = await heapAfterGc(bp.cdp);
  }
  const heapAfterN = await heapAfterGc(bp.cdp);
  const p = await probe(bp.page);
  return { scenarioReadyMs: p.scenarioReady, latenciesMs: p.latencies, heapAfter1, heapAfterN, plays, steps };
}
