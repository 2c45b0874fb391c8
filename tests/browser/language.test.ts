// Switching language mid-scenario keeps the node, the meters and the score, and re-renders the
// screen in the new language (and script); the choice is remembered in the address.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, mainText, nodeId, open, scriptShare } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

describe.skipIf(!chromium)('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('keeps node, meters and score when switching en → hy → ru', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'en');
    await page.locator('[data-open]').first().click();
    await page.locator('[data-action="start"]').click();
    for (let i = 0; i < 5; i++) await clickStep(page);
    const node = await nodeId(page);
    // The shown page only: pages prepared for the next step carry their own meters, hidden.
    const numbers = async () =>
      (await page.locator('.panel-inner .sr-only li').allInnerTexts()).map((t) => t.match(/\d+/g)?.join('/'));
    const before = await numbers();
    expect(before.length).toBeGreaterThan(0);
    // The game saves when the page is idle after the new node is painted: wait for that save.
    await page.waitForFunction(() => {
      const raw = Object.entries(localStorage).find(([k]) => k.startsWith('precedent.save.'))?.[1];
      return (JSON.parse(raw ?? '{}') as { log?: unknown[] }).log?.length === 5;
    });
    const save = await page.evaluate(
      () => Object.entries(localStorage).find(([k]) => k.startsWith('precedent.save.'))?.[1],
    );
    for (const lng of ['hy', 'ru']) {
      await page.locator(`[data-lng="${lng}"]`).click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lng);
      expect(await nodeId(page)).toBe(node);
      expect(await numbers()).toEqual(before);
      expect(scriptShare(await mainText(page), lng)).toBeGreaterThan(0.6);
      expect(page.url()).toContain(`lng=${lng}`);
      expect(await page.locator(`[data-lng="${lng}"]`).getAttribute('aria-pressed')).toBe('true');
    }
    const after = await page.evaluate(
      () => Object.entries(localStorage).find(([k]) => k.startsWith('precedent.save.'))?.[1],
    );
    expect(JSON.parse(after ?? '{}').log).toEqual(JSON.parse(save ?? '{}').log);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
