// A locale file that fails at run time (404, broken file, missing keys) does not stop the game:
// what cannot be used falls back to English, the failure (a file, or a key) is reported once on the
// console, and play goes on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chunkBody, localeChunks, readLocale, startScenario } from './flows';
import { clickStep, gotoGame, launch, mainText, open } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ids = inject('scenarioIds');

async function chunkOf(key: string): Promise<string> {
  const file = (await localeChunks()).get(key);
  if (!file) throw new Error(`no built chunk for ${key}`);
  return file;
}

const warnings = (page: Page) => {
  const out: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('[precedent] locale')) out.push(m.text());
  });
  return out;
};

describe.skipIf(!chromium)('locale fallback', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(() => browser?.close());

  it('ru common is missing (404): the menu comes up in English, reported once', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    const warned = warnings(page);
    const file = await chunkOf('ru/common');
    await page.route(`**/assets/${file}`, (r) => r.fulfill({ status: 404, body: 'gone' }));
    await gotoGame(page, base, 'ru');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    const en = readLocale('en', 'common') as { menu: { heading: string } };
    expect(await mainText(page)).toContain(en.menu.heading);
    // Switching away and back retries the file without a second report.
    await page.locator('[data-lng="en"]').click();
    await page.locator('[data-lng="ru"]').click();
    await page.locator('[data-lng="ru"][aria-pressed="true"]').waitFor();
    await startScenario(page, ids[0] as string);
    await clickStep(page);
    expect(warned.filter((w) => w.includes('ru/common'))).toHaveLength(1);
    // The failed file is one report, not one per key shown in English.
    expect(warned.filter((w) => / has no key | does not exist;/.test(w))).toEqual([]);
    // The 404 and its console line are the failure this test causes; nothing else may go wrong.
    expect(s.problems.filter((p) => !p.includes(file) && !p.includes('404'))).toEqual([]);
    await s.close();
  });

  it('ru scenario text is broken and ru common lacks keys: English for those, Russian for the rest', async () => {
    const s = await open(browser, base, { reducedMotion: true });
    const { page } = s;
    const warned = warnings(page);
    const id = ids[0] as string;
    const scenarioFile = await chunkOf(`ru/${id}`);
    const commonFile = await chunkOf('ru/common');
    await page.route(`**/assets/${scenarioFile}`, (r) =>
      r.fulfill({ contentType: 'text/javascript', body: 'export default {"broken": ' }),
    );
    const ru = readLocale('ru', 'common') as { briefing: Record<string, string> };
    const { start: _dropped, ...briefing } = ru.briefing;
    await page.route(`**/assets/${commonFile}`, (r) =>
      r.fulfill({ contentType: 'text/javascript', body: chunkBody({ ...ru, briefing }) }),
    );
    await gotoGame(page, base, 'ru');
    const en = readLocale('en', 'common') as { briefing: { start: string } };
    // The briefing twice (out to the menu and back in): the missing key is drawn twice, reported once.
    for (const again of [false, true]) {
      if (again) {
        await page.locator('[data-action="back"]').click();
        await page.locator(`[data-open="${id}"]`).waitFor();
      }
      await page.locator(`[data-open="${id}"]`).click();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a student reads
      expect(await page.locator('[data-action="start"]').innerText()).toBe(en.briefing.start);
    }
    // The title and summary come with the menu (built in every language); the rest of the
    // briefing is read from the broken file, so it falls back to English.
    const role = (readLocale('en', id) as { meta: { role: string } }).meta.role;
    expect(await page.evaluate(() => document.body.textContent)).toContain(role); // briefing, in English
    await page.locator('[data-action="start"]').click();
    await page.locator('.panel-inner').waitFor();
    await clickStep(page);
    const text = await mainText(page);
    expect(text).toMatch(/[A-Za-z]{4}/);
    expect(text).not.toMatch(/\b(nodes|docs|meta)\.[\w-]+\./); // English, not raw keys
    expect(warned.filter((w) => w.includes(`ru/${id}`))).toHaveLength(1);
    // The key ru lacks is reported exactly once; no other key is (the broken file's keys are
    // covered by its own report, not listed one by one).
    expect(warned.filter((w) => / has no key | does not exist;/.test(w))).toEqual([
      '[precedent] locale ru/common has no key "briefing.start"; showing English instead.',
    ]);
    // A broken module is reported by the browser as a page error; that is the failure caused here.
    expect(
      s.problems.filter((p) => !p.includes(scenarioFile) && !/SyntaxError|Unexpected end/.test(p)),
    ).toEqual([]);
    await s.close();
  });
});
