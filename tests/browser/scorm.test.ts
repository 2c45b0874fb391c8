// A SCORM 1.2 package in an LMS: scorm-again's Scorm12API plays the LMS (window.API in the top
// frame, the package in an iframe). Checks the package's files, that the teacher page's Downloads
// builds the same bytes as the CLI, and what the LMS records: suspend data, location, one
// interaction per decision and answer, objectives per axis, the score, the package's own
// scenario only, and that an attempt the LMS has graded opens at its result and is never re-sent.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { type StaticServer, serveStatic } from '../../src/dev/browser/server';
import { scenarios, scormZipFromSite } from '../../src/dev/scormPackage';
import type { PackageSettings } from '../../src/platform/scorm/package';
import { clickStep, launch, open, playToEnd, type Session } from './helpers';

const chromium = inject('chromium');
/** docs/teachers.md shows screenshots these tests take. */
const doc = (name: string) => join(process.cwd(), 'docs', 'img', `${name}.png`);
const MASTERY = 50;
const base = inject('baseUrl');
/** The first shipped scenario, with the CLI's own title, in assessment mode, English. */
function packageSettings(): PackageSettings {
  const first = scenarios().sort((x, y) => x.id.localeCompare(y.id))[0];
  if (!first) throw new Error('no scenario to package');
  return { ...first, mastery: MASTERY, mode: 'assessment', lng: 'en' };
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

type Cmi = Record<string, unknown>;
/** The LMS's whole record of the attempt, as it would store it. */
const lmsRecord = (page: Page) =>
  page.evaluate(
    () => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi,
  );

/** Starts the next page load from `cmi` (a resume), with the game's own save wiped. */
async function relaunchWith(page: Page, cmi: Cmi): Promise<void> {
  await page.evaluate((c) => {
    sessionStorage.setItem('cmi', JSON.stringify({ cmi: c }));
    localStorage.clear(); // only the LMS remembers
  }, cmi);
  await page.reload();
}

describe.skipIf(!chromium)('SCORM 1.2 package', () => {
  let browser: Browser;
  let lms: Session;
  let server: StaticServer;
  let root = '';
  let zip: Uint8Array = new Uint8Array();
  let beforeResume = '';
  let suspendLength = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'precedent-lms-'));
    zip = scormZipFromSite(join(process.cwd(), 'dist'), packageSettings());
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(root, 'pkg', name)), { recursive: true });
      writeFileSync(join(root, 'pkg', name), bytes);
    }
    copyFileSync(SCORM12, join(root, 'scorm12.js'));
    writeFileSync(join(root, 'index.html'), LMS_PAGE);
    server = await serveStatic(root);
    browser = await launch(chromium as string);
    lms = await open(browser, server.url);
  });
  afterAll(async () => {
    await lms?.close();
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('carries the manifest, the SCORM 1.2 schemas and the game, but no teacher page or service worker', () => {
    const names = Object.keys(unzipSync(zip));
    const manifest = readFileSync(join(root, 'pkg', 'imsmanifest.xml'), 'utf8');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain(`<adlcp:masteryscore>${MASTERY}</adlcp:masteryscore>`);
    for (const xsd of ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'])
      expect(names).toContain(xsd);
    expect(names).toContain('index.html');
    expect(names.filter((n) => /^(teacher\.html|sw\.js|workbox-.*\.js)$/.test(n))).toEqual([]);
  });

  it("the teacher page's Downloads builds the same bytes as the CLI", async () => {
    const s = packageSettings();
    const teacher = await open(browser, base);
    await teacher.page.goto(`${base}teacher.html?lng=en`);
    await teacher.page.waitForSelector('#dl-scenario');
    await teacher.page.selectOption('#dl-scenario', s.id);
    await teacher.page.selectOption('#dl-mode', s.mode);
    await teacher.page.selectOption('#dl-lng', s.lng);
    await teacher.page.fill('#dl-mastery', String(s.mastery));
    await teacher.page.locator('#downloads').screenshot({ path: doc('teacher-downloads') });
    const [download] = await Promise.all([
      teacher.page.waitForEvent('download'),
      teacher.page.click('[data-action="download-scorm"]'),
    ]);
    const bytes = new Uint8Array(readFileSync(await download.path()));
    expect(download.suggestedFilename()).toBe(
      `precedent-${s.id}-v${s.contentVersion}-assessment-en-scorm12.zip`,
    );
    expect(bytes.length).toBe(zip.length);
    expect(Buffer.from(bytes).equals(Buffer.from(zip))).toBe(true);
    // The quiz bank: a GIFT file that parses back, one question per item.
    const [gift] = await Promise.all([
      teacher.page.waitForEvent('download'),
      teacher.page.click('[data-action="download-gift"]'),
    ]);
    const questions = parseGift(readFileSync(await gift.path(), 'utf8'));
    expect(questions[0]?.type).toBe('Category');
    expect(questions.length).toBeGreaterThan(1);
    // The page loads only its own language; a quiz in another one fetches that one's texts first.
    await teacher.page.selectOption('#dl-lng', 'hy');
    const [hyGift] = await Promise.all([
      teacher.page.waitForEvent('download'),
      teacher.page.click('[data-action="download-gift"]'),
    ]);
    expect(hyGift.suggestedFilename()).toMatch(/-quiz-hy\.gift\.txt$/);
    const hyQuestions = parseGift(readFileSync(await hyGift.path(), 'utf8'));
    expect(hyQuestions.length).toBe(questions.length);
    expect(JSON.stringify(hyQuestions.slice(1))).toMatch(/[\u0531-\u0587]/);
    // A pass mark out of range is refused with a reason, and nothing is downloaded.
    await teacher.page.fill('#dl-mastery', '150');
    await teacher.page.click('[data-action="download-scorm"]');
    expect(await teacher.page.textContent('#dl-status')).toMatch(/0 to 100/);
    expect(teacher.problems).toEqual([]);
    await teacher.close();
  }, 120_000);

  it('saves suspend data, the current node as location and one interaction per decision', async () => {
    const { page } = lms;
    await page.goto(server.url);
    const frame = await gameFrame(page);
    // Its own scenario only: no way back to the menu from the header.
    expect(await frame.locator('[data-action="menu"], [data-action="back"]').count()).toBe(0);
    await frame.locator('[data-action="start"]').click();
    for (let i = 0; i < 40 && !(await sets(page))['cmi.interactions.0.id']; i++)
      await clickStep(frame as unknown as Page);
    beforeResume = (await frame.locator('.panel-inner').getAttribute('data-node')) ?? '';
    const s = await sets(page);
    expect(s['cmi.core.lesson_status']).toBe('incomplete');
    expect(s['cmi.core.exit']).toBe('suspend');
    expect(s['cmi.core.lesson_location']).toBe(beforeResume);
    expect(s['cmi.interactions.0.id']).toMatch(/^[dq]\./);
    expect(['choice', 'true-false', 'sequencing']).toContain(s['cmi.interactions.0.type']);
    expect(s['cmi.interactions.0.student_response']).toBeTruthy();
    expect(s['cmi.suspend_data']).toMatch(/^PRC1\./);
    suspendLength = s['cmi.suspend_data']?.length ?? 0;
    expect(suspendLength).toBeLessThan(4096);
    expect(await frame.locator('[data-action="menu"]').count()).toBe(0);
  }, 120_000);

  it('resumes from suspend data alone, at the same step', async () => {
    const { page } = lms;
    const record = await lmsRecord(page);
    await relaunchWith(page, { ...record, core: { ...(record.core as Cmi), entry: 'resume' } });
    const frame = await gameFrame(page);
    await frame.waitForSelector('.panel-inner');
    expect(await frame.locator('.panel-inner').getAttribute('data-node')).toBe(beforeResume);
  });

  it('reports score, objectives and every interaction at the ending, and says what the LMS got', async () => {
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
    const record = await lmsRecord(page);
    // The location is the ending the student stands on.
    const ending = await frame.locator('.panel-inner').getAttribute('data-node');
    expect((record.core as { lesson_location: string }).lesson_location).toBe(ending);
    // scorm-again stores its lists keyed by index.
    type Obj = { id: string; score: { raw: string; max: string } };
    const objectives = Object.values(record.objectives as Record<string, Obj>);
    // One objective per axis the packaged scenario declares (judgment, knowledge, reasoning…).
    const file = parse(readFileSync(join('scenarios', `${packageSettings().id}.yaml`), 'utf8')) as {
      axes: Record<string, unknown>;
    };
    expect(objectives.map((o) => o.id).sort()).toEqual(Object.keys(file.axes).sort());
    for (const o of objectives) expect(Number(o.score.raw)).toBeLessThanOrEqual(Number(o.score.max));
    const interactions = Object.values(record.interactions as Record<string, { id: string; result: string }>);
    expect(interactions.length).toBeGreaterThan(3);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(interactions.length);
    for (const i of interactions) {
      // d. a decision, r. the reason given after it (both neutral), q. a quiz answer.
      expect(i.id).toMatch(/^[dqr]\./);
      expect(i.result).toMatch(i.id.startsWith('q.') ? /^(correct|wrong)$/ : /^neutral$/);
    }
    await frame.locator('[data-action="debrief"]').click();
    await frame.waitForSelector('[data-lms="panel"]');
    const panel = (await frame.locator('[data-lms="panel"]').textContent()) ?? '';
    expect(panel).toContain('reports to your course');
    expect(panel).not.toContain('the code stays on this device');
    await frame.locator('[data-lms="panel"]').screenshot({ path: doc('teacher-lms-panel') });
    expect(await frame.locator('#result-name, [data-action="again"], [data-action="choose"]').count()).toBe(
      0,
    );
    console.log(
      `suspend_data: ${suspendLength} characters mid-play, ${s['cmi.suspend_data']?.length} at the ending; score.raw ${raw}; ${interactions.length} interactions`,
    );
    expect(lms.problems).toEqual([]);
  }, 400_000);

  it('opens a graded attempt at its result and sends the LMS nothing new', async () => {
    const { page } = lms;
    const record = await lmsRecord(page);
    const status = (record.core as { lesson_status: string }).lesson_status;
    expect(['passed', 'failed']).toContain(status);
    await relaunchWith(page, { ...record, core: { ...(record.core as Cmi), entry: '' } });
    const frame = await gameFrame(page);
    await frame.waitForSelector('[data-lms="panel"]');
    expect(
      await frame.locator('[data-action="start"], [data-action="again"], [data-action="menu"]').count(),
    ).toBe(0);
    const s = await sets(page);
    expect(Object.keys(s).filter((k) => k !== 'cmi.core.session_time')).toEqual([]);
    const after = await lmsRecord(page);
    expect((after.core as { lesson_status: string }).lesson_status).toBe(status);
    expect(lms.problems).toEqual([]);
  }, 120_000);
});
