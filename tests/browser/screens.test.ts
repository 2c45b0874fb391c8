// Issue #22's screens, in the built game: the first card's Play on the first screen and the
// second card one scroll away (360×640 and 1280×800, every language); the content note in the
// briefing before Start; quiz feedback in place with both orders side by side; progress that
// never goes back; the debrief summary within two screens; Back and Forward between screens and
// titles; every step announced by the one live region as Chromium's accessibility tree sees it;
// the meters explained by a button; settings without Sound; no key hints on touch screens.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clickStep, fixRandom, gotoGame, launch, open, PAGE, panelState, shot } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const LANGUAGES = ['hy', 'ru', 'en'];

async function startFirst(page: Page): Promise<void> {
  await page.locator('[data-open]').first().click();
  await page.locator('[data-action="start"]').click();
  await page.waitForFunction(() => performance.getEntriesByName('scenario-ready').length > 0);
}

/** Steps (picking first options, right or wrong) until `stop` holds for the shown page. */
async function stepUntil(page: Page, stop: (s: Awaited<ReturnType<typeof panelState>>) => boolean) {
  for (let i = 0; i < 80; i++) {
    const s = await panelState(page);
    if (stop(s)) return s;
    if ((await clickStep(page)) === 'end') break;
  }
  throw new Error('never reached the page asked for');
}

/** The text of a DOM element as Chromium's accessibility tree exposes it (StaticText, not ignored). */
async function axText(cdp: CDPSession, selector: string): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  if (!result.objectId) throw new Error(`no ${selector}`);
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  if (!start) return '';
  const out: string[] = [];
  const walk = (id: string) => {
    // Ignored containers (plain divs) still hold exposed text; ignored text (aria-hidden) is not heard.
    const n = byId.get(id);
    if (!n) return;
    if (n.role?.value === 'StaticText') {
      if (!n.ignored) out.push(String(n.name?.value ?? '').trim());
    } else for (const c of n.childIds ?? []) walk(c);
  };
  walk(start.nodeId);
  return out.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

