// Translators' preview in the built game: each scenario played in the pseudo-locale, failing on
// any visible string without its ⟦brackets⟧ (hard-coded or untranslated text) and on text that
// overflows its box; and `?keys=1` showing each string's key, with English fallbacks marked.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, launch, open, PAGE } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** Visible text nodes with letters that are not inside ⟦…⟧, and boxes whose text overflows. */
const audit = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    const unbracketed: string[] = [];
    const overflow: string[] = [];
    if (!main) return { unbracketed: ['no <main>'], overflow };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      // Citations stay as published (translate="no"); hidden text is not on screen.
      if (!el || el.closest('[translate="no"]') || el.getClientRects().length === 0) continue;
      if (!/\p{L}/u.test(text)) continue;
      const whole = el.textContent ?? '';
      if (!whole.includes('⟦') && !whole.includes('⟧')) unbracketed.push(text.trim().slice(0, 80));
    }
    for (const el of main.querySelectorAll<HTMLElement>('button, h1, h2, h3, p, li, summary, label')) {
      // Screen-reader-only copies are clipped to 1 px on purpose.
      if (el.getClientRects().length === 0 || el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 2)
        overflow.push(`${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 60)}`);
    }
    return { unbracketed, overflow };
  });

describe.skipIf(!chromium)('translator preview', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it.each(inject('scenarioIds'))(
    'plays %s in the pseudo-locale with every string bracketed and nothing overflowing',
    async (id) => {
      const s = await open(browser, base, { reducedMotion: true, viewport: { width: 360, height: 640 } });
      const { page } = s;
      await page.goto(`${base}?lng=pseudo`);
      await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
      const problems = new Set<string>();
      const record = async (where: string) => {
        const a = await audit(page);
        for (const t of a.unbracketed) problems.add(`${where}: unbracketed "${t}"`);
        for (const o of a.overflow) problems.add(`${where}: overflows ${o}`);
      };
      await record('menu');
      await page.locator(`[data-open="${id}"]`).click();
      await record('briefing');
      await page.locator('[data-action="start"]').click();
      await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
      for (let i = 0; i < 150; i++) {
        const node = await page.locator('.panel-inner').getAttribute('data-node');
        await record(`node ${node}`);
        if ((await clickStep(page)) === 'end') break;
      }
      await page.locator(`${PAGE} [data-action="debrief"]`).click();
      await page.locator('.screen.debrief').waitFor();
      await record('debrief');
      expect([...problems]).toEqual([]);
      expect(s.problems).toEqual([]);
      await s.close();
    },
    300_000,
  );

  it('shows each string with its key under ?keys=1, and marks English fallbacks', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await page.goto(`${base}?lng=hy&keys=1`);
    await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    // biome-ignore lint/performance/useDomNodeTextContent: what the translator sees
    const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(text).toMatch(/⟨appeal:meta\.title⟩/);
    expect(text).toMatch(/⟨common:[a-zA-Z.]+⟩/);
    // Armenian is complete: nothing fell back to English.
    expect(text).not.toContain('⚠ en');
    expect(s.problems).toEqual([]);
    await s.close();
  }, 120_000);
});
