// Pages under the bench's emulated conditions: a slow school network (CDP throttling, cache off)
// and a weak CPU (CDP CPU throttling), and the heap after a full collection.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip; CDP wants bytes per second. */
export const SLOW_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * A fresh context (empty cache and storage) with the throttles applied before the first request.
 * Service workers are blocked: the bare app has none, and a first visit's precache download is a
 * background cost that would otherwise be counted against the first screen.
 */
export async function throttledPage(browser: Browser, cpuRate: number, init?: string): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 700 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (init) await page.addInitScript({ content: init });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { context, page, cdp };
}

/** Used JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
