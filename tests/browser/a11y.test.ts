// Accessibility: axe-core finds no violation of any impact on any screen, in every language (menu, briefing,
// every node kind and quiz type, dialogs, debrief); every button is a real <button> whose
// accessible name is its visible label; the first screens mark when they accept input.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, clickStep, gotoGame, launch, open, PAGE, panelState } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** Buttons whose name (no aria-label, text minus hidden key hints) is not their visible text. */
const badButtons = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('button')]
      .filter((b) => b.hasAttribute('aria-label') || (b.textContent ?? '').trim() === '')
      .map((b) => b.outerHTML.slice(0, 80)),
  );

describe.skipIf(!chromium)('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it.each(['hy', 'ru', 'en'])(
    'has no axe violation on any screen (%s)',
    async (lng) => {
      const s = await open(browser, base, { reducedMotion: true });
      const { page } = s;
      const problems: string[] = [];
      const check = async (where: string) => {
        for (const v of await axe(page)) problems.push(`${where}: ${v}`);
        for (const b of await badButtons(page)) problems.push(`${where}: unnamed button ${b}`);
      };
      await gotoGame(page, base, lng);
      await check('menu');
      // Two Play buttons must not sound the same: each name carries its scenario's title.
      const plays = await page
        .locator('[data-open]')
        .evaluateAll((bs) => bs.map((b) => b.textContent?.trim()));
      expect(plays.length).toBeGreaterThan(1);
      expect(new Set(plays).size).toBe(plays.length);
      await page.locator('[data-action="settings"]').click();
      await check('settings');
      await page.keyboard.press('Escape');
      await page.locator('[data-open]').first().click();
      await check('briefing');
      await page.locator('[data-action="start"]').click();
      await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
      await page.locator('[data-action="meters"]').first().click();
      await check('meters dialog');
      await page.keyboard.press('Escape');
      const seen = new Set<string>();
      for (let i = 0; i < 120; i++) {
        const { kind, quiz } = await panelState(page);
        const label = `${kind}${quiz ? `-${quiz}` : ''}`;
        if (!seen.has(label)) {
          seen.add(label);
          await check(label);
          const doc = page.locator(`${PAGE} .btn.doc`).first();
          if (!seen.has('doc-dialog') && (await doc.count())) {
            seen.add('doc-dialog');
            await doc.click();
            await check('document dialog');
            await page.keyboard.press('Escape');
          }
        }
        if ((await clickStep(page)) === 'end') break;
      }
      await page.locator(`${PAGE} [data-action="debrief"]`).click();
      await page.locator('.screen.debrief').waitFor();
      await check('debrief');
      // The sections that open on demand are checked open too.
      for (const d of await page.locator('.screen.debrief details').all()) {
        await d.evaluate((e) => e.setAttribute('open', ''));
      }
      await check('debrief, every section open');
      expect(problems).toEqual([]);
      expect(s.problems).toEqual([]);
      await s.close();
    },
    240_000,
  );
});
