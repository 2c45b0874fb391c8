// Offline play: after one visit the service worker has precached the build, so with the network
// gone (offline emulation, and the server itself stopped) a reload still shows the menu and a
// scenario plays to its end. Serves its own copy of the built dist/ so it can stop the server.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../src/dev/browser/server';
import { gotoGame, launch, open, PAGE, playToEnd, type Session } from './helpers';

const chromium = inject('chromium'); // null only outside CI: globalSetup fails CI without Chromium

/** Resolves once a service worker is active and controls this page (its precache is complete). */
const controlled = (page: Page) =>
  page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });

describe.skipIf(!chromium)('offline play (service worker)', () => {
  let copy = '';
  let server: StaticServer | null = null;
  let browser: Browser;
  let session: Session;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'precedent-offline-'));
    cpSync(join(process.cwd(), 'dist'), copy, { recursive: true }); // built by globalSetup
    server = await serveStatic(copy);
    browser = await launch(chromium as string);
    session = await open(browser, server.url);
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('reloads with no network and plays a scenario to its end', async () => {
    const { page } = session;
    await gotoGame(page, server?.url ?? '', 'en');
    await controlled(page);

    await page.context().setOffline(true);
    await server?.close(); // nothing can come from the network now, whatever the browser does
    server = null;
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    // Nothing reaches the network: a file the service worker never cached cannot be fetched.
    // (Chromium 150 keeps navigator.onLine true under Playwright's offline emulation.)
    const uncached = await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}.txt`).then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(uncached).toBe('failed');
    // That probe's own failure is expected; any other request or error after it is a problem.
    expect(session.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    session.problems.length = 0;

    await page.locator('[data-open]').first().click();
    await page.locator('[data-action="start"]').click();
    await playToEnd(page);
    await expect.poll(() => page.locator(`${PAGE} [data-action="debrief"]`).count()).toBe(1);
    expect(session.problems).toEqual([]);
  });
});
