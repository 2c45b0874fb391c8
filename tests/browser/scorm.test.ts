// A SCORM 1.2 package in an LMS: scorm-again's Scorm12API plays the LMS (window.API in the top
// frame, the package in an iframe). Checks what the LMS records during a play, after a resume
// from suspend data alone (the browser's own save wiped), and at the ending.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { scormZipFromSite } from '../../src/cli/scormPackage';
import { clickStep, launch, open, playToEnd, type Session } from './helpers';
import { serveDir } from './server';

const chromium = inject('chromium');
const MASTERY = 50;
/** The scenario the build ships first: a real one, else the fixture (as globalSetup builds). */
function packagedScenario(): { id: string; contentVersion: number } {
  const real = existsSync('scenarios') && readdirSync('scenarios').some((f) => f.endsWith('.yaml'));
  const dir = real ? 'scenarios' : 'tests/browser/fixtures/scenarios';
  const file =
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()[0] ?? '';
  const s = parse(readFileSync(join(dir, file), 'utf8')) as { id: string; contentVersion: number };
  return { id: s.id, contentVersion: s.contentVersion };
}
const SCORM12 = join(dirname(createRequire(import.meta.url).resolve('scorm-again')), 'scorm12.js');

/** The LMS page: a fresh attempt, or the state the test saved in sessionStorage (a resume). */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title>
<script src="scorm12.js"></script>
<script>
  const saved = sessionStorage.getItem('cmi');
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromJSON(saved ? JSON.parse(saved) : { cmi: { core: { lesson_status: 'not attempted', entry: 'ab-initio' }, student_data: { mastery_score: '${MASTERY}' } } });
  window.sets = {};
  window.API.on('LMSSetValue.cmi.*', (k, v) => { window.sets[k] = v; });
</script></head>
<body><iframe src="pkg/launch.html" title="Course" width="1200" height="800"></iframe></body></html>`;

type Sets = Record<string, string>;
const sets = (page: Page) => page.evaluate(() => (window as unknown as { sets: Sets }).sets);

async function gameFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe')?.contentWindow;
    return (
      f?.location.pathname.endsWith('index.html') && f.performance.getEntriesByName('menu-ready').length > 0
    );
  });
  const frame = page.frames().find((f) => f.url().includes('index.html'));
  if (!frame) throw new Error('game frame not found');
  return frame;
}

describe.skipIf(!chromium)('SCORM 1.2 package', () => {
  let browser: Browser;
  let lms: Session;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let root = '';
  let beforeResume = '';
  let suspendLength = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'precedent-lms-'));
    const zip = scormZipFromSite(join(process.cwd(), 'dist'), {
      ...packagedScenario(),
      title: 'Precedent',
      mastery: MASTERY,
      mode: 'assessment',
      lng: 'choice',
    });
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(root, 'pkg', name)), { recursive: true });
      writeFileSync(join(root, 'pkg', name), bytes);
    }
    copyFileSync(SCORM12, join(root, 'scorm12.js'));
    writeFileSync(join(root, 'index.html'), LMS_PAGE);
    server = await serveDir(root);
    browser = await launch(chromium as string);
    lms = await open(browser, server.url);
  });
  afterAll(async () => {
    await lms?.close();
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists its files and launches the game on the scenario', () => {
    const manifest = readFileSync(join(root, 'pkg', 'imsmanifest.xml'), 'utf8');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain(`<adlcp:masteryscore>${MASTERY}</adlcp:masteryscore>`);
  });

  it('marks the attempt incomplete and saves progress as suspend data', async () => {
    const { page } = lms;
    await page.goto(server.url);
    const frame = await gameFrame(page);
    await frame.locator('[data-action="start"]').click();
    for (let i = 0; i < 5; i++) await clickStep(frame as unknown as Page);
    beforeResume = (await frame.locator('.panel-inner').getAttribute('data-node')) ?? '';
    const s = await sets(page);
    expect(s['cmi.core.lesson_status']).toBe('incomplete');
    expect(s['cmi.core.exit']).toBe('suspend');
    expect(s['cmi.suspend_data']).toMatch(/^PRC1\./);
    suspendLength = s['cmi.suspend_data']?.length ?? 0;
    expect(suspendLength).toBeLessThan(4096);
  });

  it('resumes from suspend data alone, at the same step', async () => {
    const { page } = lms;
    const s = await sets(page);
    await page.evaluate((data) => {
      sessionStorage.setItem(
        'cmi',
        JSON.stringify({
          cmi: {
            suspend_data: data,
            core: { lesson_status: 'incomplete', entry: 'resume' },
            student_data: { mastery_score: '50' },
          },
        }),
      );
      localStorage.clear(); // the game's own save is gone: only the LMS remembers
    }, s['cmi.suspend_data'] ?? '');
    await page.reload();
    const frame = await gameFrame(page);
    await frame.waitForSelector('.panel-inner');
    expect(await frame.locator('.panel-inner').getAttribute('data-node')).toBe(beforeResume);
  });

  it('reports score and passed/failed against the mastery score at the ending', async () => {
    const { page } = lms;
    const frame = await gameFrame(page);
    await playToEnd(frame as unknown as Page);
    const s = await sets(page);
    const raw = Number(s['cmi.core.score.raw']);
    expect(raw).toBeGreaterThanOrEqual(0);
    expect(raw).toBeLessThanOrEqual(100);
    expect(s['cmi.core.score.min']).toBe('0');
    expect(s['cmi.core.score.max']).toBe('100');
    expect(s['cmi.core.lesson_status']).toBe(raw >= MASTERY ? 'passed' : 'failed');
    expect((s['cmi.suspend_data'] ?? '').length).toBeLessThan(4096);
    console.log(
      `suspend_data: ${suspendLength} characters mid-play, ${s['cmi.suspend_data']?.length} at the ending; score.raw ${raw}`,
    );
    expect(lms.problems).toEqual([]);
  }, 400_000);
});
