// XLIFF 2.0: export shape and notes, byte-identical round trip, edits written and confirmed,
// and every refusal (placeholder, unknown key, unknown file, DOCTYPE…) leaving all files untouched.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/dev/i18n/commands';
import { loadLocaleSet } from '../../src/dev/i18n/load';
import { importXliff } from '../../src/i18n/model/xliffImport';
import { checkProject, edit, fixtureCopy, read } from './helpers';

const xliffOf = (root: string, lng: string) => exportCommand(root, [lng]).out.join('\n');

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lng of readdirSync(join(root, 'locales'))) {
    for (const f of readdirSync(join(root, 'locales', lng))) {
      out[`${lng}/${f}`] = readFileSync(join(root, 'locales', lng, f), 'utf8');
    }
  }
  return out;
}

/** Replaces the <target> of one unit in an exported file. */
function setTarget(xml: string, id: string, target: string): string {
  const re = new RegExp(`(<unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
  if (!re.test(xml)) throw new Error(`no unit ${id}`);
  return xml.replace(re, (_, a, b) => `${a}${target}${b}`);
}

describe('XLIFF export', () => {
  it('writes XLIFF 2.0 with one file per namespace, plural units per target language and context notes', () => {
    const xml = xliffOf(fixtureCopy(), 'ru');
    expect(xml).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">',
    );
    expect(xml.match(/<file id="(\w+)"/g)).toEqual(['<file id="common"', '<file id="demo"']);
    for (const form of ['one', 'few', 'many', 'other']) expect(xml).toContain(`<unit id="turns_${form}">`);
    expect(xml).toContain('<note category="maxLength">90</note>');
    expect(xml).toContain('<note category="where">choice button</note>');
    expect(xml).toContain('<note category="speaker">defence — The defence</note>');
    expect(xml).toContain('<note category="where">interface text (src/menu.ts:3)</note>');
    expect(xliffOf(fixtureCopy(), 'hy')).not.toContain('turns_few');
  });
});

describe('XLIFF import', () => {
  it('export then import without edits leaves every locale file byte-identical', () => {
    const root = fixtureCopy();
    const before = snapshot(root);
    for (const lng of ['hy', 'ru']) {
      const r = importXliff(loadLocaleSet(root), xliffOf(root, lng));
      expect(r.writes.size).toBe(0);
    }
    expect(snapshot(root)).toEqual(before);
  });

  it('writes edited targets (escaped specials survive) and confirms them', () => {
    const root = fixtureCopy();
    edit(root, 'locales/en/demo.json', '"What do you do?"', '"What will you do?"');
    const before = read(root, 'locales/ru/common.json');
    let xml = xliffOf(root, 'ru');
    xml = setTarget(
      xml,
      'nodes.choose.text',
      'Что &quot;вы&quot; &amp; &apos;мы&apos; сделаем &lt;сейчас&gt;?',
    );
    const r = importXliff(loadLocaleSet(root), xml);
    expect([...r.writes.keys()]).toEqual(['ru/demo.json', 'ru/_lock.json']);
    expect(r.confirmed).toEqual(['demo:nodes.choose.text']);
    expect(r.writes.get('ru/demo.json')).toContain('"text": "Что \\"вы\\" & \'мы\' сделаем <сейчас>?"');
    expect(read(root, 'locales/ru/common.json')).toBe(before);
  });

  it("patches changed texts in place, keeping the author's layout", () => {
    const root = fixtureCopy();
    const before = read(root, 'locales/hy/demo.json');
    const xml = setTarget(xliffOf(root, 'hy'), 'places.minsk.name', 'Մինսկ քաղաք');
    expect(importCommand(root, [writeTmp(root, xml)]).code).toBe(0);
    // The one-line object `{ "minsk": { "name": … } }` stays on one line; nothing else moves.
    expect(read(root, 'locales/hy/demo.json')).toBe(before.replace('"Մինսկ"', '"Մինսկ քաղաք"'));
  });

  it('judges only the texts it changes: an old fault elsewhere does not block an import', () => {
    const root = fixtureCopy();
    edit(root, 'locales/hy/demo.json', '"Անկախ լրատվական կայք"', '"Անկախ news կայք"');
    const xml = setTarget(xliffOf(root, 'hy'), 'places.minsk.name', 'Մինսկ քաղաք');
    expect(importCommand(root, [writeTmp(root, xml)]).code).toBe(0);
  });

  it('adds a missing translation in the English key order', () => {
    const root = fixtureCopy();
    edit(root, 'locales/hy/demo.json', '"role": "Պաշտպանական թիմի կրտսեր անդամ",', '');
    const xml = xliffOf(root, 'hy').replace(
      /(<unit id="meta\.role">[\s\S]*?<source>[^<]*<\/source>)/,
      '$1\n        <target>Կրտսեր անդամ</target>',
    );
    const out = importCommand(root, [writeTmp(root, xml)]);
    expect(out.code).toBe(0);
    expect(read(root, 'locales/hy/demo.json')).toMatch(
      /"summary": "[^"]+",\n {4}"role": "Կրտսեր անդամ",\n {4}"objectives"/,
    );
    expect(checkProject(root)).toEqual([]);
  });

  const refusals: [string, (xml: string) => string, RegExp][] = [
    [
      'a broken placeholder',
      (x) => setTarget(x, 'nodes.lawyer.text', 'У нас {{day}} дней'),
      /unit "demo:nodes\.lawyer\.text".*missing \{\{days\}\}/,
    ],
    [
      'a missing placeholder',
      (x) => setTarget(x, 'menu.start', 'Начать'),
      /unit "common:menu\.start".*missing \{\{name\}\}/,
    ],
    [
      'an unknown key',
      (x) => x.replace('<unit id="meta.role">', '<unit id="meta.rol">'),
      /unit "demo:meta\.rol".*unknown key/,
    ],
    [
      'a plural form Russian does not use',
      (x) => x.replace('<unit id="turns_few">', '<unit id="turns_two">'),
      /unit "common:turns_two".*unknown key/,
    ],
    [
      'an unknown namespace',
      (x) => x.replace('<file id="demo"', '<file id="dmeo"'),
      /English has no namespace "dmeo"/,
    ],
    [
      'a DOCTYPE',
      (x) => x.replace('<xliff', '<!DOCTYPE x [<!ENTITY e "boom">]>\n<xliff'),
      /DOCTYPE and ENTITY declarations are not accepted/,
    ],
    ['an undeclared entity', (x) => setTarget(x, 'menu.start', 'Начать, {{name}} &e;'), /unknown entity &e;/],
    [
      'markup in a target',
      (x) => setTarget(x, 'menu.start', 'Начать, &lt;b&gt;{{name}}&lt;/b&gt;'),
      /markup in text/,
    ],
    ['an empty target', (x) => setTarget(x, 'menu.start', ''), /empty string/],
    [
      'the wrong target language',
      (x) => x.replace('trgLang="ru"', 'trgLang="xx"'),
      /trgLang "xx" is not a language folder/,
    ],
    ['not XML at all', () => '{"json": true}', /not readable XML/],
  ];

  it.each(refusals)('refuses %s and writes nothing', (_name, mutate, message) => {
    const root = fixtureCopy();
    const before = snapshot(root);
    // A valid edit in the same file proves nothing is written partially.
    const xml = mutate(setTarget(xliffOf(root, 'ru'), 'places.minsk.name', 'Город Минск'));
    const out = importCommand(root, [writeTmp(root, xml)]);
    expect(out.code).toBe(1);
    expect(out.out.join('\n')).toMatch(/import refused, nothing was written/);
    expect(out.out.join('\n')).toMatch(message);
    expect(snapshot(root)).toEqual(before);
  });
});

function writeTmp(root: string, xml: string): string {
  const file = join(root, 'edited.xlf');
  writeFileSync(file, xml, 'utf8');
  return file;
}
