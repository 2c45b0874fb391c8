// Offline play: after one visit the service worker has precached the build, so with the network
// gone (and the server stopped) a reload still shows the menu and a scenario plays to its end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../../src/cli/bench/browser';
import { buildGame } from '../../src/cli/bench/build';
import { gameDriver } from '../../src/cli/bench/driver';
import { PROBE_SCRIPT } from '../../src/cli/bench/probe';
import { type StaticServer, serveStatic } from '../../src/cli/bench/server';

const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CI !== 'true') {
  console.warn(
    `\n!!! SKIPPING offline browser test: no Chromium at ${CHROMIUM} (under CI=true this fails)\n`,
  );
}

const menuReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('menu-ready', 'mark').length > 0);

/** Resolves once a service worker is active and controls this page (precache complete). */
const controlled = (page: Page) =>
  page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });

describe.runIf(haveBrowser || process.env.CI === 'true')('offline play (service worker)', () => {
  let out = '';
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  const errors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'precedent-offline-'));
    await buildGame(process.cwd(), out);
    server = await serveStatic(out);
    browser = await launchChromium(); // throws a clear error under CI when Chromium is missing
    context = await browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('reloads with no network and plays a scenario to its end', async () => {
    if (!context || !server) throw new Error('set-up failed');
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE_SCRIPT });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await menuReady(page);
    await controlled(page);

    await context.setOffline(true);
    await server.close(); // nothing can come from the network now, whatever the browser does
    server = null;
    await page.reload();
    await menuReady(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await gameDriver.open(page, 0);
    let steps = 0;
    while (await gameDriver.step(page)) expect(++steps).toBeLessThan(500);
    await expect.poll(() => page.locator('[data-action="menu"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
