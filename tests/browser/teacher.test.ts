// The teacher flow in real Chromium: catalog and map render, an assignment link in Russian,
// result codes of two students pasted and verified (table and heatmap), a tampered code flagged,
// CSV export with BOM, and no serious or critical axe violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile, enumeratePlays, replay } from '../../src/engine';
import { encodeResult } from '../../src/platform/resultCode';
import { buildSite, TEST_DIST } from './teacherBuild';
import { hasBrowser, launch, serve } from './teacherKit';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const drill = compile(parse(readFileSync('tests/browser/fixtures/scenarios/drill.yaml', 'utf8')));

/** Two different finished plays of the drill as result codes, as two students would send them. */
function studentCodes(): string[] {
  const plays = enumeratePlays(drill).plays;
  const picks = [plays[0], plays[plays.length - 1]];
  return picks.map((log, i) => {
    const run = replay(drill, 1000 + i, log ?? []);
    if (!run.ok) throw new Error('fixture play does not replay');
    return encodeResult({
      scenario: 'drill',
      contentVersion: drill.scenario.contentVersion,
      mode: 'assessment',
      classLabel: '9Б',
      name: ['Анна Петрова', 'Արամ Պետրոսյան'][i] ?? '',
      startedAt: 1_764_300_000_000,
      finishedAt: 1_764_300_000_000 + (i + 5) * 60_000,
      seed: 1000 + i,
      events: (log ?? []).map(({ node: _n, ...e }) => e as never),
      claim: { ending: run.value.node, score: run.value.context.score },
    });
  });
}

function tamper(code: string): string {
  const i = 12;
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

describe.skipIf(!hasBrowser)('teacher page', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    await buildSite();
    site = await serve(TEST_DIST);
    browser = await launch();
    const context = await browser.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      viewport: { width: 1200, height: 900 },
    });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}teacher.html?lng=ru`);
    await page.waitForSelector('#catalog .card');
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('shows the catalog in Russian with the scenario complete in all three languages', async () => {
    expect(await page.locator('h1').textContent()).toBe('Прецедент — для учителя');
    const card = page.locator('#catalog .card').first();
    expect(await card.locator('dd').nth(3).textContent()).toContain('Հայերեն');
    expect(await card.getByRole('button', { name: /Распечатать план урока/ }).count()).toBe(1);
  });

  it('draws the map with focusable, named boxes and shows a box’s text on focus', async () => {
    const boxes = page.locator('#map svg.map g.box');
    expect(await boxes.count()).toBeGreaterThan(10);
    expect(await page.locator('#map svg.map g.box.historical').count()).toBeGreaterThan(3);
    await boxes.first().focus();
    const detail = await page.locator('#map .map-detail').textContent();
    expect(detail).toBe(await boxes.first().getAttribute('aria-label'));
  });

  it('builds a Russian assessment link with a QR code', async () => {
    await page.selectOption('#assign-scenario', 'drill');
    await page.selectOption('#assign-lng', 'ru');
    await page.check('#assign-mode-assessment');
    await page.fill('#assign-class', '9Б');
    const link = await page.inputValue('#assign-link');
    expect(link).toBe(`${site.url}index.html?scenario=drill&lng=ru&mode=assessment&class=9%D0%91`);
    expect(await page.locator('#assign svg.qr path').count()).toBe(1);
  });

  it('verifies two students, flags a tampered code, and shows the class on the heatmap', async () => {
    const [a, b] = studentCodes();
    await page.fill('#results-codes', [a, b, tamper(a ?? '')].join('\n'));
    await page.getByRole('button', { name: 'Проверить коды' }).click();
    const rows = page.locator('table.results tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await page.locator('tr[data-verified="true"]').count()).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).toBe('Анна Петрова');
    expect(await rows.nth(1).locator('th').textContent()).toBe('Արամ Պետրոսյան');
    expect(await rows.nth(2).textContent()).toContain('Код повреждён или изменён');
    expect(await page.locator('#results [role="status"]').first().textContent()).toContain(
      '3 результата, проверено: 2',
    );
    const chosen = page.locator('#results svg.map g.box-choice.chosen');
    expect(await chosen.count()).toBeGreaterThanOrEqual(2);
    expect(await chosen.first().getAttribute('aria-label')).toMatch(/из 2/);
  });

  it('keeps results across a reload, only in this browser', async () => {
    await page.reload();
    await page.waitForSelector('table.results');
    expect(await page.locator('table.results tbody tr').count()).toBe(3);
  });

  it('exports CSV with a BOM and intact Armenian and Cyrillic names', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать CSV' }).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Анна Петрова,9Б');
    expect(text).toContain('Արամ Պետրոսյան,9Б');
    expect(text.split('\r\n')[0]).toContain('Имя,Класс,Сценарий');
  });

  it('has no serious or critical axe violations', async () => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const r = await axe.run();
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, n: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('clears stored results', async () => {
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Удалить сохранённые результаты' }).click();
    expect(await page.locator('table.results').count()).toBe(0);
  });

  it('made no request to another host and logged no errors', () => {
    expect(
      requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('data:') && !u.startsWith('blob:')),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });
});
