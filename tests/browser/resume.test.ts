// Saving and resuming: a reload mid-scenario comes back to the same node with the same meters;
// an unreadable save is explained in one sentence and play starts fresh; storage that refuses
// writes (private mode, full quota) is explained and play goes on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, gotoGame, launch, nodeId, open, PAGE } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

const meters = (page: Page) => page.locator(`${PAGE} .sr-only li`).allInnerTexts();

async function startFirst(page: Page) {
  await page.locator('[data-open]').first().click();
  await page.locator('[data-action="start"]').click();
  await page.locator('.panel-inner').waitFor();
}

describe.skipIf(!chromium)('save and resume', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('resumes at the same node with the same meters after a reload', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'ru');
    await startFirst(page);
    for (let i = 0; i < 5; i++) await clickStep(page);
    const node = await nodeId(page);
    const before = await meters(page);
    await page.reload();
    await page.locator('.panel-inner').waitFor();
    expect(await nodeId(page)).toBe(node);
    expect(await meters(page)).toEqual(before);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('explains an unusable save in one sentence and starts fresh', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'en');
    const id = await page.locator('[data-open]').first().getAttribute('data-open');
    await page.evaluate((sid) => {
      localStorage.setItem(`precedent.save.${sid}`, '{"format":1,"scenario":"');
      localStorage.setItem('precedent.last', sid ?? '');
    }, id);
    await page.reload();
    const notice = page.locator('.notice[role="status"] p');
    await notice.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a student reads
    const sentence = await notice.innerText();
    expect(sentence.split(/[.!?։]\s/).length).toBe(1);
    expect(await page.locator('.panel-inner').getAttribute('data-node')).toBeTruthy();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a student reads
    expect(await page.locator(`${PAGE} .where-line`).innerText()).toMatch(/Step 1 /);
    await page.locator('[data-action="dismiss"]').click();
    expect(await page.locator('.notice').count()).toBe(0);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('keeps playing when storage refuses to save', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await gotoGame(page, base, 'hy');
    await page.locator('.notice').waitFor();
    await startFirst(page);
    await clickStep(page);
    await clickStep(page);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});
