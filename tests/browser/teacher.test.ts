// The teacher flow in real Chromium: the teacher builds an assignment link in Russian, two
// students play it in their own browser contexts and get result codes, the teacher pastes both
// (verified in the table and on the heatmap) and a tampered one (flagged), exports CSV, and axe
// finds no serious or critical violations on the teacher page.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { crcHex, toBase64url } from '../../src/platform/checksum';
import { axe, clickStep, gotoGame, launch, open, PAGE, playToEnd, type Session } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');

/** A short, correctly checksummed code whose log would expand to 30 million events. */
function hostileCode(): string {
  const list = Array.from({ length: 3000 }, () => 10_000);
  const payload = JSON.stringify(['appeal', 1, 'a', '', 'hostile', 1, 2, 3, list, 0]);
  const head = `PRC1.${toBase64url(deflateSync(new TextEncoder().encode(payload), { level: 9 }))}`;
  return `${head}.${crcHex(head)}`;
}

function tamper(code: string): string {
  const i = 12;
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

/** A student opens the link, plays to the debrief and returns their result code. */
async function student(browser: Browser, link: string, name: string, pick: 'first' | 'last') {
  const s = await open(browser, link);
  const { page } = s;
  await page.goto(link);
  await page.locator('[data-action="start"]').click();
  const banner = page.locator('.assignment-banner');
  expect(await banner.textContent()).toContain('Это задание от вашего учителя');
  expect(await banner.textContent()).toContain('Класс: 9Б');
  // Assessment: one attempt. Back at the briefing mid-play, it can be continued, not restarted.
  await clickStep(page, pick);
  await clickStep(page, pick);
  await page.locator('[data-action="menu"]').click();
  await page.locator(`[data-open="${new URL(link).searchParams.get('scenario')}"]`).click();
  await page.locator('[data-action="resume"]').waitFor();
  expect(await page.locator('[data-action="start"]').count()).toBe(0);
  await page.locator('[data-action="resume"]').click();
  await playToEnd(page, pick);
  await page.locator(`${PAGE} [data-action="debrief"]`).click();
  // Assessment: one attempt, so no "play again".
  expect(await page.locator('[data-action="again"]').count()).toBe(0);
  await page.fill('#result-name', name);
  await page.getByRole('button', { name: 'Получить код результата' }).click();
  const code = await page.inputValue('#result-code');
  // Version 2: the code carries the assignment id of the link.
  expect(code).toMatch(/^PRC2\./);
  expect(s.problems).toEqual([]);
  await s.close();
  return code;
}

describe.skipIf(!chromium)('teacher flow', () => {
  let browser: Browser;
  let teacher: Session;
  let page: Page;
  let link = '';
  /** The first scenario the build ships (the real ones, or the fixture when there are none). */
  let scenario = '';
  const codes: string[] = [];

  beforeAll(async () => {
    browser = await launch(chromium as string);
    teacher = await open(browser, base, { locale: 'ru-RU' });
    page = teacher.page;
    await page.goto(`${base}teacher.html?lng=ru`);
    await page.waitForSelector('#catalog .card');
    scenario = (await page.locator('#assign-scenario option').first().getAttribute('value')) ?? '';
  });
  afterAll(async () => {
    await teacher?.close();
    await browser?.close();
  });

  it('shows the catalog and a map whose boxes tell their text on focus', async () => {
    expect(await page.locator('h1').textContent()).toBe('Прецедент — для учителя');
    expect(await page.locator('#catalog .card').count()).toBeGreaterThan(0);
    await page.selectOption('#map-scenario', scenario);
    const box = page.locator('#map svg.map g.box').first();
    await box.focus();
    expect(await page.locator('#map .map-detail').textContent()).toBe(await box.getAttribute('aria-label'));
    expect(await page.locator('#map g.box.historical').count()).toBeGreaterThan(3);
  });

  it('prints each lesson sheet on one A4 page', async () => {
    // window.print() opens no dialog headless; the PDF is what the print stylesheet produces.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const cards = page.locator('#catalog .card');
    for (let i = 0; i < (await cards.count()); i++) {
      await cards.nth(i).getByRole('button').click();
      expect(await page.locator('.card.print-target').count()).toBe(1);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, `sheet ${i + 1}`).toBe(1);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await page.locator('.print-target').count()).toBe(0);
    }
  });

  it('builds an assessment link in Russian with a QR code', async () => {
    await page.selectOption('#assign-scenario', scenario);
    await page.selectOption('#assign-lng', 'ru');
    await page.check('#assign-mode-assessment');
    await page.fill('#assign-class', '9Б');
    link = await page.inputValue('#assign-link');
    expect(link).toMatch(
      new RegExp(
        `^${base}index\\.html\\?scenario=${scenario}&lng=ru&mode=assessment&class=9%D0%91&id=[\\w-]{12}$`,
      ),
    );
    expect(await page.locator('#assign svg.qr path').count()).toBe(1);
  });

  it('lets a first student play the link and hand in a result code', async () => {
    codes.push(await student(browser, link, 'Анна Петрова', 'first'));
  }, 400_000);

  it('lets a second student, in another browser context, do the same on another path', async () => {
    codes.push(await student(browser, link, 'Արամ Պետրոսյան', 'last'));
    expect(codes[0]).not.toBe(codes[1]);
  }, 400_000);

  it('verifies both students, reports a tampered code and shows the class on the heatmap', async () => {
    // Wrapped over lines and inside chat text, as a messenger delivers it.
    const chat = `Анна: вот ${codes[0]?.replace(/(.{60})/g, '$1\n')} спасибо\n${codes[1]}\n${tamper(codes[0] ?? '')}`;
    await page.fill('#results-codes', chat);
    await page.getByRole('button', { name: 'Проверить коды' }).click();
    const rows = page.locator('table.results tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('tr[data-verified="true"]').count()).toBe(2);
    expect(await rows.nth(0).locator('th').textContent()).toBe('Анна Петрова');
    expect(await rows.nth(1).locator('th').textContent()).toBe('Արամ Պետրոսյան');
    expect(await rows.nth(0).textContent()).toContain('9Б');
    expect(await rows.nth(0).textContent()).toContain('Контроль');
    const report = await page.locator('#results-report').textContent();
    expect(report).toContain('Добавлено: 2. Уже были: 0. Не прочитано: 1.');
    expect(report).toContain('Код повреждён или изменён');
    expect(await page.locator('#results p.status').textContent()).toContain('проверено: 2');
    const chosen = page.locator('#results svg.map g.box-choice.chosen');
    expect(await chosen.count()).toBeGreaterThanOrEqual(2);
    expect(await chosen.first().getAttribute('aria-label')).toMatch(/из 2/);
  });

  it('keeps the results in this browser across a reload', async () => {
    await page.reload();
    await page.waitForSelector('table.results');
    expect(await page.locator('table.results tbody tr').count()).toBe(2);
  });

  it('boots usable with a hostile code stored, reports that row and removes it', async () => {
    await page.evaluate(
      ([hostile]) => {
        const key = 'precedent.teacher.codes';
        const have = JSON.parse(localStorage.getItem(key) ?? '[]');
        localStorage.setItem(key, JSON.stringify([hostile, ...have]));
      },
      [hostileCode()],
    );
    const t = Date.now();
    await page.reload();
    await page.waitForSelector('table.results');
    expect(Date.now() - t).toBeLessThan(20_000);
    const rows = page.locator('table.results tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('не код результата');
    expect(await page.locator('tr[data-verified="true"]').count()).toBe(2);
    await rows.nth(0).getByRole('button').click();
    expect(await rows.count()).toBe(2);
    expect(await page.locator('tr[data-verified="true"]').count()).toBe(2);
  });

  it('boots usable whatever its storage holds', async () => {
    const saved = await page.evaluate(() => localStorage.getItem('precedent.teacher.codes'));
    await page.evaluate(() => localStorage.setItem('precedent.teacher.codes', '{not json'));
    await page.reload();
    await page.waitForSelector('#results-codes');
    expect(await page.locator('#results p.status').textContent()).toContain('повреждена');
    expect(await page.locator('h1').count()).toBe(1);
    await page.evaluate((v) => localStorage.setItem('precedent.teacher.codes', v ?? '[]'), saved);
    await page.reload();
    await page.waitForSelector('table.results');
  });

  it('exports CSV with a BOM and intact Armenian and Cyrillic names', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать CSV' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toContain('Имя,Класс,Режим,Дата');
    expect(text).toContain('Анна Петрова,9Б');
    expect(text).toContain('Արամ Պետրոսյան,9Б');
  });

  it('has no serious or critical axe violations', async () => {
    expect(await axe(page)).toEqual([]);
  });

  it('clears stored results, and nothing failed or left this host', async () => {
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Удалить сохранённые результаты' }).click();
    expect(await page.locator('table.results').count()).toBe(0);
    expect(teacher.problems).toEqual([]);
  });
});

describe.skipIf(!chromium)('assignment links in the game', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('explains a broken link and then shows the normal menu', async () => {
    const s = await open(browser, base);
    await s.page.goto(`${base}index.html?scenario=nope&lng=en&mode=practice`);
    await s.page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    expect(await s.page.locator('body').textContent()).toContain('no scenario “nope” on this site');
    expect(await s.page.locator('[data-open]').count()).toBeGreaterThan(0);
    await s.close();
  });

  it('gives feedback at once in practice mode', async () => {
    const s = await open(browser, base);
    await gotoGame(s.page, base, 'en');
    const first = await s.page.locator('[data-open]').first().getAttribute('data-open');
    await s.page.goto(`${base}index.html?scenario=${first}&lng=en&mode=practice`);
    await s.page.locator('[data-action="start"]').click();
    expect(await s.page.locator('.assignment-banner').textContent()).toContain('Practice');
    for (let i = 0; i < 30 && (await s.page.locator(`${PAGE} .feedback`).count()) === 0; i++)
      await clickStep(s.page);
    expect(await s.page.locator(`${PAGE} .feedback`).count()).toBe(1);
    await s.close();
  });
});
