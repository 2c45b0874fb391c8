// Errors the game cannot recover from show a calm screen with a short detail and a way back to
// the menu — for an uncaught exception and for an unhandled rejection — and still reach the console.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startScenario } from './flows';
import { gotoGame, launch, open } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ids = inject('scenarioIds');

const THROWERS: Record<string, () => void> = {
  exception: () => {
    setTimeout(() => {
      throw new Error('boom in a handler');
    });
  },
  rejection: () => {
    void Promise.reject(new TypeError('boom in a promise'));
  },
};

describe.skipIf(!chromium)('fatal errors', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it.each(Object.keys(THROWERS))(
    'an unhandled %s shows the calm screen, and the menu comes back',
    async (kind) => {
      const s = await open(browser, base, { reducedMotion: true });
      const { page } = s;
      await gotoGame(page, base, 'ru');
      await startScenario(page, ids[0] as string);
      await page.evaluate(THROWERS[kind] as () => void);
      const screen = page.locator('.fatal[role="alert"]');
      await screen.waitFor();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a teacher reads
      expect(await screen.locator('h1').innerText()).toMatch(/[\u0400-\u04FF]/);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a teacher reads
      expect(await screen.locator('.fatal-detail code').innerText()).toMatch(/Error: boom in a/);
      expect(await page.locator('#app').isHidden()).toBe(true);
      // This test opts out of one harness check only: the page error it caused on purpose.
      expect(s.problems.filter((p) => !p.includes('boom in a'))).toEqual([]);
      expect(s.problems.length).toBeGreaterThan(0); // never swallowed: it still reached the console
      await screen.locator('[data-action="fatal-menu"]').click();
      await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
      await page.locator('[data-open]').first().waitFor();
      expect(await page.locator('.fatal').count()).toBe(0);
      await s.close();
    },
  );
});
