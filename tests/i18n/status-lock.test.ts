// Completeness numbers, stale detection after an English change, and confirming keys (one, all,
// lock-init) through the same command functions the CLI runs.

import { describe, expect, it } from 'vitest';
import { confirmCommand, lockInitCommand, statusCommand } from '../../src/dev/i18n/commands';
import { loadLocaleSet } from '../../src/dev/i18n/load';
import { localeCompleteness, localeTotals } from '../../src/i18n/model/status';
import { checkProject, edit, errors, fixtureCopy, keyOf, like, read, warnings, write } from './helpers';

const row = (root: string, locale: string, namespace: string) =>
  localeCompleteness(loadLocaleSet(root)).find((r) => r.locale === locale && r.namespace === namespace);

describe('i18n status', () => {
  it('counts a complete, confirmed fixture as 100 %', () => {
    const rows = localeCompleteness(loadLocaleSet(fixtureCopy()));
    expect(rows.map((r) => `${r.locale}/${r.namespace}`)).toEqual([
      'hy/common',
      'hy/demo',
      'ru/common',
      'ru/demo',
    ]);
    expect(rows.find((r) => r.locale === 'ru' && r.namespace === 'common')).toEqual({
      locale: 'ru',
      namespace: 'common',
      total: 2, // menu.start and the plural group "turns"
      translated: 2,
      missing: 0,
      stale: 0,
      identical: 0,
      percent: 100,
    });
  });

  it('counts missing, stale and identical keys', () => {
    const root = fixtureCopy();
    edit(root, 'locales/hy/demo.json', '"role": "Պաշտպանական թիմի կրտսեր անդամ",', '');
    edit(root, 'locales/hy/demo.json', '"Մինսկ"', '"Minsk"');
    edit(root, 'locales/en/demo.json', '"What do you do?"', '"What will you do?"');
    expect(row(root, 'hy', 'demo')).toEqual({
      locale: 'hy',
      namespace: 'demo',
      total: 30,
      translated: 28, // 30 − 1 missing − 1 stale; "Minsk" is identical to English but confirmed
      missing: 1,
      stale: 1,
      identical: 1,
      percent: 93.3,
    });
    const totals = localeTotals(localeCompleteness(loadLocaleSet(root)), 'hy');
    expect(totals).toMatchObject({ total: 32, translated: 30, missing: 1, stale: 1, percent: 93.7 });
    expect(statusCommand(root).out[0]).toMatch(/hy\s+demo\s+30\s+28\s+1\s+1\s+1\s+93\.3%/);
  });
});

describe('stale translations', () => {
  it('a changed English text makes the key stale in every language: a warning, an error with --strict', () => {
    const root = fixtureCopy();
    edit(
      root,
      'locales/en/demo.json',
      '"We have {{days}} days to appeal."',
      '"We have {{days}} days left to appeal."',
    );
    const ds = checkProject(root);
    expect(errors(ds)).toEqual([]);
    expect(warnings(ds).map((d) => `${d.locale}:${keyOf(d)}`)).toEqual([
      'hy:nodes.lawyer.text',
      'ru:nodes.lawyer.text',
    ]);
    expect(warnings(ds)[0]).toEqual(
      like({ line: 22, message: /stale/, fix: /i18n:confirm -- hy demo:nodes.lawyer.text/ }),
    );
    expect(errors(checkProject(root, true))).toHaveLength(2);
  });

  it('confirm clears one key in one language, and --all the rest', () => {
    const root = fixtureCopy();
    edit(root, 'locales/en/demo.json', '"What do you do?"', '"What will you do?"');
    edit(root, 'locales/en/demo.json', '"The ruling"', '"The court ruling"');
    expect(confirmCommand(root, ['hy', 'demo:nodes.choose.text']).out[0]).toBe(
      'hy: confirmed 1 stale key(s)',
    );
    expect(row(root, 'hy', 'demo')?.stale).toBe(1);
    expect(row(root, 'ru', 'demo')?.stale).toBe(2);
    confirmCommand(root, ['hy', 'docs.ruling.title']); // a bare key works when it is unambiguous
    confirmCommand(root, ['ru', '--all']);
    expect(warnings(checkProject(root))).toEqual([]);
  });

  it('confirm refuses unknown languages and keys with a clear message', () => {
    const root = fixtureCopy();
    expect(() => confirmCommand(root, ['de', '--all'])).toThrow(
      /unknown language "de" \(languages: hy, ru\)/,
    );
    expect(() => confirmCommand(root, ['hy', 'nope'])).toThrow(/no English key "nope"/);
    expect(() => confirmCommand(root, ['hy'])).toThrow(/usage/);
  });

  it('lock-init creates missing locks but never re-confirms a stale key', () => {
    const root = fixtureCopy();
    write(root, 'locales/ru/_lock.json', '{}\n');
    edit(root, 'locales/en/demo.json', '"Minsk"', '"Minsk, Belarus"');
    expect(
      checkProject(root).filter((d) => d.locale === 'ru' && /never confirmed/.test(d.message)),
    ).toHaveLength(2);
    expect(lockInitCommand(root).out).toEqual([
      'hy: 0 key(s) added to _lock.json',
      'ru: 32 key(s) added to _lock.json',
    ]);
    expect(warnings(checkProject(root)).map((d) => `${d.locale}:${keyOf(d)}`)).toEqual([
      'hy:places.minsk.name',
    ]);
    expect(read(root, 'locales/ru/_lock.json')).toMatch(/^\{\n {2}"common:menu.start": "[0-9a-f]{64}",\n/);
  });
});
