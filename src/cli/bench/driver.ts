// The game's UI as the bench drives it: which buttons open a scenario, make a choice, leave an ending.
import type { Driver } from './play';

export const gameDriver: Driver = {
  async open(page, index) {
    await page.locator('[data-open]').nth(index).click();
  },
  async step(page) {
    const choice = page.locator('[data-choice]:not([disabled])').first();
    if ((await choice.count()) === 0) return false;
    await choice.click();
    return true;
  },
  async toMenu(page) {
    await page.locator('[data-action="menu"]').first().click();
  },
};
