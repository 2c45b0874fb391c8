// The Phaser map between steps: it is redrawn for every step, renders again only the labels that
// changed (the rest are reused from the last drawing), and frees what it no longer shows. Counted
// from outside the game: every WebGL texture the page creates and deletes (a text is a texture).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startScenario } from './flows';
import { clickStep, gotoGame, launch, open, panelState } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** Runs before the game's scripts: counts texture creation and deletion on every WebGL context. */
const COUNT_TEXTURES = `(() => {
  const c = { created: 0, deleted: 0 };
  window.__textures = c;
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const create = P.createTexture;
    const remove = P.deleteTexture;
    P.createTexture = function () { c.created++; return create.call(this); };
    P.deleteTexture = function (t) { if (t) c.deleted++; return remove.call(this, t); };
  }
})();`;

interface Textures {
  created: number;
  deleted: number;
}
const textures = (page: Page) =>
  page.evaluate(() => ({ ...(window as unknown as { __textures: Textures }).__textures }));

/** When the map last finished a drawing (the game's 'stage-drawn' mark), or -1. */
const drawnAt = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('stage-drawn')[0]?.startTime ?? -1);

/** Waits for a drawing that finished after `after` (the map redraws once the page is idle). */
const nextDrawing = (page: Page, after: number) =>
  page.waitForFunction((t) => (performance.getEntriesByName('stage-drawn')[0]?.startTime ?? -1) > t, after, {
    polling: 50,
    timeout: 10_000,
  });

/** Does `act`, waits for the map's drawing of its result, and returns the textures it created. */
async function drawing(page: Page, act: () => Promise<unknown>): Promise<{ created: number; live: number }> {
  const since = await drawnAt(page);
  const before = await textures(page);
  await act();
  await nextDrawing(page, since);
  const after = await textures(page);
  return { created: after.created - before.created, live: after.created - after.deleted };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

describe.skipIf(!chromium)('the map between steps', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('redraws each step of The Appeal with the labels that changed, and frees the rest', async () => {
    const s = await open(browser, base);
    const { page } = s;
    await page.addInitScript({ content: COUNT_TEXTURES });
    await gotoGame(page, base, 'en');
    const first = await drawing(page, () => startScenario(page, 'appeal'));
    expect(first.created, 'the map drew no texture: is WebGL off?').toBeGreaterThan(0);
    const steps: { created: number; live: number }[] = [];
    for (let i = 0; i < 80 && !(await panelState(page)).end; i++)
      steps.push(await drawing(page, () => clickStep(page, i % 2 === 0 ? 'first' : 'last')));
    expect(steps.length).toBeGreaterThan(10);
    // Changing the language changes every label: that is what a drawing without reuse costs.
    const relabelled = await drawing(page, async () => {
      await page.locator('.lang-picker [lang="ru"]').click();
      await page.waitForFunction(() => document.documentElement.lang === 'ru');
    });
    const perStep = steps.map((x) => x.created);
    expect(
      median(perStep),
      `textures per step ${perStep.join(' ')}; a full relabelling made ${relabelled.created}`,
    ).toBeLessThanOrEqual(relabelled.created / 3);
    // Nothing accumulates: what is alive after the last step is what one drawing shows.
    const live = steps.map((x) => x.live);
    expect(Math.max(...live), `live textures per step ${live.join(' ')}`).toBeLessThanOrEqual(first.live + 8);
    expect(relabelled.live).toBeLessThanOrEqual(first.live + 8);
    expect(s.problems).toEqual([]);
    await s.close();
  }, 180_000);
});
