// The keyboard focus ring is visible everywhere it appears: tabbing through each screen of the
// game (menu, settings, briefing, a play page, the debrief) and the teacher page, every focused
// element draws an outline of at least 2 px whose colour has 3:1 contrast (WCAG 2.2, 1.4.11)
// against the background right outside it, where an outline with a positive offset is drawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, open, PAGE } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

interface Ring {
  what: string;
  width: number;
  ratio: number;
}

/** Tabs through the page once (until focus comes back round) and measures each focused element's ring. */
async function rings(page: Page): Promise<Ring[]> {
  const out: Ring[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const ch = (v: number) => {
          const s = v / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
      };
      const style = getComputedStyle(el);
      // An outline drawn outside the element (offset ≥ 0) lies on its parent's background.
      let bgEl: Element | null = Number.parseFloat(style.outlineOffset) >= 0 ? el.parentElement : el;
      let bg = 'rgb(255, 255, 255)';
      for (; bgEl; bgEl = bgEl.parentElement) {
        const c = getComputedStyle(bgEl).backgroundColor;
        const a = rgb(c)[3];
        if (c !== 'transparent' && a !== 0) {
          bg = c;
          break;
        }
      }
      const [l1, l2] = [lum(rgb(style.outlineColor)), lum(rgb(bg))].sort((a, b) => b - a);
      const id = `${el.tagName}.${el.className}|${el.textContent?.trim().slice(0, 30)}`;
      return {
        id,
        what: `${id} ring ${style.outlineColor} on ${bg}`,
        width: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
        ratio: Math.round((((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05)) * 100) / 100,
      };
    });
    if (!r) continue;
    if (seen.has(r.id)) break;
    seen.add(r.id);
    out.push({ what: r.what, width: r.width, ratio: r.ratio });
  }
  return out;
}

const weak = (list: Ring[]) => list.filter((r) => r.width < 2 || r.ratio < 3);

describe.skipIf(!chromium)('focus ring', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('has 3:1 contrast and 2 px on every focusable element of every game screen', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    const all: Record<string, Ring[]> = {};
    await gotoGame(page, base, 'en');
    all.menu = await rings(page);
    await page.locator('[data-action="settings"]').click();
    all.settings = await rings(page);
    await page.keyboard.press('Escape');
    await page.locator('[data-open]').first().click();
    all.briefing = await rings(page);
    await page.locator('[data-action="start"]').click();
    await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
    all.play = await rings(page);
    for (let i = 0; i < 120; i++) if ((await clickStep(page)) === 'end') break;
    await page.locator(`${PAGE} [data-action="debrief"]`).click();
    await page.locator('.screen.debrief').waitFor();
    for (const d of await page.locator('.screen.debrief details').all())
      await d.evaluate((e) => e.setAttribute('open', ''));
    all.debrief = await rings(page);
    // Each screen has something to focus: a screen measured empty would pass for nothing.
    for (const [screen, list] of Object.entries(all)) expect(list.length, screen).toBeGreaterThan(1);
    expect(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, weak(v)]))).toEqual({
      menu: [],
      settings: [],
      briefing: [],
      play: [],
      debrief: [],
    });
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('has 3:1 contrast and 2 px on every focusable element of the teacher page', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    await s.page.goto(`${base}teacher.html?lng=en`);
    await s.page.locator('table, .cards').first().waitFor();
    const list = await rings(s.page);
    expect(list.length).toBeGreaterThan(5);
    expect(weak(list)).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
