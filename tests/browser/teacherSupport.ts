// Helpers of the teacher browser test: a student playing an assignment link (with a reload, whose
// saved start time the code must keep), codes crafted from real ones (hostile, tampered, renamed,
// replayed in practice mode), and where the guide's screenshots go.
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { crcHex, toBase64url } from '../../src/platform/checksum';
import { decodeResult, encodeResult, type ResultData } from '../../src/platform/resultCode';
import { clickStep, fixRandom, open, PAGE, playToEnd } from './helpers';

/** docs/teachers.md shows screenshots the browser tests take. */
export const doc = (name: string) => join(process.cwd(), 'docs', 'img', `${name}.png`);

/** A short, correctly checksummed code whose log would expand to 30 million events. */
export function hostileCode(): string {
  const list = Array.from({ length: 3000 }, () => 10_000);
  const payload = JSON.stringify(['appeal', 1, 'a', '', 'hostile', 1, 2, 3, list, 0]);
  const head = `PRC1.${toBase64url(deflateSync(new TextEncoder().encode(payload), { level: 9 }))}`;
  return `${head}.${crcHex(head)}`;
}

export function tamper(code: string): string {
  const i = 12;
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

export function decoded(code: string): ResultData {
  const r = decodeResult(code);
  if (!r.ok) throw new Error(`not a code: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** The same play re-encoded with other claimed fields (what a copying student would do). */
export const recoded = (code: string, change: Partial<ResultData>) =>
  encodeResult({ ...decoded(code), ...change });

const timesOf = (scenario: string) => `precedent.assignment.times.${scenario}`;

/**
 * A student opens the link, plays to the debrief and returns their result code. The first one
 * reloads the page mid-play; the second goes back to the menu. Either way an assessment can be
 * continued, not restarted, and the code's times are the run's saved start and its ending.
 */
export async function student(browser: Browser, link: string, name: string, pick: 'first' | 'last') {
  const s = await open(browser, link);
  const { page } = s;
  const scenario = new URL(link).searchParams.get('scenario') ?? '';
  // The run's seed orders the choices (#20): a fixed Math.random per student keeps each one's
  // path, and with it the length of the class report the test prints, the same on every run.
  await fixRandom(page, pick === 'first' ? 7 : 11);
  await page.goto(link);
  await page.locator('[data-action="start"]').click();
  const banner = page.locator('.assignment-banner');
  expect(await banner.textContent()).toContain('Это задание от вашего учителя');
  expect(await banner.textContent()).toContain('Класс: 9Б');
  await clickStep(page, pick);
  await clickStep(page, pick);
  const times = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), timesOf(scenario));
  const { start } = (await times()) as { start?: number };
  expect(typeof start).toBe('number');
  if (pick === 'first') await page.reload();
  else {
    await page.locator('[data-action="menu"]').click();
    await page.locator(`[data-open="${scenario}"]`).click();
  }
  // Back at the briefing, or straight at the step (a reload): never a fresh start.
  await page.locator(`[data-action="resume"], ${PAGE}[data-node]`).first().waitFor();
  expect(await page.locator('[data-action="start"]').count()).toBe(0);
  if (await page.locator('[data-action="resume"]').count())
    await page.locator('[data-action="resume"]').click();
  await playToEnd(page, pick);
  const { end } = (await times()) as { end?: number };
  await page.locator(`${PAGE} [data-action="debrief"]`).click();
  // Assessment: one attempt, so no "play again".
  expect(await page.locator('[data-action="again"]').count()).toBe(0);
  await page.fill('#result-name', name);
  await page.getByRole('button', { name: 'Получить код результата' }).click();
  const code = await page.inputValue('#result-code');
  // Version 3: the code carries the reasons given and the assignment id of the link.
  expect(code).toMatch(/^PRC3\./);
  // Time taken: from the start saved before the reload to the ending, not to the button press.
  const data = decoded(code);
  // The code keeps whole seconds.
  const second = (ms: number | undefined) => Math.round((ms ?? Number.NaN) / 1000) * 1000;
  expect([data.startedAt, data.finishedAt]).toEqual([second(start), second(end)]);
  expect(s.problems).toEqual([]);
  await s.close();
  return code;
}
