// Pages prepared while the student reads (PlaySession): a step shows one of them, and it must be
// exactly the page a fresh render gives; hidden pages must stay out of reach of keys, screen
// readers and ids, and go once the step is taken.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startScenario } from './flows';
import { clickStep, gotoGame, launch, open, PAGE, panelState } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** Waits until the pages the next step can bring are prepared (the game marks it after the step). */
const allPrepared = (page: Page) =>
  page.waitForFunction(
    () => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      return (at('pages-prepared') ?? -1) > (at('node-drawn') ?? Number.POSITIVE_INFINITY);
    },
    undefined,
    { polling: 50, timeout: 10_000 },
  );

/** The events of the scenario's saved run (the save is written at idle after each step). */
const savedLog = (page: Page, scenario: string) =>
  page.evaluate((id) => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(`save.${id}`));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? '{}').log ?? []) as {
      type: string;
      choice?: string;
    }[];
  }, scenario);

/** When the last step was drawn (the game's `node-drawn` mark), or -1. */
const lastDrawn = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('node-drawn')[0]?.startTime ?? -1);

/** Whether the last step showed a prepared page (the mark the game sets for `npm run bench`). */
const lastWasPrepared = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByName('node-drawn')[0] as PerformanceMark | undefined)?.detail?.prepared ===
      true,
  );

/** The shown page's markup with its id prefix taken out (prepared and redrawn pages differ only there). */
const pageMarkup = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('.panel-inner');
    if (!p) return '';
    const idp = p.dataset.idp ?? '';
    return idp ? p.outerHTML.split(idp).join('') : p.outerHTML;
  });

