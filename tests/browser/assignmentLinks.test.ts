// Assignment links in the game: a broken link is explained and the normal menu follows; practice
// mode gives feedback at once.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, open, PAGE } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

describe.skipIf(!chromium)('assignment links in the game', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('explains a broken link and then shows the normal menu', async () => {
    const s = await open(browser, base);
    await s.page.goto(`${base}index.html?scenario=nope&lng=en&mode=practice`);
    await s.page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    expect(await s.page.locator('body').textContent()).toContain('no scenario “nope” on this site');
    expect(await s.page.locator('[data-open]').count()).toBeGreaterThan(0);
    await s.close();
  });

  it('gives feedback at once in practice mode', async () => {
    const s = await open(browser, base);
    await gotoGame(s.page, base, 'en');
    const first = await s.page.locator('[data-open]').first().getAttribute('data-open');
    await s.page.goto(`${base}index.html?scenario=${first}&lng=en&mode=practice`);
    await s.page.locator('[data-action="start"]').click();
    expect(await s.page.locator('.assignment-banner').textContent()).toContain('Practice');
    for (let i = 0; i < 30 && (await s.page.locator(`${PAGE} .feedback`).count()) === 0; i++)
      await clickStep(s.page);
    // The choice's feedback, once (after a reason prompt the reason's own feedback sits beside it).
    expect(await s.page.locator(`${PAGE} .feedback:not(.reason-feedback)`).count()).toBe(1);
    await s.close();
  });
});
