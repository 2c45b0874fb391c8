// How the atlas reaches each screen of the built game: the menu, a node by a saved path (the
// game restores its own save by replaying it), and, on a node's page, what a student opens there
// (documents, stage cards, a check answered, the debrief). Page-side only; run.ts decides.
import type { Page } from 'playwright-core';
import { type CompiledScenario, correctAnswer, type LogEntry, wrongAnswer } from '../../engine';
import { MARK } from '../../platform/marks';
import { saveAt } from '../../translate/paths';
import { UNROLL_CSS } from './capture';

/** Longest wait for the stage's first drawing; without WebGL the atlas goes on without its side. */
const STAGE_WAIT_MS = 15_000;

export async function openMenu(page: Page, url: string, storage: Record<string, string> = {}): Promise<void> {
  await page
    .evaluate((items) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, storage)
    .catch(() => undefined);
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK.menuReady);
}

/** An assignment link (`?scenario=…&mode=…`) opens its scenario's briefing, showing the mode. */
export async function openAssignment(page: Page, url: string): Promise<void> {
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  await page.goto(url);
  await page.locator('.screen.briefing').waitFor();
}

/** The game resumes the last scenario's save on start: a save with this log lands on the node. */
export async function openNode(
  page: Page,
  url: string,
  c: CompiledScenario,
  log: readonly LogEntry[],
  node: string,
): Promise<void> {
  const save = JSON.stringify(saveAt(c, [...log]));
  await page.evaluate(
    ([id, s]) => {
      localStorage.clear();
      localStorage.setItem(`precedent.save.${id}`, s as string);
      localStorage.setItem('precedent.last', id as string);
    },
    [c.scenario.id, save],
  );
  await page.goto(url);
  await page.locator(`.panel-inner[data-node="${node}"]`).waitFor();
  // The stage's side (press lines, relations, the list of parties) is drawn after the panel.
  await page
    .waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK.stageDrawn, {
      timeout: STAGE_WAIT_MS,
    })
    .catch(() => undefined);
  await page.addStyleTag({ content: UNROLL_CSS });
  await openDetails(page);
}

/** Source lists and other folded parts open, so their texts are on the picture. */
export async function openDetails(page: Page, selector = 'main details'): Promise<void> {
  await page.evaluate((sel) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>(sel)) d.open = true;
  }, selector);
}

/** Ids of the buttons matching `selector` on the page, read from `attr`. */
export async function idsOf(page: Page, selector: string, attr: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((els, a) => els.map((e) => e.getAttribute(a as string) ?? '').filter(Boolean), attr);
}

/** Opens the dialog that `button` opens and runs `inside` while it is open; Escape closes it. */
export async function withDialog(page: Page, button: string, inside: () => Promise<void>): Promise<void> {
  await page.locator(button).first().click();
  await page.locator('dialog[open]').waitFor();
  await openDetails(page, 'dialog[open] details');
  await inside();
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

/**
 * Answers check `itemId` inside `scope` (wrongly unless `right`) and submits: the verdict, the
 * right answer and the explanation then show in place. An ordering item is submitted in the order
 * shown (a shuffle: wrong but for chance, and its explanation shows either way), so it is never
 * the one answered right. False when the check is not there or cannot be submitted.
 */
export async function answerCheck(
  page: Page,
  c: CompiledScenario,
  itemId: string,
  { scope = '.panel-inner', right = false } = {},
): Promise<boolean> {
  const item = c.items.get(itemId);
  const quiz = page.locator(`${scope} section.quiz[data-item="${itemId}"]`);
  if (!item || (right && item.type === 'order') || (await quiz.count()) === 0) return false;
  const a = right ? correctAnswer(item) : wrongAnswer(item);
  const pick = (id: string) => quiz.locator(`[data-option="${id}"]`).first().click();
  if (a.type === 'single') await pick(a.option);
  else if (a.type === 'multiple') for (const id of a.options) await pick(id);
  else if (a.type === 'truefalse') await pick(String(a.value));
  const submit = quiz.locator('[data-action="submit"]');
  if ((await submit.count()) === 0 || !(await submit.isEnabled())) return false;
  await submit.click();
  await page.locator(`${scope} section.quiz[data-item="${itemId}"][data-checked]`).waitFor();
  return true;
}
