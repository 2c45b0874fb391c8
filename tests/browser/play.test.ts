// Every scenario on the menu, played to an ending in each language by clicking what a student
// clicks; the screen text is in that language's script; nothing fails, nothing leaves the host;
// screenshots of each screen at phone and laptop sizes go to tests/shots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, open, PAGE, panelState, scriptShare, shot } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const LANGS = ['hy', 'ru', 'en'] as const;
const CASES = inject('scenarioIds').flatMap((id) => LANGS.map((lng) => [id, lng] as const));
/** Node kinds worth a screenshot (narration and dialogue look like the document screen). */
const SHOT_KINDS = new Set(['document', 'decision', 'check', 'ending']);
const PHONE = { width: 360, height: 640 };
const LAPTOP = { width: 1280, height: 800 };

/** Screenshots at the laptop size, then the phone size, then back. */
async function shots(page: Page, name: string) {
  await shot(page, `${name}-1280x800`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(400); // the stage redraws for the new size
  await shot(page, `${name}-360x640`);
  await page.setViewportSize(LAPTOP);
}

async function expectScript(page: Page, lng: string, where: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a student reads
  const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
  expect(scriptShare(text, lng), `${where} in ${lng}: ${text.slice(0, 200)}`).toBeGreaterThan(0.6);
}

describe.skipIf(!chromium)('play to an ending', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('lists every scenario on the menu', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    await gotoGame(s.page, base, 'en');
    const ids = await s.page
      .locator('[data-open]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-open')));
    expect(ids.sort()).toEqual([...inject('scenarioIds')].sort());
    await s.close();
  });

  it.each(CASES)(
    'plays %s to the debrief in %s',
    async (id, lng) => {
      const s = await open(browser, base);
      const { page } = s;
      const tag = `${id}-${lng}`;
      await gotoGame(page, base, lng);
      expect(await page.getAttribute('html', 'lang')).toBe(lng);
      await expectScript(page, lng, 'menu');
      if (id === inject('scenarioIds')[0]) await shots(page, `menu-${lng}`);
      await page.locator(`[data-open="${id}"]`).click();
      await expectScript(page, lng, 'briefing');
      await shots(page, `${tag}-2-briefing`);
      await page.locator('[data-action="start"]').click();
      await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
      await page.locator('.stage canvas').waitFor({ timeout: 30_000 });
      const seen = new Set<string>();
      for (let i = 0; i < 150; i++) {
        const { kind, node, text } = await panelState(page);
        expect(scriptShare(text, lng), `node ${node} in ${lng}: ${text.slice(0, 200)}`).toBeGreaterThan(0.6);
        if (!seen.has(kind)) {
          seen.add(kind);
          if (SHOT_KINDS.has(kind)) await shots(page, `${tag}-3-play-${kind}`);
        }
        if ((await clickStep(page)) === 'end') break;
      }
      expect(seen.has('ending')).toBe(true);
      await page.locator(`${PAGE} [data-action="debrief"]`).click();
      await page.locator('.screen.debrief').waitFor();
      await expectScript(page, lng, 'debrief');
      await shots(page, `${tag}-4-debrief`);
      expect(s.problems).toEqual([]);
      await s.close();
    },
    300_000,
  ); // generous: this box is often shared; an idle run takes a fraction of it
});
