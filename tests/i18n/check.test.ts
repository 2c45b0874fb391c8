// `i18n:check` on the clean fixture (no findings) and on one fault at a time: each must be caught,
// with the right locale, file, key and line.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, edit, errors, fixtureCopy, keyOf, like, warnings, write } from './helpers';

describe('i18n check', () => {
  it('passes the clean fixture with no errors and no warnings', () => {
    const ds = checkProject(fixtureCopy());
    expect(ds).toEqual([]);
  });

  interface Fault {
    name: string;
    file: string;
    from: string;
    to: string;
    expect: { locale: string; file: string; key?: string; line?: number; message: RegExp };
  }

  const faults: Fault[] = [
    {
      name: 'invalid JSON (trailing comma)',
      file: 'locales/hy/demo.json',
      from: '"title": "Բողոքարկում",',
      to: '"title": "Բողոքարկում",,',
      expect: { locale: 'hy', file: 'locales/hy/demo.json', line: 3, message: /invalid JSON/ },
    },
    {
      name: 'duplicate key',
      file: 'locales/ru/demo.json',
      from: '"summary": "Блогеру грозит экстрадиция.",',
      to: '"summary": "Блогеру грозит экстрадиция.",\n    "summary": "x",',
      expect: { locale: 'ru', file: 'locales/ru/demo.json', line: 5, message: /duplicate key "summary"/ },
    },
    {
      name: 'missing key',
      file: 'locales/ru/demo.json',
      from: '"role": "Младший член команды защиты",',
      to: '',
      expect: {
        locale: 'ru',
        file: 'locales/ru/demo.json',
        key: 'meta.role',
        message: /missing key \(English: en\/demo.json:5\)/,
      },
    },
    {
      name: 'extra key',
      file: 'locales/hy/demo.json',
      from: '"places": { "minsk": { "name": "Մինսկ" } },',
      to: '"places": { "minsk": { "name": "Մինսկ", "nmae": "Մինսկ" } },',
      expect: {
        locale: 'hy',
        file: 'locales/hy/demo.json',
        key: 'places.minsk.nmae',
        line: 13,
        message: /key not in English/,
      },
    },
    {
      name: 'placeholder dropped',
      file: 'locales/hy/demo.json',
      from: 'ունենք {{days}} օր',
      to: 'ունենք մի քանի օր',
      expect: {
        locale: 'hy',
        file: 'locales/hy/demo.json',
        key: 'nodes.lawyer.text',
        line: 22,
        message: /placeholder mismatch: missing \{\{days\}\}/,
      },
    },
    {
      name: 'placeholder translated',
      file: 'locales/ru/demo.json',
      from: 'У нас {{days}} дней',
      to: 'У нас {{дней}} дней',
      expect: {
        locale: 'ru',
        file: 'locales/ru/demo.json',
        key: 'nodes.lawyer.text',
        message: /missing \{\{days\}\}; unknown \{\{дней\}\}/,
      },
    },
    {
      name: '$t nesting changed',
      file: 'locales/ru/demo.json',
      from: '$t(parties.court.name) оставил',
      to: '$t(parties.defence.name) оставил',
      expect: {
        locale: 'ru',
        file: 'locales/ru/demo.json',
        key: 'docs.ruling.text',
        line: 16,
        message: /nesting mismatch/,
      },
    },
    {
      name: 'Russian plural form missing',
      file: 'locales/ru/common.json',
      from: '  "turns_few": "Осталось {{count}} хода",\n',
      to: '',
      expect: {
        locale: 'ru',
        file: 'locales/ru/common.json',
        key: 'turns',
        message: /plural forms missing: _few \(ru needs _one, _few, _many, _other\)/,
      },
    },
    {
      name: 'Armenian plural form not used in hy',
      file: 'locales/hy/common.json',
      from: '"turns_one": "Մնաց {{count}} քայլ",',
      to: '"turns_one": "Մնաց {{count}} քայլ",\n  "turns_few": "Մնաց {{count}} քայլ",',
      expect: {
        locale: 'hy',
        file: 'locales/hy/common.json',
        key: 'turns_few',
        line: 6,
        message: /plural form not used in hy/,
      },
    },
    {
      name: 'empty string',
      file: 'locales/hy/demo.json',
      from: '"label": "Կանչել մամուլին"',
      to: '"label": "  "',
      expect: {
        locale: 'hy',
        file: 'locales/hy/demo.json',
        key: 'nodes.choose.choices.press.label',
        line: 28,
        message: /empty string/,
      },
    },
    {
      name: 'HTML tag',
      file: 'locales/ru/demo.json',
      from: '"Что вы делаете?"',
      to: '"Что вы <b>делаете</b>?"',
      expect: {
        locale: 'ru',
        file: 'locales/ru/demo.json',
        key: 'nodes.choose.text',
        line: 24,
        message: /markup in text: an HTML\/XML tag/,
      },
    },
    {
      name: 'javascript: URL',
      file: 'locales/en/demo.json',
      from: '"An independent news site"',
      to: '"An independent news site, javascript:alert(1)"',
      expect: {
        locale: 'en',
        file: 'locales/en/demo.json',
        key: 'sources.s1.outletNote',
        message: /script URL/,
      },
    },
    {
      name: 'Latin leftover in Armenian',
      file: 'locales/hy/demo.json',
      from: '"Անկախ լրատվական կայք"',
      to: '"Անկախ news կայք"',
      expect: {
        locale: 'hy',
        file: 'locales/hy/demo.json',
        key: 'sources.s1.outletNote',
        line: 14,
        message: /Latin-script text left in the translation: "news"/,
      },
    },
    {
      name: 'Latin leftover in Russian (word not in the glossary)',
      file: 'locales/ru/demo.json',
      from: 'Наблюдатели OSCE',
      to: 'Наблюдатели OSCE и UN',
      expect: { locale: 'ru', file: 'locales/ru/demo.json', key: 'nodes.intro.text', message: /"UN"/ },
    },
    {
      name: 'number instead of a string',
      file: 'locales/ru/demo.json',
      from: '"Минск"',
      to: '42',
      expect: {
        locale: 'ru',
        file: 'locales/ru/demo.json',
        key: 'places.minsk.name',
        message: /not a string/,
      },
    },
    {
      name: 'scenario uses a key no locale defines',
      file: 'scenarios/demo.yaml',
      from: 'text: nodes.intro.text',
      to: 'text: nodes.intro.txt',
      expect: {
        locale: 'en',
        file: 'scenarios/demo.yaml',
        key: 'demo:nodes.intro.txt',
        line: 35,
        message: /nodes\.intro\.text \(narration panel\) uses a key/,
      },
    },
    {
      name: 'code uses a common key no locale defines',
      file: 'src/menu.ts',
      from: "tc('menu.start')",
      to: "tc('menu.stop')",
      expect: {
        locale: 'en',
        file: 'src/menu.ts',
        key: 'common:menu.stop',
        line: 3,
        message: /code uses a key/,
      },
    },
  ];

  it.each(faults)('catches: $name', (f) => {
    const root = fixtureCopy();
    edit(root, f.file, f.from, f.to);
    const found = errors(checkProject(root));
    expect(found).toContainEqual(like({ ...f.expect, severity: 'error' }));
  });

  it('reports an unused scenario key as an error and an unused code key as a warning', () => {
    const root = fixtureCopy();
    edit(root, 'scenarios/demo.yaml', '  questions: [debrief.questions.0]', '  questions: []');
    edit(root, 'src/menu.ts', "tc('menu.start')", 'tc(startKey)');
    const ds = checkProject(root);
    expect(errors(ds)).toContainEqual(
      like({ file: 'locales/en/demo.json', key: 'debrief.questions.0', message: /no TextKey field/ }),
    );
    expect(warnings(ds)).toContainEqual(
      like({
        file: 'locales/en/common.json',
        key: 'menu.start',
        message: /nothing in src\/ mentions this key.*may be a false alarm/,
      }),
    );
    expect(errors(ds).filter((d) => keyOf(d) === 'menu.start')).toEqual([]);
  });

  it('ignores placeholders, URLs, digits and glossary words in the Latin check', () => {
    const root = fixtureCopy();
    // The clean fixture's intro text has OSCE (glossary), a URL and a year: no finding.
    expect(checkProject(root).filter((d) => /Latin/.test(d.message))).toEqual([]);
    edit(root, 'locales/hy/_glossary.demo.json', '["OSCE"]', '[]');
    expect(errors(checkProject(root))).toContainEqual(like({ message: /"OSCE"/ }));
  });

  it('allows glossary entries that contain digits, and names the bare word', () => {
    const root = fixtureCopy();
    edit(root, 'locales/ru/_glossary.demo.json', '["OSCE"]', '["OSCE", "France 24"]');
    edit(root, 'locales/ru/demo.json', '"Независимый новостной сайт"', '"Сайт France 24, клавиша Enter-ом"');
    const latin = errors(checkProject(root)).filter((d) => /Latin/.test(d.message));
    expect(latin).toEqual([like({ key: 'sources.s1.outletNote', message: /: "Enter"$/ })]);
  });

  it('a missing language file and a missing _meta.json are errors', () => {
    const root = fixtureCopy();
    rmSync(join(root, 'locales/hy/common.json'));
    rmSync(join(root, 'locales/ru/_meta.json'));
    const ds = errors(checkProject(root));
    expect(ds).toContainEqual(
      like({ locale: 'hy', file: 'locales/hy/common.json', message: /missing file/ }),
    );
    expect(ds).toContainEqual(
      like({ locale: 'ru', file: 'locales/ru/_meta.json', message: /no _meta.json/ }),
    );
  });

  it('reports a line for invalid JSON even when the file is empty', () => {
    const root = fixtureCopy();
    write(root, 'locales/hy/common.json', '');
    expect(errors(checkProject(root))).toContainEqual(
      like({ file: 'locales/hy/common.json', message: /unexpected end/ }),
    );
  });

  it('warns when a translated label is longer than its button allows', () => {
    const root = fixtureCopy();
    edit(root, 'locales/ru/demo.json', '"Позвать прессу"', `"${'П'.repeat(95)}"`);
    expect(warnings(checkProject(root))).toContainEqual(
      like({
        locale: 'ru',
        key: 'nodes.choose.choices.press.label',
        message: /95 characters; the choice button holds at most 90/,
      }),
    );
  });
});
