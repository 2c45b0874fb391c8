// Hostile text cannot run: locale strings and scenario texts full of markup, script, `javascript:`
// links and i18next interpolation/nesting tricks, and sources whose URL is `javascript:`, are shown
// literally and never become elements, links or code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chunkBody, localeChunks, mapStrings, playThrough, readLocale } from './flows';
import { gotoGame, launch, open } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ids = inject('scenarioIds');

const IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD = [
  IMG,
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">link</a>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '{{- constructor}}',
  '$t(app.name, {"x": "<img src=x onerror=window.__pwned=2>"})',
  '$t(nav.menu)$t(nav.menu)',
].join(' ');

/** Records on window every element that could run code or navigate, whoever creates it. */
function watchHostile() {
  const w = window as unknown as { __hostile: string[] };
  w.__hostile = [];
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const el of [n, ...n.querySelectorAll('*')]) {
          const href = el.getAttribute('href') ?? '';
          const on = [...el.attributes].some((a) => a.name.startsWith('on'));
          if (
            ['IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) ||
            (el.tagName === 'SCRIPT' && !el.hasAttribute('src')) || // the page's own module script has a src
            on ||
            /^\s*javascript:/i.test(href)
          )
            w.__hostile.push(el.outerHTML.slice(0, 120));
        }
      }
  }).observe(document, { childList: true, subtree: true });
}

async function hostileRoutes(page: Page): Promise<void> {
  const chunks = await localeChunks();
  for (const [key, file] of chunks) {
    const [lng, ns] = key.split('/') as [string, string];
    if (lng !== 'en') continue;
    const data = mapStrings(readLocale(lng, ns), (s) => `${PAYLOAD} ${s}`);
    await page.route(`**/assets/${file}`, (r) =>
      r.fulfill({ contentType: 'text/javascript', body: chunkBody(data) }),
    );
  }
  // Every source's address becomes a `javascript:` URL in the scenario data the game ships.
  await page.route('**/assets/index-*.js', async (r) => {
    const res = await r.fetch();
    const body = (await res.text()).replace(/url:`https:\/\/[^`]*`/g, 'url:`javascript:window.__pwned=1`');
    await r.fulfill({ response: res, body });
  });
}

describe.skipIf(!chromium)('hostile content', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('shows payloads literally through a whole play and runs nothing', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(watchHostile);
    await hostileRoutes(page);
    await gotoGame(page, base, 'en');
    expect(await page.evaluate(() => document.body.textContent)).toContain(IMG);
    const id = ids[0] as string;
    await playThrough(page, id, true);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      hostile: (window as unknown as { __hostile: string[] }).__hostile,
      img: document.querySelector('img[src="x"]') !== null,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      text: document.body.textContent ?? '',
    }));
    expect(state.pwned).toBeUndefined();
    expect(state.hostile).toEqual([]);
    expect(state.img).toBe(false);
    expect(state.jsLinks).toBe(0);
    expect(state.text).toContain(IMG);
    expect(state.text).toContain('<script>window.__pwned=1</script>');
    expect(dialogs).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