describe.skipIf(!chromium)('screens (issue #22)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it.each(LANGUAGES)(
    'puts the first Play on the first screen, the second one scroll away (%s)',
    async (lng) => {
      for (const viewport of [
        { width: 360, height: 640 },
        { width: 1280, height: 800 },
      ]) {
        const s = await open(browser, base, { viewport });
        await gotoGame(s.page, base, lng);
        const boxes = await s.page.evaluate(() =>
          [...document.querySelectorAll('[data-open]')].map((b) => {
            const r = b.getBoundingClientRect();
            return { bottom: r.bottom + scrollY, name: b.textContent ?? '' };
          }),
        );
        const where = `${lng} ${viewport.width}×${viewport.height}: ${JSON.stringify(boxes)}`;
        await shot(s.page, `screens-menu-${lng}-${viewport.width}`);
        expect(boxes.length, where).toBeGreaterThanOrEqual(2);
        expect(boxes[0]?.bottom, where).toBeLessThanOrEqual(viewport.height);
        expect(boxes[1]?.bottom, where).toBeLessThanOrEqual(2 * viewport.height);
        // Two Play buttons, two names.
        expect(new Set(boxes.map((b) => b.name)).size, where).toBe(boxes.length);
        // The card itself is the target: a click on its summary opens the briefing.
        await s.page
          .locator('.scenario-card')
          .first()
          .click({ position: { x: 30, y: 30 } });
        await s.page.locator('.briefing h1').waitFor();
        expect(s.problems).toEqual([]);
        await s.close();
      }
    },
  );

  it('moves the content note from the menu to the briefing, before Start, with meters, scoring and mode', async () => {
    const s = await open(browser, base);
    await gotoGame(s.page, base, 'en');
    expect(await s.page.locator('.menu [data-content-note], .menu .content-note').count()).toBe(0);
    await s.page.locator('[data-open]').first().click();
    const order = await s.page.evaluate(() => {
      const all = [...document.querySelectorAll('[data-content-note], [data-action="start"]')];
      return all.map((e) => (e.matches('[data-action="start"]') ? 'start' : 'note'));
    });
    expect(order.at(-1)).toBe('start');
    expect(order).toContain('note');
    expect(await s.page.locator('#briefing-meters dt, .briefing [data-meter]').count()).toBeGreaterThan(0);
    expect(await s.page.locator('.briefing [data-axis]').count()).toBeGreaterThan(0);
    expect(await s.page.locator('.briefing [data-mode="free"]').count()).toBe(1);
    await s.close();
  });

  it('gives quiz feedback in place, both orders side by side, and progress never goes back', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'en');
    await startFirst(page);
    let last = 0;
    const progress = async () => {
      const w = await page.locator(`${PAGE} .progress-fill`).getAttribute('style');
      const pct = Number(/width:(\d+)%/.exec(w ?? '')?.[1]);
      expect(pct).toBeGreaterThanOrEqual(last);
      last = pct;
    };
    const seen = new Set<string>();
    for (let i = 0; i < 80 && seen.size < 2; i++) {
      await progress();
      const st = await panelState(page);
      if (st.end) break;
      if (st.quiz && !seen.has(st.quiz === 'order' ? 'order' : 'pick')) {
        seen.add(st.quiz === 'order' ? 'order' : 'pick');
        const prompt = await page.locator(`${PAGE} .quiz-prompt`).innerText();
        if (st.quiz !== 'order') await page.locator(`${PAGE} .quiz .option`).first().click();
        await page.locator(`${PAGE} .quiz [data-action="submit"]`).click();
        // Same page, same question; the verdict and the right answer shown beside the student's.
        expect((await panelState(page)).node).toBe(st.node);
        expect(await page.locator(`${PAGE} .quiz-prompt`).innerText()).toBe(prompt);
        expect(await page.locator(`${PAGE} [data-result] .badge`).count()).toBe(1);
        await shot(page, `screens-quiz-${st.quiz}`);
        if (st.quiz === 'order') {
          const cols = page.locator(`${PAGE} .order-compare ol`);
          expect(await cols.count()).toBe(2);
          expect(await cols.nth(0).locator('li').count()).toBe(await cols.nth(1).locator('li').count());
        } else {
          expect(await page.locator(`${PAGE} .option[data-mark="right"]`).count()).toBeGreaterThan(0);
          expect(await page.locator(`${PAGE} .option[aria-pressed="true"] .mark`).count()).toBeGreaterThan(0);
        }
        await page.locator(`${PAGE} .quiz [data-action="continue"]`).click();
        await page.waitForFunction(
          (b) => document.querySelector('.panel-inner')?.getAttribute('data-node') !== b,
          st.node,
        );
        continue;
      }
      await clickStep(page);
    }
    expect([...seen].sort()).toEqual(['order', 'pick']);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it.each(['en', 'hy'])('opens the debrief on a summary within two screens at 1280×800 (%s)', async (lng) => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    // One path every run: how tall the summary is depends on the wrong answers along it.
    await fixRandom(page, 7);
    await gotoGame(page, base, lng);
    await startFirst(page);
    await stepUntil(page, (st) => st.end);
    await page.locator(`${PAGE} [data-action="debrief"]`).click();
    const summary = page.locator('[data-summary]');
    await summary.waitFor();
    await shot(page, `screens-debrief-${lng}`);
    const box = await summary.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(2 * 800);
    expect(await page.locator('.debrief [data-score], .debrief .scores li').count()).toBeGreaterThan(0);
    expect(await page.locator('.debrief .moments li').count()).toBeLessThanOrEqual(3);
    expect(await page.locator('.debrief .moments li').count()).toBeGreaterThan(0);
    // The rest opens on demand; the timeline has a legend and words for its dots.
    expect(await page.locator('details.debrief-section[open]').count()).toBe(0);
    expect(await page.locator('.timeline-legend li').count()).toBe(2);
    const timeline = await page.locator('.timeline li').count();
    expect(await page.locator('.timeline li .sr-only').count()).toBe(timeline);
    expect(await page.locator('h1').count()).toBe(1);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('moves between screens with Back and Forward, never leaving mid-play, titling each screen', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'en');
    const titles = [await page.title()];
    await page.locator('[data-open]').first().click();
    await page.locator('.briefing h1').waitFor();
    titles.push(await page.title());
    await page.locator('[data-action="start"]').click();
    await page.locator(PAGE).waitFor();
    titles.push(await page.title());
    await clickStep(page);
    await clickStep(page);
    const node = await page.locator(PAGE).getAttribute('data-node');
    await page.goBack();
    await page.locator('.briefing [data-action="resume"]').waitFor();
    expect(page.url().startsWith(base)).toBe(true);
    await page.goForward();
    await page.waitForFunction(
      (n) => document.querySelector('.panel-inner')?.getAttribute('data-node') === n,
      node,
    );
    await page.goBack();
    await page.locator('.briefing').waitFor();
    await page.goBack();
    await page.locator('.menu').waitFor();
    expect(new Set(titles).size).toBe(3);
    for (const t of titles) expect(t).toMatch(/Precedent$/);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('announces every new page through one live region, as the accessibility tree shows it', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await gotoGame(page, base, 'ru');
    await startFirst(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await page.evaluate(() => {
      (document.getElementById('announcer') as HTMLElement & { mark?: 1 }).mark = 1;
    });
    for (let i = 0; i < 8; i++) {
      const before = await page.locator('#announcer').textContent();
      if ((await clickStep(page)) === 'end') break;
      await page.waitForFunction((b) => {
        const t = document.getElementById('announcer')?.textContent ?? '';
        return t !== '' && t !== b;
      }, before);
      const live = await page.evaluate(() => {
        const a = document.getElementById('announcer') as (HTMLElement & { mark?: 1 }) | null;
        return { same: a?.mark === 1, polite: a?.getAttribute('aria-live') };
      });
      expect(live).toEqual({ same: true, polite: 'polite' });
      const parts = [`${PAGE} [data-story]`];
      if ((await panelState(page)).quiz) parts.push(`${PAGE} .quiz-prompt`);
      if (await page.locator(`${PAGE} .choices > h2`).count()) parts.push(`${PAGE} .choices > h2`);
      const expected = (await Promise.all(parts.map((p) => axText(cdp, p)))).filter(Boolean).join(' ');
      expect(expected.length).toBeGreaterThan(0);
      // Word breaks differ between one text node (the region) and many (the page), and the tree
      // applies CSS text-transform (the uppercase eyebrow): compare the words, ignoring case.
      const words = (t: string) => t.replace(/\s+/g, '').toLocaleLowerCase();
      expect(words(await axText(cdp, '#announcer'))).toBe(words(expected));
    }
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('explains the meters on demand, drops Sound, shows toggle state, hides key hints on touch', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await gotoGame(page, base, 'en');
    await page.locator('[data-action="settings"]').click();
    const toggles = await page
      .locator('dialog .btn.toggle')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-pressed')));
    expect(toggles.every((p) => p === 'true' || p === 'false')).toBe(true);
    expect(await page.locator('dialog').innerText()).not.toMatch(/Sound/);
    await page.keyboard.press('Escape');
    await startFirst(page);
    await page.locator(`${PAGE} [data-action="meters"]`).click();
    expect(await page.locator('dialog.meter-guide dd').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await stepUntil(page, (st) => st.choices > 0);
    expect(await page.locator(`${PAGE} .keys-hint`).isVisible()).toBe(false);
    expect(await page.locator(`${PAGE} .choice kbd`).first().isVisible()).toBe(false);
    await context.close();
  });
});
