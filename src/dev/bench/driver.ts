// The game's UI as the bench and the offline test drive it, like a student clicking: menu card →
// briefing "start" → choices, quiz answers or "continue" → debrief → back to the menu. Each click
// waits for the mark the game sets once the result is drawn, counted by the probe (./probe.ts).
import type { Page } from 'playwright-core';
import type { Driver } from './play';
import type { Probe } from './probe';

const marks = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { __bench: Probe }).__bench.marks[n] ?? 0, name);

/** The page on screen; pages prepared for the next step sit hidden beside it. */
const PAGE = '.panel-inner';

/** How long the simulated finger holds the button. */
const PRESS_MS = 80;

/**
 * A real (trusted) mouse click at the element's centre. Playwright's `click()` polls the element
 * for stability over several frames right up to the click, which at 4× CPU throttling would be
 * billed to the game; here all of that happens before, and the page is idle when the input lands.
 */
async function press(page: Page, selector: string): Promise<void> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
  // A person holds the button ~80–120 ms: the press is handled before the release arrives, as
  // in INP, where pointerdown and click are separate events. Sent together, the press's style and
  // layout work would be billed to the click.
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
}

/** Clicks, then waits until `mark` has been set once more. */
async function clickAndWait(page: Page, selector: string, mark: string): Promise<void> {
  const before = await marks(page, mark);
  await press(page, selector);
  // Awaited in the page, not polled: polling would add tasks to the very span being timed.
  await page.evaluate(([n, b]) => (window as unknown as { __bench: Probe }).__bench.waitFor('mark', n, b), [
    mark,
    before,
  ] as const);
}

const has = async (page: Page, selector: string) => (await page.locator(selector).count()) > 0;

/**
 * Answers the quiz on screen. In practice the verdict shows in place and Continue sends the
 * answer, so Continue is the click timed to the next page; in an assessment, Check moves on itself.
 */
async function answerQuiz(page: Page): Promise<void> {
  const quiz = page.locator(`${PAGE} .quiz`);
  const type = await quiz.getAttribute('data-quiz');
  if (type === 'truefalse') await quiz.locator('[data-option="true"]').click();
  else if (type !== 'order') await quiz.locator('.option').first().click();
  const next = `${PAGE} .quiz [data-action="continue"]`;
  const before = await marks(page, 'node-drawn');
  await press(page, `${PAGE} .quiz [data-action="submit"]`);
  // The verdict with its Continue, or the next page: whichever the mode gives.
  await page.waitForFunction(
    ([sel, b]) =>
      document.querySelector(sel) !== null ||
      ((window as unknown as { __bench: Probe }).__bench.marks['node-drawn'] ?? 0) > b,
    [next, before] as const,
  );
  if (await has(page, next)) await clickAndWait(page, next, 'node-drawn');
}

export const gameDriver: Driver = {
  async open(page, index) {
    await page.locator('[data-open]').nth(index).click();
    await clickAndWait(page, '[data-action="start"]', 'scenario-ready');
  },
  async step(page) {
    if (await has(page, `${PAGE} [data-action="debrief"]`)) return false;
    if (await has(page, `${PAGE} .quiz`)) await answerQuiz(page);
    else if (await has(page, `${PAGE} .choice:not([disabled])`))
      await clickAndWait(page, `${PAGE} .choice:not([disabled])`, 'node-drawn');
    else await clickAndWait(page, `${PAGE} [data-action="continue"]`, 'node-drawn');
    return true;
  },
  async toMenu(page) {
    await page.locator(`${PAGE} [data-action="debrief"]`).click();
    await page.locator('[data-action="choose"]').click();
    await page.locator('[data-open]').first().waitFor();
  },
};
