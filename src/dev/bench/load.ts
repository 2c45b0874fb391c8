// One cold load: navigate, wait for a performance mark, and read from Resource Timing how long it
// took and how many bytes crossed the wire (headers + encoded bodies) before the mark.
import type { Page } from 'playwright-core';

export interface LoadSample {
  /** performance.now() of the mark: milliseconds since navigation start. */
  ms: number;
  /** transferSize of the document and of every response finished before the mark. */
  bytes: number;
  requests: number;
  /** Game only: click on "start" → 'scenario-ready' (panel usable) and → 'stage-ready' (Phaser map up). */
  scenarioMs?: number;
  stageMs?: number;
}

export async function measureLoad(
  page: Page,
  url: string,
  mark: string,
  timeoutMs: number,
): Promise<LoadSample> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page
    .waitForFunction((m) => performance.getEntriesByName(m, 'mark').length > 0, mark, {
      timeout: timeoutMs,
      polling: 50,
    })
    .catch(() => {
      throw new Error(`no performance.mark('${mark}') within ${timeoutMs} ms at ${url}`);
    });
  return page.evaluate((m) => {
    const at = performance.getEntriesByName(m, 'mark')[0]?.startTime ?? Number.NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const done = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => r.responseEnd <= at,
    );
    const bytes = (nav?.transferSize ?? 0) + done.reduce((sum, r) => sum + r.transferSize, 0);
    return { ms: at, bytes, requests: done.length + 1 };
  }, mark);
}