async function switchLanguage(page: Page, lng: string): Promise<void> {
  await page.locator(`.lang-picker [lang="${lng}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lng);
  await page.waitForFunction(() => performance.getEntriesByName('node-drawn').length > 0);
}

describe.skipIf(!chromium)('pages prepared ahead', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('shows a prepared page at every step of The Appeal, identical to a fresh render', async () => {
    const s = await open(browser, base);
    const { page } = s;
    await gotoGame(page, base, 'en');
    await startScenario(page, 'appeal');
    let steps = 0;
    let compared = 0;
    for (; steps < 80; steps++) {
      const state = await panelState(page);
      if (state.end) break;
      await allPrepared(page);
      // Hidden pages: no duplicate ids, nothing in them a screen reader or the Tab key reaches.
      const check = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        const hidden = [...document.querySelectorAll<HTMLElement>('.panel-next')];
        const tabbable = 'button, a[href], summary, input, select, textarea, [tabindex]';
        return {
          duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
          visible: hidden.filter((p) => getComputedStyle(p).opacity !== '0' || p.offsetHeight !== 0).length,
          spoken: hidden.filter((p) => p.getAttribute('aria-hidden') !== 'true').length,
          tabbable: hidden
            .flatMap((p) => [...p.querySelectorAll<HTMLElement>(tabbable)])
            .filter((e) => e.tabIndex >= 0).length,
        };
      });
      expect(check.duplicates).toEqual([]);
      expect(check.visible).toBe(0);
      expect(check.spoken).toBe(0);
      expect(check.tabbable).toBe(0);
      const reachable = await page
        .getByRole('button')
        .evaluateAll((bs) => bs.filter((b) => b.closest('.panel-next')).length);
      expect(reachable).toBe(0);
      // And by the keyboard: Tab through the whole page and back; focus never enters a hidden page.
      if (steps % 5 === 2) {
        const inHidden: string[] = [];
        for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
          await page.keyboard.press(key);
          const where = await page.evaluate(() =>
            document.activeElement?.closest('.panel-next') ? 'hidden' : '',
          );
          if (where) inHidden.push(key);
        }
        expect(inHidden).toEqual([]);
      }
      expect(await clickStep(page, steps % 2 === 0 ? 'first' : 'last')).toBe('stepped');
      expect(
        await lastWasPrepared(page),
        `step ${steps + 1} from ${state.node} showed a page built during the click`,
      ).toBe(true);
      // Every fifth step: a language round trip redraws the page from scratch; nothing may differ.
      if (steps % 5 === 0) {
        const shown = await pageMarkup(page);
        await switchLanguage(page, 'ru');
        await switchLanguage(page, 'en');
        expect(await pageMarkup(page)).toBe(shown);
        compared++;
      }
    }
    expect((await panelState(page)).end).toBe(true);
    expect(steps).toBeGreaterThan(10);
    expect(compared).toBeGreaterThan(2);
    // At the ending nothing is ahead, and the last step's other pages are gone once idle.
    await page.waitForFunction(() => document.querySelectorAll('.panel > *').length === 1, undefined, {
      timeout: 10_000,
    });
    expect(s.problems).toEqual([]);
    await s.close();
  }, 180_000);

  it('builds a source list when it is opened: every source a safe link, saying it opens a tab', async () => {
    const s = await open(browser, base);
    const { page } = s;
    await gotoGame(page, base, 'en');
    await startScenario(page, 'appeal');
    const sources = page.locator(`${PAGE} details.sources`).first();
    await sources.waitFor();
    expect(await sources.locator('a').count()).toBe(0); // closed: not built yet
    const count = Number(((await sources.locator('summary').textContent()) ?? '').match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(0);
    await sources.locator('summary').click();
    await expect.poll(() => sources.locator('li a').count()).toBe(count);
    const links = await sources.locator('li a').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
        said: a.querySelector('.sr-only')?.textContent ?? '',
      })),
    );
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
      expect(l.said).toMatch(/new tab/);
    }
    // Closed and opened again: the same list, not a second one.
    await sources.locator('summary').click();
    await sources.locator('summary').click();
    await expect.poll(() => sources.locator('ul').count()).toBe(1);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('a second press on a page just left, or a held key, does not skip the next page', async () => {
    const s = await open(browser, base);
    const { page } = s;
    await gotoGame(page, base, 'en');
    await startScenario(page, 'appeal');
    const logLength = async () => (await savedLog(page, 'appeal')).length;
    let doubled = 0;
    for (let i = 0; i < 60 && doubled < 2; i++) {
      const st = await panelState(page);
      if (st.end) break;
      await allPrepared(page);
      // Only where the next page continues too: there a stray second "continue" would be accepted.
      const twice =
        !st.quiz &&
        st.choices === 0 &&
        (await page.locator('.panel-next [data-action="continue"]').count()) > 0;
      if (!twice) {
        await clickStep(page);
        continue;
      }
      const before = await logLength();
      // Both presses land before the next frame, while the page just left is still on screen:
      // a double click, or Enter twice on the focused button.
      const shown = await page.evaluate(() => {
        const b = document.querySelector<HTMLButtonElement>('.panel-inner [data-action="continue"]');
        b?.click();
        b?.click();
        return document.querySelector('.panel-inner')?.getAttribute('data-node');
      });
      await page.waitForFunction(
        (n) => document.querySelector('.panel-inner')?.getAttribute('data-node') !== n,
        shown,
      );
      expect(await lastWasPrepared(page)).toBe(true);
      await expect.poll(logLength, { timeout: 10_000 }).toBe(before + 1);
      // The save is written at idle; give a second, wrong step time to show up before counting again.
      await allPrepared(page);
      expect(await logLength()).toBe(before + 1);
      doubled++;
    }
    expect(doubled).toBe(2);
    // A held Enter: its repeats do nothing, on the page or on a focused button.
    const node = await page.locator(PAGE).getAttribute('data-node');
    const steps = await logLength();
    const drawn = await lastDrawn(page);
    const defaultPrevented = await page.evaluate(() => {
      const ev = new KeyboardEvent('keydown', {
        key: 'Enter',
        repeat: true,
        bubbles: true,
        cancelable: true,
      });
      (document.activeElement ?? document.body).dispatchEvent(ev);
      return ev.defaultPrevented;
    });
    // A step would have drawn its page at once, in the key's own task.
    expect(await lastDrawn(page)).toBe(drawn);
    expect(await page.locator(PAGE).getAttribute('data-node')).toBe(node);
    expect(await logLength()).toBe(steps);
    expect(defaultPrevented).toBe(true);
    expect(s.problems).toEqual([]);
    await s.close();
  }, 120_000);

  it('number keys pick a choice on the shown page while prepared pages sit beside it', async () => {
    const s = await open(browser, base);
    const { page } = s;
    await gotoGame(page, base, 'en');
    await startScenario(page, 'standoff');
    let decisions = 0;
    for (let i = 0; i < 40 && decisions < 3; i++) {
      const st = await panelState(page);
      if (st.end) break;
      if (st.choices > 1 && !st.quiz) {
        await page.locator('.panel > .panel-next').first().waitFor({ state: 'attached' });
        // The last choice by its number key: the page shown next is the one that choice leads to.
        const expected = await page.evaluate(() => {
          const cs = [
            ...document.querySelectorAll<HTMLButtonElement>('.panel-inner .choice:not([disabled])'),
          ];
          const all = [...document.querySelectorAll<HTMLButtonElement>('.panel-inner .choice')];
          const last = cs[cs.length - 1];
          // A reason page's buttons are choices too, named by data-reason and sent as reason.select.
          const reason = last?.dataset.reason;
          return {
            key: String(all.indexOf(last as HTMLButtonElement) + 1),
            event: reason
              ? { type: 'reason.select', reason }
              : { type: 'choice.select', choice: last?.dataset.choice ?? '' },
          };
        });
        // The step is saved at idle after the new page is painted; the save's log says what was sent.
        const saved = () => savedLog(page, 'standoff');
        const before = (await saved()).length;
        await page.keyboard.press(expected.key);
        await expect.poll(async () => (await saved()).length, { timeout: 10_000 }).toBeGreaterThan(before);
        expect((await saved()).at(-1)).toMatchObject(expected.event);
        decisions++;
      } else await clickStep(page);
    }
    expect(decisions).toBe(3);
    expect(s.problems).toEqual([]);
    await s.close();
  }, 120_000);
});
