// Plays scenarios through the real UI like a student (clicks), collecting the probe's figures:
// click → node drawn and painted, and the heap after 1 and after N plays in one page.
import type { Page } from 'playwright-core';
import { type HeapSplit, heapSplit } from './heapSnapshot';
import type { Probe } from './probe';
import { type BenchPage, heapAfterGc } from './throttle';

/** How to drive the game's DOM; the selectors are the game's own data attributes. */
export interface Driver {
  /** From the menu, choose scenario `index` and start it (the start click is timed to 'scenario-ready'). */
  open(page: Page, index: number): Promise<void>;
  /** Click one choice (or answer, or continue) on the current node; false when the node is an ending. */
  step(page: Page): Promise<boolean>;
  /** From an ending back to the menu. */
  toMenu(page: Page): Promise<void>;
}

export interface PlayOptions {
  plays: number;
  /** The first `thinkPlays` plays pause `thinkMs` before each click, as a reading student does. */
  thinkPlays: number;
  thinkMs: number;
}

export interface PlayFigures {
  /** Click → next node painted, with reading pauses (the student's case). */
  latenciesMs: number[];
  /** How many of those steps showed a page prepared while the student read. */
  prepared: number;
  /** The same for the fast play. */
  rapidPrepared: number;
  /** The same with clicks as fast as the driver can go. */
  rapidMs: number[];
  /** Used JS heap after play 1 and after the last play, read after that moment's snapshot. */
  heapAfter1: number;
  heapAfterN: number;
  /** The same two moments from heap snapshots: compiled code apart from the objects held. */
  splitAfter1: HeapSplit;
  splitAfterN: HeapSplit;
  /** Heap after each play. */
  heaps: number[];
  plays: number;
  steps: number;
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
const expectNext = (page: Page, what: Probe['expect']) =>
  page.evaluate((w) => {
    (window as unknown as { __bench: Probe }).__bench.expect = w;
  }, what);

/** Clicks through one whole play; returns the latencies of its choices and how many were prepared. */
async function playOnce(
  page: Page,
  driver: Driver,
  index: number,
  thinkMs: number,
): Promise<{ lat: number[]; prepared: number }> {
  await expectNext(page, 'scenario');
  await driver.open(page, index);
  const { latencies, prepared } = await probe(page);
  const start = latencies.length;
  for (let steps = 0; ; steps++) {
    if (steps > 500) throw new Error('play did not end within 500 choices');
    if (thinkMs > 0) await page.waitForTimeout(thinkMs);
    const seen = (await probe(page)).latencies.length;
    await expectNext(page, 'choice');
    if (!(await driver.step(page))) break;
    await page.evaluate(
      (n) => (window as unknown as { __bench: Probe }).__bench.waitFor('latency', '', n),
      seen,
    );
  }
  await expectNext(page, '');
  await driver.toMenu(page);
  const end = await probe(page);
  return { lat: end.latencies.slice(start), prepared: end.prepared - prepared };
}

/**
 * `o.plays` plays in one page (alternating scenarios): the first `thinkPlays` with reading pauses,
 * one clicking fast, all at the page's CPU rate; the rest only grow the heap, so they run
 * unthrottled to save time. Heap measured after the first play and after the last.
 */
export async function playSession(
  bp: BenchPage,
  driver: Driver,
  o: PlayOptions,
  scenarios: number,
): Promise<PlayFigures> {
  const f: PlayFigures = {
    latenciesMs: [],
    prepared: 0,
    rapidPrepared: 0,
    rapidMs: [],
    heapAfter1: 0,
    heapAfterN: 0,
    splitAfter1: { code: 0, objects: 0 },
    splitAfterN: { code: 0, objects: 0 },
    heaps: [],
    plays: o.plays,
    steps: 0,
  };
  // The used heap after play 1 and after the last play is read after that moment's snapshot,
  // whose collection is more thorough: after two `collectGarbage` calls alone, readings of one page swung by up to
  // 0.6 MB from play to play (as much as the 5 % being judged); read after a snapshot they rose
  // steadily (2026-12-05).
  const settled = async () => {
    const split = await heapSplit(bp.cdp);
    return { split, used: (await bp.cdp.send('Runtime.getHeapUsage')).usedSize };
  };
  for (let i = 0; i < o.plays; i++) {
    const thinking = i < o.thinkPlays;
    if (i === o.thinkPlays + 1) await bp.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const { lat, prepared } = await playOnce(bp.page, driver, i % scenarios, thinking ? o.thinkMs : 0);
    if (thinking) {
      f.latenciesMs.push(...lat);
      f.prepared += prepared;
    } else if (i === o.thinkPlays) {
      f.rapidMs.push(...lat);
      f.rapidPrepared += prepared;
    }
    f.steps += lat.length;
    // Every play's heap is logged: a steady climb is a leak, a step that levels off is warm-up.
    const heap = await heapAfterGc(bp.cdp);
    f.heaps.push(heap);
    // A snapshot takes seconds: only at the two moments the report compares.
    if (i === 0) ({ split: f.splitAfter1, used: f.heapAfter1 } = await settled());
    if (i === o.plays - 1) ({ split: f.splitAfterN, used: f.heapAfterN } = await settled());
    process.stderr.write(
      `  play ${i + 1}/${o.plays}: ${lat.length} choices, heap ${(heap / 1e3).toFixed(0)} kB\n`,
    );
  }
  return f;
}
