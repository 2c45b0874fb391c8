// Every scenario on the menu, played to an ending in each language by clicking what a student
// clicks; the screen text is in that language's script; nothing fails, nothing leaves the host;
// screenshots of each screen at phone and laptop sizes go to tests/shots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, mainText, open, panelState, scriptShare, shot } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const LANGS = ['hy', 'ru', 'en'] as const;
const PHONE = { width: 360, height: 640 };
const LAPTOP = { width: 1280, height: 800 };

/** Screenshots at the laptop size, then the phone size, then back. */
async function shots(page: Page, name: string) {
  await page.waitForTimeout(250);
  await shot(page, `${name}-1280x800`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(700); // Phaser's scale manager picks the new size up on its next check
  await shot(page, `${name}-360x640`);
  await page.setViewportSize(LAPTOP);
}

async function expectScript(page: Page, lng: string, where: string) {
  const text = await mainText(page);
  expect(scriptShare(text, lng), `${where} in ${lng}: ${text.slice(0, 200)}`).toBeGreaterThan(0.6);
}

describe.skipIf(!chromium)('play to an ending', () => {
  let browser: Browser;
  let ids: string[] = [];
  beforeAll(async () => {
    browser = await launch(chromium as string);
    const s = await open(browser, base);
    await gotoGame(s.page, base, 'en');
    ids = await s.page
      .locator('[data-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-open') ?? ''));
    await s.close();
  });
  afterAll(() => browser?.close());

  it('offers at least one scenario', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(LANGS)(
    'plays every scenario to the debrief in %s',
    async (lng) => {
      for (const id of ids) {
        const s = await open(browser, base);
        const { page } = s;
        const tag = `${id}-${lng}`;
        await gotoGame(page, base, lng);
        expect(await page.getAttribute('html', 'lang')).toBe(lng);
        await expectScript(page, lng, 'menu');
        await shots(page, `${tag}-1-menu`);
        await page.locator(`[data-open="${id}"]`).click();
        await expectScript(page, lng, 'briefing');
        await shots(page, `${tag}-2-briefing`);
        await page.locator('[data-action="start"]').click();
        await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
        await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
        const seen = new Set<string>();
        for (let i = 0; i < 120; i++) {
          const { kind: label, node } = await panelState(page);
          await expectScript(page, lng, `node ${node}`);
          if (!seen.has(label)) {
            seen.add(label);
            await shots(page, `${tag}-3-play-${label}`);
          }
          if ((await clickStep(page)) === 'end') break;
        }
        await page.locator('[data-action="debrief"]').click();
        await page.locator('.screen.debrief').waitFor();
        await expectScript(page, lng, 'debrief');
        await shots(page, `${tag}-4-debrief`);
        expect(s.problems).toEqual([]);
        await s.close();
      }
    },
    300_000,
  );
});
