// Keyboard-only play: from the menu to the debrief with Tab, Enter and the number keys, including
// putting events in order with the Up/Down buttons; focus is always on a visible control.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoGame, launch, open, PAGE, panelState, scriptShare } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function keyStep(page: Page): Promise<boolean> {
  const { node: before, quiz, choices, end } = await panelState(page);
  if (end) return false;
  if (quiz === 'order') {
    await tabTo(page, '.order-item [data-move="down"]:not([disabled])');
    await page.keyboard.press('Enter'); // moves that event down; focus follows it
    await tabTo(page, `${PAGE} .quiz [data-action="submit"]`);
    await page.keyboard.press('Enter');
  } else if (quiz) {
    // Every type the same way: a number picks, then Check my answer (Enter where a digit puts
    // focus on it, Tab to it after a multiple-choice pick).
    await page.keyboard.press('1');
    await tabTo(page, `${PAGE} .quiz [data-action="submit"]`);
    await page.keyboard.press('Enter');
  }
  if (quiz) {
    // Feedback in place, focus on Continue: Enter goes on.
    await page.waitForFunction(() => document.activeElement?.matches('.quiz [data-action="continue"]'));
    await page.keyboard.press('Enter');
  } else if (choices > 0) {
    // Options come in the run's seeded order, so an unavailable one may be shown first: press the
    // number of the first one that can be taken, as a student reading the page would.
    const n = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLButtonElement>('.panel-inner .choice')].findIndex(
          (b) => !b.disabled,
        ) + 1,
    );
    await page.keyboard.press(String(n));
  } else await page.keyboard.press('Enter');
  await page.waitForFunction(
    (b) => document.querySelector('.panel-inner')?.getAttribute('data-node') !== b,
    before,
    {
      polling: 50,
    },
  );
  return true;
}

describe.skipIf(!chromium)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('plays The Appeal in Armenian from the menu to the debrief without a mouse', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'hy');
    await tabTo(page, '[data-open="appeal"]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-action="start"]');
    await page.keyboard.press('Enter');
    await page.locator('.panel-inner').waitFor();
    // After each step focus lands on the first control, so Enter/1 act at once.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    let steps = 0;
    while (await keyStep(page)) {
      steps += 1;
      expect(steps).toBeLessThan(120);
    }
    await page.keyboard.press('Enter');
    await page.locator('.screen.debrief').waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: what the student reads
    const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    expect(scriptShare(text, 'hy')).toBeGreaterThan(0.6);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
