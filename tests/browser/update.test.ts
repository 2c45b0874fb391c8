// A new version is picked up on the next visit: after one visit (service worker installed, page
// controlled), the server's copy of the build becomes a "new version" — a visible English string
// changed in its locale chunk, index.html changed, and sw.js's precache manifest carrying new
// revisions for both, as a new build's would. One ordinary navigation later (no manual refresh) the
// student sees the new version: the new worker installs, takes over (skipWaiting, clientsClaim) and
// the page, being on the menu, reloads itself once. In the middle of a play it must not reload:
// the play goes on, and the new version serves the visit after.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../src/dev/browser/server';
import { clickStep, gotoGame, launch, nodeId, open, type Session } from './helpers';

const chromium = inject('chromium'); // null only outside CI: globalSetup fails CI without Chromium

/** Resolves once a service worker is active and controls this page (its precache is complete). */
const controlled = (page: Page) =>
  page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });

const brand = (page: Page) => page.locator('.brand-name').first().textContent();

/**
 * Turns the copy in `dir` into version `v`: the English app name becomes `Precedent v<v>` (the
 * header shows it), index.html gets a version comment, and sw.js lists both with new revisions,
 * so its bytes — and its precache — differ from the installed worker's.
 */
function deploy(dir: string, v: number): void {
  const assets = join(dir, 'assets');
  const chunk = readdirSync(assets).find(
    (f) =>
      /^common-.*\.js$/.test(f) &&
      /name:(["`'])Precedent( v\d+)?\1/.test(readFileSync(join(assets, f), 'utf8')),
  );
  if (!chunk) throw new Error('no English common chunk in the build');
  const file = join(assets, chunk);
  const text = readFileSync(file, 'utf8');
  const renamed = text.replace(/name:(["`'])Precedent[^"`']*\1/, `name:$1Precedent v${v}$1`);
  if (renamed === text) throw new Error(`no app name in ${chunk}`);
  writeFileSync(file, renamed);
  const html = join(dir, 'index.html');
  writeFileSync(html, `${readFileSync(html, 'utf8')}<!-- version ${v} -->\n`);
  const sw = join(dir, 'sw.js');
  const manifest = readFileSync(sw, 'utf8');
  const next = manifest
    .replace(
      new RegExp(`(\\{url:"assets/${chunk.replace(/[.-]/g, '\\$&')}",revision:)(null|"[^"]*")`),
      `$1"v${v}"`,
    )
    .replace(/(\{url:"index\.html",revision:)"[^"]*"/, `$1"index-v${v}"`);
  if (!next.includes(`"v${v}"`) || !next.includes(`"index-v${v}"`))
    throw new Error('sw.js precache manifest not in the expected form');
  writeFileSync(sw, next);
}

describe.skipIf(!chromium)('a new version (service worker update)', () => {
  let copy = '';
  let server: StaticServer;
  let browser: Browser;
  let session: Session;
  let navigations = 0;

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'precedent-update-'));
    cpSync(join(process.cwd(), 'dist'), copy, { recursive: true }); // built by globalSetup
    server = await serveStatic(copy);
    browser = await launch(chromium as string);
    session = await open(browser, server.url);
    // Document loads only: Back/Forward between screens (history.pushState) also fire
    // 'framenavigated', but they never fetch a new version.
    session.page.on('load', () => {
      navigations++;
    });
    // Set in every document: whether a new worker took control of it.
    await session.page.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('controllerchange', () => {
        (window as unknown as { swChanged: boolean }).swChanged = true;
      });
    });
  });

  afterAll(async () => {
    await session?.close();
    await browser?.close();
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('shows the new version on the next visit, without a manual refresh', async () => {
    const { page } = session;
    await gotoGame(page, server.url, 'en');
    await controlled(page);
    expect(await brand(page)).toBe('Precedent');

    deploy(copy, 2);
    navigations = 0;
    await gotoGame(page, server.url, 'en'); // the next visit: one ordinary navigation
    // The installed worker answers this visit with the old files; the new one installs behind it,
    // takes over, and the page (on the menu) reloads itself once.
    await expect.poll(() => brand(page), { timeout: 60_000, interval: 250 }).toBe('Precedent v2');
    await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    await page.waitForLoadState('load');
    expect(navigations).toBe(2); // the visit, and one reload by the page itself
    expect(session.problems).toEqual([]);
  });

  it('never reloads in the middle of a play: the new version waits for the visit after', async () => {
    const { page } = session;
    await page.locator('[data-open]').first().click();
    await page.locator('[data-action="start"]').click();
    await page.locator('.panel-inner').waitFor();
    await clickStep(page);
    await clickStep(page);
    const node = await nodeId(page);

    deploy(copy, 3);
    navigations = 0;
    await page.goto(`${server.url}?lng=en`); // the next visit resumes the play
    await page.locator('.panel-inner').waitFor();
    expect(await nodeId(page)).toBe(node);
    // The new worker takes control of this page, which stays where it is.
    await page.waitForFunction(
      () => (window as unknown as { swChanged?: boolean }).swChanged === true,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(1000);
    expect(navigations).toBe(1);
    expect(await nodeId(page)).toBe(node);
    expect(await brand(page)).toBe('Precedent v2');

    await page.locator('[data-action="menu"]').click();
    await page.locator('[data-open]').first().waitFor();
    await gotoGame(page, server.url, 'en'); // the visit after: the new version, no reload needed
    expect(await brand(page)).toBe('Precedent v3');
    expect(session.problems).toEqual([]);
  });
});
