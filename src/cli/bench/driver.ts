// The game's UI as the bench and the offline test drive it: which buttons open a scenario, make a
// choice, leave an ending. Each click waits for the mark the game sets when the result is drawn
// (counted by the probe, src/cli/bench/probe.ts, which must be installed in the page).
import type { Page } from 'playwright-core';
import type { Driver } from './play';
import type { Probe } from './probe';

const marks = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { __bench: Probe }).__bench.marks[n] ?? 0, name);

/** Clicks, then waits until `mark` has been set once more. */
async function clickAndWait(page: Page, selector: string, index: number, mark: string): Promise<void> {
  const before = await marks(page, mark);
  await page.locator(selector).nth(index).click();
  await page.waitForFunction(
    ([n, b]) => ((window as unknown as { __bench: Probe }).__bench.marks[n as string] ?? 0) > (b as number),
    [mark, before] as const,
  );
}

export const gameDriver: Driver = {
  open: (page, index) => clickAndWait(page, '[data-open]', index, 'scenario-ready'),
  async step(page) {
    const choices = page.locator('[data-choice]:not([disabled])');
    if ((await choices.count()) === 0) return false;
    await clickAndWait(page, '[data-choice]:not([disabled])', 0, 'node-drawn');
    return true;
  },
  toMenu: (page) => clickAndWait(page, '[data-action="menu"]', 0, 'menu-ready'),
};
