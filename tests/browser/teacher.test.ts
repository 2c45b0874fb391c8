// The teacher flow in real Chromium: the teacher reads the catalog and the map (zoom, fit, history
// toggle), builds an assignment link in Russian with a QR code (enlarged, saved as SVG), two
// students play it in their own browser contexts (one reloads mid-play) and hand in codes; the
// teacher pastes them from chat text (wrapped, with a tampered one), adds a renamed copy, a
// practice replay and files (one already in, one with no code, one too large), reads the report,
// the class view and the heatmap, prints the class report, exports CSV, and axe finds nothing
// serious. The guide's screenshots (docs/img/teacher-*.png) are taken here.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultFileText } from '../../src/platform/resultFile';
import { axe, launch, open, type Session } from './helpers';
import { decoded, doc, hostileCode, recoded, student, tamper } from './teacherSupport';

const chromium = inject('chromium');
const base = inject('baseUrl');

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
    // Fitted to the width by default; zoom in, back to fit, and the historical path hidden.
    const svg = page.locator('#map svg.map');
    expect(await svg.getAttribute('width')).toBe('100%');
    await page.getByRole('button', { name: 'Увеличить', exact: true }).click();
    expect(Number(await svg.getAttribute('width'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'По ширине' }).click();
    expect(await svg.getAttribute('width')).toBe('100%');
    await page.getByLabel('Показывать исторический путь').uncheck();
    expect(await page.locator('#map figure.hide-historical').count()).toBe(1);
    await page.getByLabel('Показывать исторический путь').check();
    await page.locator('#map').screenshot({ path: doc('teacher-map') });
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
    // Enlarged for a projector, and saved as an SVG picture.
    const enlarge = page.getByRole('button', { name: 'Увеличить QR-код' });
    await enlarge.click();
    expect(await page.locator('#assign .large svg.qr').count()).toBe(1);
    expect(await page.locator('[aria-pressed="true"]').textContent()).toBe('Уменьшить QR-код');
    await page.locator('#assign').screenshot({ path: doc('teacher-assign-qr') });
    await page.locator('[aria-pressed="true"]').click();
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать QR-код как рисунок' }).click(),
    ]);
    const picture = readFileSync(await svgFile.path(), 'utf8');
    expect(picture).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(picture).toContain('<path');
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
    // Time taken sits under "reported by the student's device", not under "verified".
    expect(await page.locator('table.results tr.groups th.claimed').textContent()).toBe(
      'Со слов устройства ученика',
    );
    await page.locator('#results').screenshot({ path: doc('teacher-results') });
  });

  it('says in one line what Verified means, linking the guide that ships with the site', async () => {
    const line = page.locator('#results .verified-means');
    expect(await line.textContent()).toContain('«Проверено» значит');
    const href = (await line.locator('a').getAttribute('href')) ?? '';
    const guide = await page.request.get(new URL(href, page.url()).href);
    expect(guide.status()).toBe(200);
    expect(await guide.text()).toContain('# Precedent for teachers');
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
    // A hostile stored code that hung the page would fail this by the test's timeout.
    await page.reload();
    await page.waitForSelector('table.results');
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
    const [head, ...lines] = text.split('\r\n');
    expect(head).toContain('Имя,Класс,Режим,Дата');
    expect(head).toContain('Сценарий,Сторона,Концовка');
    expect(head).toContain(',"Баллы, %",');
    for (const line of lines.filter(Boolean))
      expect(line).toMatch(/,Контроль,\d{4}-\d\d-\d\d,\d+:\d\d:\d\d,.*,\d+%,/);
    expect(text).toContain('Анна Петрова,9Б');
    expect(text).toContain('Արամ Պետրոսյան,9Б');
  });

  it('flags a renamed copy and another mode, names each file in the report, counts each play once', async () => {
    const copy = recoded(codes[0] ?? '', { name: 'Анна П.' });
    const practice = recoded(codes[1] ?? '', { name: 'Арам', mode: 'practice' });
    await page.fill('#results-codes', `${copy}\n${practice}`);
    await page.getByRole('button', { name: 'Проверить коды' }).click();
    const rows = page.locator('table.results tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(2).locator('td.notes').textContent()).toBe('Та же игра, что в строке 1.');
    const notes = (await rows.nth(3).locator('td.notes').textContent()) ?? '';
    expect(notes).toContain('Та же игра, что в строке 2.');
    expect(notes).toContain('Пройдено в режиме «Тренировка», а ссылка задавала «Контроль».');
    // A result file already imported, a text with no code, and a file over 1 MB.
    const file = JSON.parse(resultFileText(decoded(codes[0] ?? ''))) as { code: string };
    const files = [
      { name: 'anna.precedent.json', json: JSON.stringify({ ...file, code: codes[0] }) },
      { name: 'notes.txt', json: 'Здравствуйте! Вот мой ответ: я выбрал апелляцию.' },
      { name: 'big.json', json: `{"x":"${'a'.repeat(1_100_000)}"}` },
    ];
    await page.setInputFiles(
      '#results-files',
      files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.json) })),
    );
    await page.waitForFunction(() =>
      document.getElementById('results-report')?.textContent?.includes('big.json'),
    );
    const report = (await page.locator('#results-report').textContent()) ?? '';
    expect(report).toContain('Добавлено: 0. Уже были: 1. Не прочитано: 2.');
    expect(report).toContain('notes.txt: Код результата в нём не найден.');
    expect(report).toMatch(/big\.json: Слишком большой объём: 1\s?100\s?0\d\d/);
    await page.locator('#results-report').screenshot({ path: doc('teacher-import-report') });
    // The class view: two plays, however many copies; per question % right, endings, averages.
    const view = page.locator('.class-view');
    expect(await view.locator('h3').textContent()).toBe('Сводка по классу (проверенных игр: 2)');
    expect(await view.locator('table.summary').count()).toBe(3);
    const endings = await view.locator('table.summary').nth(1).locator('tbody td').allTextContents();
    expect(endings.reduce((sum, n) => sum + Number(n), 0)).toBe(2);
    expect(await view.locator('table.summary').first().locator('tbody td').first().textContent()).toMatch(
      /^\d+% \(\d\/2\)$/,
    );
    expect(
      await page.locator('#results svg.map g.box-choice.chosen').first().getAttribute('aria-label'),
    ).toMatch(/из 2/);
    await view.screenshot({ path: doc('teacher-class-view') });
  });

  it('prints the results alone as a class report on A4 landscape', async () => {
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Распечатать отчёт по классу' }).click();
    // A4 landscape less the 12 mm print margins, at 96 dpi: 273 mm × 186 mm.
    await page.setViewportSize({ width: 1031, height: 703 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#catalog').isVisible()).toBe(false);
    expect(await page.locator('#downloads').isVisible()).toBe(false);
    expect(await page.locator('table.results').isVisible()).toBe(true);
    expect(await page.locator('table.results button').first().isVisible()).toBe(false);
    const right = await page.locator('table.results').evaluate((t) => t.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(1031);
    await page.evaluate(() => document.getElementById('results')?.scrollIntoView());
    await page.screenshot({ path: doc('teacher-class-report') });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length;
    const [w, h] = (pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/)?.slice(1) ?? []).map(Number);
    console.log(`class report: ${pages} A4 pages for 4 rows, ${w}×${h} pt`);
    expect([Math.round(w ?? 0), Math.round(h ?? 0)]).toEqual([842, 595]);
    // Back to the screen before the page count is judged, so a failure here is this test's alone.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('body.printing-results').count()).toBe(0);
    // Table and class view (2–3 landscape pages), then the heatmap scaled to one page, however tall.
    expect(pages).toBeLessThanOrEqual(4);
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
