// The translator's page in real Chromium, issue #26's "done when": start a new language, fill it
// from an XLIFF round trip, translate a plural key (a failing check, then passing), reload (the
// draft is in IndexedDB), a broken import refused in one sentence losing nothing, preview in the
// game, export the zip and unpack it into a copy of the repository where i18n:check passes; the
// reviewer's tick in XLIFF 1.2, a tool's 1.2 file imported, and the patch applied with git.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkCommand, importCommand } from '../../src/dev/i18n/commands';
import { axe, launch, open, type Session } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ROOT = join(import.meta.dirname, '..', '..');
const CODE = 'eo';

async function downloadOf(page: Page, click: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return readFileSync((await dl.path()) as string);
}

async function importBytes(page: Page, name: string, bytes: Buffer): Promise<string> {
  await page.setInputFiles('#import', { name, mimeType: 'application/octet-stream', buffer: bytes });
  await page.waitForFunction(() => document.getElementById('import-msg')?.dataset.state !== undefined);
  const text = (await page.textContent('#import-msg')) ?? '';
  await page.evaluate(() => delete document.getElementById('import-msg')?.dataset.state);
  return text;
}

/** Every unit gets its English as target, except `skip`: a Latin-script language accepts that. */
function fillXliff(xml: string, skip: RegExp): string {
  return xml.replace(/<unit id="([^"]*)">([\s\S]*?)<\/unit>/g, (unit, id: string, body: string) => {
    if (skip.test(id) || body.includes('<target>')) return unit;
    return unit.replace(/(<source>([\s\S]*?)<\/source>)/, '$1<target>$2</target>');
  });
}

/** A copy of the repository's locales and scenarios (code linked), for the CLI to run in. */
function repoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-translate-'));
  cpSync(join(ROOT, 'locales'), join(dir, 'locales'), { recursive: true });
  cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  symlinkSync(join(ROOT, 'src'), join(dir, 'src'));
  return dir;
}

