// Reasons and confidence by keyboard (issue #20): a student plays The Appeal from a practice link
// without a mouse, marks "Sure" at every knowledge check, gives a reason after each decision that
// asks why, and finds both in the debrief (the reason beside the choice; the checks they were
// sure of and got wrong); the result code then shows the reasons on the teacher page. Each
// meter change after a choice shows its why beside it ("Legal strength +10: <why>").
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open, PAGE } from './helpers';

const APPEAL_EN: unknown = JSON.parse(readFileSync('locales/en/appeal.json', 'utf8'));
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const chromium = inject('chromium');
const base = inject('baseUrl');

async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const shown = (page: Page) =>
  page.evaluate(() => {
    const inner = document.querySelector<HTMLElement>('.panel-inner');
    const first = inner?.querySelector<HTMLButtonElement>('.choice:not([disabled])');
    return {
      node: inner?.dataset.node ?? '',
      kind: inner?.dataset.kind ?? '',
      quiz: inner?.querySelector<HTMLElement>('.quiz')?.dataset.quiz ?? null,
      item: inner?.querySelector<HTMLElement>('.quiz')?.dataset.item ?? '',
      end: inner?.querySelector('[data-action="debrief"]') != null,
      // Options come in the seeded order: the number of the first one that can be taken.
      first: first ? [...(inner?.querySelectorAll('.choice') ?? [])].indexOf(first) + 1 : 0,
      reason: first?.dataset.reason ?? '',
    };
  });

interface Played {
  /** Decision id → reason id given there. */
  reasons: Map<string, string>;
  /** The "What changed" items shown after each choice: the why's key (if any) and the line read. */
  changes: { why: string | null; text: string }[];
  /** Checks answered while marked sure, and whether each was right. */
  sure: Map<string, boolean>;
}

/** One step by keyboard; false at the ending. */
async function keyStep(page: Page, played: Played): Promise<boolean> {
  const s = await shown(page);
  if (s.end) return false;
  if (s.quiz) {
    // Sure, by keyboard: Tab to the radio and Space checks it.
    await tabTo(page, `${PAGE} .quiz input[data-confidence="sure"]`);
    await page.keyboard.press('Space');
    if (s.quiz === 'order') {
      await tabTo(page, `${PAGE} .order-item [data-move="down"]:not([disabled])`);
      await page.keyboard.press('Enter');
    } else {
      // The second option: a wrong answer now and then, so "sure but wrong" has something to show.
      await page.keyboard.press('2');
    }
    await tabTo(page, `${PAGE} .quiz [data-action="submit"]`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.quiz [data-action="continue"]'));
    const checked = await page.locator(`${PAGE} .quiz`).getAttribute('data-checked');
    played.sure.set(s.item, checked === 'right');
    await page.keyboard.press('Enter');
  } else if (s.first > 0) {
    if (s.kind === 'reason') played.reasons.set(s.node.split('~')[0] ?? '', s.reason);
    await page.keyboard.press(String(s.first));
  } else await page.keyboard.press('Enter');
  await page.waitForFunction(
    (b) => document.querySelector('.panel-inner')?.getAttribute('data-node') !== b,
    s.node,
    {
      polling: 50,
    },
  );
  // After a choice (or the reason that completes it), the page lists what the choice changed.
  if (s.first > 0) played.changes.push(...(await changes(page)));
  return true;
}

const changes = (page: Page) =>
  page
    .locator(`${PAGE} .changes li`)
    .evaluateAll((ls) => ls.map((l) => ({ why: l.getAttribute('data-why'), text: l.textContent ?? '' })));

/** The English text of a key in The Appeal's namespace. */
function appealText(key: string): string {
  let cur: unknown = APPEAL_EN;
  for (const part of key.split('.')) cur = (cur as Record<string, unknown>)[part];
  return String(cur);
}

describe.skipIf(!chromium)('reasons and confidence', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('by keyboard: a reason and a sure mark reach the debrief and, by result code, the teacher page', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    await page.goto(`${base}index.html?scenario=appeal&lng=en&mode=practice&class=9A&id=reasons-test`);
    await tabTo(page, '[data-action="start"]');
    await page.keyboard.press('Enter');
    await page.locator(PAGE).waitFor();
    const played: Played = { reasons: new Map(), sure: new Map(), changes: [] };
    for (let i = 0; await keyStep(page, played); i++) expect(i).toBeLessThan(150);
    expect(played.reasons.size).toBeGreaterThanOrEqual(3);
    expect(played.sure.size).toBeGreaterThan(0);
    // Every change a choice made says why, beside it: "Legal strength +10: <why>".
    expect(played.changes.length).toBeGreaterThan(0);
    for (const c of played.changes) {
      expect(c.why, c.text).toMatch(
        /^nodes\.d-[a-z-]+\.choices\.[a-z0-9-]+\.why\.(legal|pressure|attention)$/,
      );
      expect(c.text).toMatch(new RegExp(`^\\S.* [+\u2212]\\d+: ${escapeRe(appealText(c.why as string))}$`));
    }
    await tabTo(page, `${PAGE} [data-action="debrief"]`);
    await page.keyboard.press('Enter');

    // Sure and wrong: exactly the checks marked sure and answered wrong, or the line saying none.
    const wrongSure = [...played.sure].filter(([, right]) => !right).map(([item]) => item);
    const listed = await page
      .locator('.sure-wrong li')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-item')));
    expect(listed.sort()).toEqual(wrongSure.sort());
    expect(await page.locator('.sure-wrong h3').textContent()).toBe('Sure, but not right');

    // The reasons, beside each choice in "Your path", opened by keyboard.
    await tabTo(page, 'details[data-section="db-paths"] > summary');
    await page.keyboard.press('Enter');
    for (const [decision, reason] of played.reasons) {
      const given = page.locator(`li[data-decision="${decision}"] .given-reason[data-reason="${reason}"]`);
      expect([decision, await given.count()]).toEqual([decision, 1]);
      expect(await given.locator('h4').textContent()).toBe('Your reason');
    }

    // The result code carries them (version 3) …
    await page.fill('#result-name', 'Ani');
    await page.locator('.result-panel button').first().click();
    const code = await page.inputValue('#result-code');
    expect(code).toMatch(/^PRC3\./);
    expect(s.problems).toEqual([]);
    await s.close();

    // … and the teacher page counts each reason given.
    const t = await open(browser, base);
    await t.page.goto(`${base}teacher.html?lng=en`);
    await t.page.fill('#results-codes', code);
    await t.page.getByRole('button', { name: 'Check codes' }).click();
    expect(await t.page.locator('tr[data-verified="true"]').count()).toBe(1);
    for (const [decision, reason] of played.reasons) {
      const row = t.page.locator(
        `table.reasons-given tr[data-decision="${decision}"][data-reason="${reason}"]`,
      );
      expect([decision, await row.locator('td').last().textContent()]).toEqual([decision, '1 of 1']);
    }
    expect(t.problems).toEqual([]);
    await t.close();
  }, 400_000);
});