describe.skipIf(!chromium)("translator's page", () => {
  let browser: Browser;
  let s: Session;
  const dirs: string[] = [];
  beforeAll(async () => {
    browser = await launch(chromium as string);
    s = await open(browser, base);
  });
  afterAll(async () => {
    await s?.close();
    await browser?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('starts a language, translates, keeps the draft, refuses a broken file, previews, exports', async () => {
    const { page } = s;
    await page.goto(`${base}translate.html?ui=en`);
    await page.locator('#new-code').waitFor();
    // A code no folder can be named after is refused, naming the field.
    await page.fill('#new-code', 'not a code');
    await page.fill('#new-name', 'Esperanto');
    await page.click('#new-lng button[type="submit"]');
    expect(await page.textContent('#new-error')).toContain('not a BCP 47 language code');
    expect(await page.getAttribute('#new-code', 'aria-invalid')).toBe('true');
    await page.fill('#new-code', CODE);
    await page.click('#new-lng button[type="submit"]');
    await page.locator('#rows').waitFor();
    expect(await page.textContent('#lng-info')).toContain('_one, _other');
    expect(await page.textContent('#save-status')).toContain('Saved');

    // Fill every text from the page's own XLIFF, translated "by a tool" (English copied), except
    // the plural key the translator types by hand.
    const xliff = (await downloadOf(page, '#export-xliff')).toString('utf8');
    const filled = fillXliff(xliff, /^menu\.minutes_/);
    expect(await importBytes(page, 'eo.xlf', Buffer.from(filled))).toMatch(/^Imported \d+ text/);

    // The plural key: a failing check (no {{count}} in _other), then passing.
    await page.fill('#f-search', 'menu.minutes');
    await page.dispatchEvent('#f-search', 'change');
    await page.click('[data-key="common:menu.minutes"]');
    await page.fill('#u-menu_minutes_one', 'Ĉirkaŭ {{count}} minuto');
    await page.fill('#u-menu_minutes_other', 'Ĉirkaŭ kelkaj minutoj');
    expect(await page.textContent('#u-menu_minutes_other-checks')).toContain(
      'placeholder mismatch: missing {{count}}',
    );
    await page.fill('#u-menu_minutes_other', 'Ĉirkaŭ {{count}} minutoj');
    expect(await page.textContent('#u-menu_minutes_other-checks')).toBe('All checks pass.');
    await page.waitForFunction(() =>
      document.getElementById('save-status')?.textContent?.startsWith('Saved'),
    );
    expect(await axe(page)).toEqual([]);

    // Reload: the draft comes back from IndexedDB.
    await page.goto(`${base}translate.html?ui=en&lng=${CODE}`);
    await page.locator('#rows').waitFor();
    await page.fill('#f-search', 'menu.minutes');
    await page.dispatchEvent('#f-search', 'change');
    await page.click('[data-key="common:menu.minutes"]');
    expect(await page.inputValue('#u-menu_minutes_other')).toBe('Ĉirkaŭ {{count}} minutoj');

    // Broken files: one sentence each, and the draft keeps the edit.
    const step = '<target>Step {{step}} of about {{total}}</target>';
    expect(filled).toContain(step);
    const broken = filled.replace(step, '<target>Step of about</target>');
    const msg1 = await importBytes(page, 'broken.xlf', Buffer.from(broken));
    expect(msg1).toMatch(/^“broken\.xlf” was not imported and nothing changed: .*placeholder mismatch.*\.$/);
    expect(msg1.split('\n')).toHaveLength(1);
    const msg2 = await importBytes(page, 'notes.txt', Buffer.from('just some text'));
    expect(msg2).toBe(
      '“notes.txt” was not imported and nothing changed: it is neither an XLIFF file nor a locale zip.',
    );
    const msg3 = await importBytes(
      page,
      'ru.xlf',
      Buffer.from(filled.replace(`trgLang="${CODE}"`, 'trgLang="ru"')),
    );
    expect(msg3).toContain('it is for the language “ru”, and this draft is eo');
    expect(await page.inputValue('#u-menu_minutes_other')).toBe('Ĉirkaŭ {{count}} minutoj');

    // Preview: the game in the draft language, the plural key on the menu.
    const [game] = await Promise.all([
      page.context().waitForEvent('page'),
      page.click('[data-act="preview"]'),
    ]);
    await game.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
    // The card says "<period> · <minutes>"; the minutes come from the draft's plural forms.
    expect(await game.locator('.minutes').first().textContent()).toMatch(/ · Ĉirkaŭ \d+ minutoj?$/);
    expect(await game.evaluate(() => document.documentElement.lang)).toBe(CODE);
    await game.close();

    // Export: the zip unpacked into a copy of the repository passes i18n:check for the language,
    // and the CLI imports the page's XLIFF into another copy with the same texts.
    const zip = unzipSync(new Uint8Array(await downloadOf(page, '#export-zip')));
    expect(Object.keys(zip)).toContain(`locales/${CODE}/_lock.json`);
    const repo = repoCopy();
    dirs.push(repo);
    for (const [path, bytes] of Object.entries(zip)) {
      const target = join(repo, path);
      rmSync(target, { force: true });
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, bytes);
    }
    const check = checkCommand(repo, []);
    const mine = check.out.filter((l) => l.includes(`[${CODE}]`) && l.startsWith('error'));
    expect(mine).toEqual([]);
    const common = JSON.parse(readFileSync(join(repo, 'locales', CODE, 'common.json'), 'utf8'));
    expect(common.menu.minutes_other).toBe('Ĉirkaŭ {{count}} minutoj');

    const repo2 = repoCopy();
    dirs.push(repo2);
    mkdirSync(join(repo2, 'locales', CODE));
    writeFileSync(
      join(repo2, 'locales', CODE, '_meta.json'),
      zip[`locales/${CODE}/_meta.json`] as Uint8Array,
    );
    const xlf = join(repo2, 'eo.xlf');
    writeFileSync(xlf, await downloadOf(page, '#export-xliff'));
    expect(importCommand(repo2, [xlf]).code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo2, 'locales', CODE, 'common.json'), 'utf8'))).toEqual(common);

    // The reviewer's tick travels in XLIFF 1.2 as signed-off; the CLI reads the page's 1.2 file.
    await page.check('#reviewed');
    await page.waitForFunction(() =>
      document.getElementById('save-status')?.textContent?.startsWith('Saved'),
    );
    const x12 = (await downloadOf(page, '#export-xliff12')).toString('utf8');
    expect(x12).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">');
    expect(x12).toContain(`target-language="${CODE}"`);
    expect(x12).toMatch(
      /<trans-unit id="menu\.minutes_other"[^>]* approved="yes">\s*<source>[^<]*<\/source>\s*<target state="signed-off">Ĉirkaŭ \{\{count\}\} minutoj<\/target>/,
    );
    writeFileSync(xlf, x12);
    expect(importCommand(repo2, [xlf]).out.at(-1)).toMatch(/^note: \d+ key\(s\) are marked reviewed/);

    // A 1.2 file edited in a tool comes back: the changed text is in, its tick is gone (not reviewed).
    const edited = x12.replace(
      /(<trans-unit id="menu\.minutes_one"[^>]*>\s*<source>[^<]*<\/source>\s*)<target[^>]*>[^<]*<\/target>/,
      '$1<target state="translated">Proksimume {{count}} minuto</target>',
    );
    expect(edited).toContain('Proksimume');
    expect(await importBytes(page, 'eo-tool.xlf', Buffer.from(edited))).toMatch(/^Imported 1 text/);
    expect(await page.inputValue('#u-menu_minutes_one')).toBe('Proksimume {{count}} minuto');
    expect(await page.isChecked('#reviewed')).toBe(false);

    // The patch: the new language's files from /dev/null, the import's text in it (no reload:
    // the export reads the draft as it is now), and it applies to a repository of the shipped files.
    const patch = (await downloadOf(page, '#export-patch')).toString('utf8');
    expect(patch).toContain(`--- /dev/null\n+++ b/locales/${CODE}/common.json`);
    expect(patch).toMatch(/^\+.*"minutes_one": "Proksimume \{\{count\}\} minuto"/m);
    const repo3 = mkdtempSync(join(tmpdir(), 'precedent-patch-'));
    dirs.push(repo3);
    cpSync(join(ROOT, 'locales'), join(repo3, 'locales'), { recursive: true });
    writeFileSync(join(repo3, 'eo.patch'), patch);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo3, stdio: 'pipe' });
    git('init', '-q');
    git('apply', '--check', 'eo.patch');
    git('apply', 'eo.patch');
    const patched = JSON.parse(readFileSync(join(repo3, 'locales', CODE, 'common.json'), 'utf8'));
    expect(patched.menu.minutes_one).toBe('Proksimume {{count}} minuto');
    expect(patched.menu.minutes_other).toBe('Ĉirkaŭ {{count}} minutoj');
    expect(s.problems).toEqual([]);
  });
});
