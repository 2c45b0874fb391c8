// XLIFF 1.2: the export's structure (checked by parsing: no copy of the official 1.2 schema is
// available offline), the same content as 2.0, states, the CLI flag, the byte-identical round trip,
// and the 2.0 import's refusals applied to 1.2 files.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand, UsageError } from '../../src/dev/i18n/commands';
import { loadLocaleSet } from '../../src/dev/i18n/load';
import { exportXliff } from '../../src/i18n/model/xliff';
import { exportXliff12, XLIFF12_NS } from '../../src/i18n/model/xliff12';
import { importXliff } from '../../src/i18n/model/xliffImport';
import { childElements, parseXml, textContent, type XmlElement } from '../../src/i18n/model/xml';
import { edit, fixtureCopy, read } from './helpers';

const xliff12Of = (root: string, lng: string) => exportCommand(root, [lng, '--xliff', '1.2']).out.join('\n');

/** The 1.2 values of `state` (XLIFF 1.2 spec, section "state"); no x- extensions are written. */
const STATES_12 = new Set([
  'final',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-review-translation',
  'needs-translation',
  'new',
  'signed-off',
  'translated',
]);

/** The 1.2 core schema's rules our files touch: required attributes, child order, enumerations. */
function structureProblems(xml: string): string[] {
  const out: string[] = [];
  const root = parseXml(xml);
  if (root.name !== 'xliff' || root.attrs.xmlns !== XLIFF12_NS || root.attrs.version !== '1.2')
    out.push('root');
  for (const c of childElements(root)) if (c.name !== 'file') out.push(`<xliff> holds <${c.name}>`);
  for (const f of childElements(root, 'file')) {
    for (const a of ['original', 'source-language', 'datatype'])
      if (!f.attrs[a]) out.push(`file without ${a}`);
    const names = childElements(f).map((c) => c.name);
    if (names.join() !== 'body' && names.join() !== 'header,body') out.push(`file holds ${names}`);
    for (const u of childElements(childElements(f, 'body')[0] as XmlElement)) {
      if (u.name !== 'trans-unit') out.push(`body holds <${u.name}>`);
      if (!u.attrs.id) out.push('trans-unit without id');
      if (u.attrs['size-unit'] && u.attrs['size-unit'] !== 'char') out.push('size-unit');
      if (u.attrs.maxwidth && !/^\d+$/.test(u.attrs.maxwidth)) out.push('maxwidth');
      if (u.attrs.approved && !['yes', 'no'].includes(u.attrs.approved)) out.push('approved');
      // Schema order: source, target?, then notes (context groups and alt-trans are not written).
      const kids = childElements(u).map((c) => c.name);
      if (!/^source(,target)?(,note)*$/.test(kids.join())) out.push(`${u.attrs.id}: ${kids}`);
      for (const t of childElements(u, 'target'))
        if (t.attrs.state && !STATES_12.has(t.attrs.state)) out.push(`state ${t.attrs.state}`);
      for (const n of childElements(u, 'note')) if (textContent(n) === undefined) out.push('note markup');
    }
  }
  return out;
}

/** id → [source, target, notes…] of every unit, for either version. */
function content(xml: string): Map<string, string[]> {
  const root = parseXml(xml);
  const out = new Map<string, string[]>();
  const walk = (e: XmlElement, ns: string) => {
    for (const c of childElements(e)) {
      const file =
        c.name === 'file' ? (c.attrs.id ?? /([^/]+)\.json$/.exec(c.attrs.original ?? '')?.[1]) : ns;
      if (c.name !== 'unit' && c.name !== 'trans-unit') walk(c, file ?? ns);
      else {
        const all = (n: string, el: XmlElement): XmlElement[] =>
          childElements(el).flatMap((x) => (x.name === n ? [x] : all(n, x)));
        const text = (n: string) => all(n, c).map((x) => textContent(x) ?? '');
        const notes = all('note', c).map((n) => `${n.attrs.category ?? n.attrs.from}=${textContent(n)}`);
        out.set(`${ns}:${c.attrs.id}`, [...text('source'), ...text('target').filter(Boolean), ...notes]);
      }
    }
  };
  walk(root, '');
  return out;
}

describe('XLIFF 1.2 export', () => {
  it('follows the 1.2 core structure and carries the same units, texts and notes as 2.0', () => {
    const root = fixtureCopy();
    for (const lng of ['ru', 'hy']) {
      const xml = xliff12Of(root, lng);
      expect(structureProblems(xml)).toEqual([]);
      const v20 = content(exportCommand(root, [lng]).out.join('\n'));
      expect(content(xml)).toEqual(v20);
      expect(v20.size).toBeGreaterThan(10);
    }
    const ru = xliff12Of(root, 'ru');
    for (const form of ['one', 'few', 'many', 'other'])
      expect(ru).toContain(`<trans-unit id="turns_${form}"`);
    expect(ru).toMatch(/<trans-unit id="meta\.title" [^>]*maxwidth="60" size-unit="char">/);
    expect(xliff12Of(root, 'hy')).not.toContain('turns_few');
  });

  it('maps each standing to a 1.2 state: missing, stale, done, reviewed', () => {
    const root = fixtureCopy();
    edit(root, 'locales/en/demo.json', '"What do you do?"', '"What will you do?"'); // stale
    edit(root, 'locales/ru/demo.json', '"role": "Младший член команды защиты",', ''); // missing
    const xml = exportXliff12(
      loadLocaleSet(root),
      'ru',
      [],
      new Set(['common:menu.start', 'demo:meta.role']),
    );
    expect(structureProblems(xml)).toEqual([]);
    const unit = (id: string) =>
      new RegExp(
        `<trans-unit id="${id.replace('.', '\\.')}"[^>]*>\\s*<source>[^<]*</source>\\s*(<target[^>]*>)`,
      ).exec(xml)?.[1];
    expect(unit('meta.role')).toBe('<target state="needs-translation"/>');
    expect(unit('nodes.choose.text')).toBe('<target state="needs-review-translation">');
    expect(unit('meta.title')).toBe('<target state="translated">');
    expect(unit('menu.start')).toBe('<target state="signed-off">');
    expect(xml).toMatch(/<trans-unit id="menu\.start"[^>]* approved="yes">/);
    // A tick on a text that is missing (or stale) is not exported: nothing was reviewed there.
    expect(xml).not.toMatch(/<trans-unit id="meta\.role"[^>]* approved/);
    // 2.0 carries the same tick as state="reviewed".
    const v20 = exportXliff(loadLocaleSet(root), 'ru', [], new Set(['common:menu.start']));
    expect(v20).toMatch(/<unit id="menu\.start">[\s\S]*?<segment state="reviewed">/);
    expect(v20).toMatch(/<unit id="meta\.title">[\s\S]*?<segment state="translated">/);
  });

  it('the CLI writes it with --xliff 1.2 and refuses another version in one line', () => {
    const root = fixtureCopy();
    const file = join(root, 'ru.xlf');
    expect(exportCommand(root, ['ru', '--xliff', '1.2', '--out', file]).out).toEqual([`wrote ${file}`]);
    expect(read(root, 'ru.xlf')).toContain(`<xliff xmlns="${XLIFF12_NS}" version="1.2">`);
    expect(() => exportCommand(root, ['ru', '--xliff', '1.1'])).toThrow(UsageError);
    expect(() => exportCommand(root, ['ru', '--xliff', '1.1'])).toThrow(
      '--xliff takes 2.0 or 1.2, not "1.1"',
    );
  });
});

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lng of readdirSync(join(root, 'locales')))
    for (const f of readdirSync(join(root, 'locales', lng)))
      out[`${lng}/${f}`] = readFileSync(join(root, 'locales', lng, f), 'utf8');
  return out;
}

function setTarget(xml: string, id: string, target: string, state = 'translated'): string {
  const re = new RegExp(
    `(<trans-unit id="${id.replace(/\./g, '\\.')}"[^>]*>\\s*<source>[^<]*</source>\\s*)<target[^>]*?(?:/>|>[^<]*</target>)`,
  );
  if (!re.test(xml)) throw new Error(`no unit ${id}`);
  return xml.replace(re, (_, a) => `${a}<target state="${state}">${target}</target>`);
}

describe('XLIFF 1.2 import', () => {
  it('export then import without edits leaves every file byte-identical, missing texts included', () => {
    const root = fixtureCopy();
    edit(root, 'locales/ru/demo.json', '"role": "Младший член команды защиты",', '');
    const before = snapshot(root);
    for (const lng of ['hy', 'ru'])
      expect(importXliff(loadLocaleSet(root), xliff12Of(root, lng)).writes.size).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });

  it('writes an edited target, confirms it, and reports signed-off units as reviewed', () => {
    const root = fixtureCopy();
    edit(root, 'locales/en/demo.json', '"What do you do?"', '"What will you do?"');
    let xml = setTarget(xliff12Of(root, 'ru'), 'nodes.choose.text', 'Что &quot;вы&quot; сделаете?');
    xml = setTarget(xml, 'menu.start', 'Начать, {{name}}', 'signed-off');
    // A plural key is reviewed only when every form is: one signed-off form of four is not enough.
    xml = setTarget(xml, 'turns_one', 'Остался {{count}} ход', 'signed-off');
    const r = importXliff(loadLocaleSet(root), xml);
    expect([...r.writes.keys()]).toEqual(['ru/demo.json', 'ru/_lock.json']);
    expect(r.confirmed).toEqual(['demo:nodes.choose.text']);
    expect(r.writes.get('ru/demo.json')).toContain('"text": "Что \\"вы\\" сделаете?"');
    expect(r.reviewed).toEqual(['common:menu.start']);
    expect(r.changedIds).toEqual(['demo:nodes.choose.text']);
    // A unit inside a <group> (as some tools write) is read too; approved="yes" on a target without
    // a state also marks it reviewed.
    const grouped = xliff12Of(root, 'ru')
      .replace('<body>', '<body><group id="g">')
      .replace('</body>', '</group></body>')
      .replace('<trans-unit id="meta.title" ', '<trans-unit approved="yes" id="meta.title" ')
      .replace('<target state="translated">Апелляция', '<target>Апелляция');
    expect(importXliff(loadLocaleSet(root), grouped).reviewed).toEqual(['demo:meta.title']);
    // An explicit state wins over approved="yes" (a tool that edited the text and said so).
    const contradicted = grouped.replace('<target>Апелляция', '<target state="translated">Апелляция');
    expect(importXliff(loadLocaleSet(root), contradicted).reviewed).toEqual([]);
  });

  const refusals: [string, (xml: string) => string, RegExp][] = [
    [
      'a broken placeholder',
      (x) => setTarget(x, 'nodes.lawyer.text', 'У нас {{day}} дней'),
      /unit "demo:nodes\.lawyer\.text".*missing \{\{days\}\}/,
    ],
    [
      'an unknown key',
      (x) => x.replace('<trans-unit id="meta.role"', '<trans-unit id="meta.rol"'),
      /unit "demo:meta\.rol".*unknown key/,
    ],
    [
      'a plural form Russian does not use',
      (x) => x.replace('<trans-unit id="turns_few"', '<trans-unit id="turns_two"'),
      /unit "common:turns_two".*unknown key/,
    ],
    [
      'an unknown namespace',
      (x) => x.replace('original="locales/en/demo.json"', 'original="locales/en/dmeo.json"'),
      /<file original="locales\/en\/dmeo\.json"> \(line \d+\): English has no namespace "dmeo"/,
    ],
    [
      'a file that names no JSON file',
      (x) => x.replace('original="locales/en/demo.json"', 'original="demo.po"'),
      /original must name the English file/,
    ],
    [
      'markup in a target',
      (x) => setTarget(x, 'menu.start', 'Начать, &lt;b&gt;{{name}}&lt;/b&gt;'),
      /unit "common:menu\.start".*markup in text/,
    ],
    [
      'inline elements in a target',
      (x) => setTarget(x, 'menu.start', 'Начать, <g id="1">{{name}}</g>'),
      /<target> holds inline markup/,
    ],
    [
      'a script in a target',
      (x) => setTarget(x, 'menu.start', 'Начать, {{name}} &lt;script&gt;alert(1)&lt;/script&gt;'),
      /markup in text/,
    ],
    ['an empty target marked translated', (x) => setTarget(x, 'menu.start', ''), /empty string/],
    [
      'the wrong target language',
      (x) => x.replaceAll('target-language="ru"', 'target-language="xx"'),
      /target-language "xx" is not a language folder/,
    ],
    [
      'two target languages',
      (x) => x.replace(/target-language="ru"(?![\s\S]*target-language="ru")/, 'target-language="hy"'),
      /target-language "hy" differs from the first file's "ru"/,
    ],
    [
      'another source language',
      (x) => x.replace('source-language="en"', 'source-language="de"'),
      /source-language must be "en", not "de"/,
    ],
    [
      'a DOCTYPE',
      (x) => x.replace('<xliff', '<!DOCTYPE x [<!ENTITY e "boom">]>\n<xliff'),
      /DOCTYPE and ENTITY declarations are not accepted/,
    ],
    [
      'another XLIFF version',
      (x) => x.replace('version="1.2"', 'version="1.1"'),
      /the root must be .*version="2\.0".* or .*version="1\.2"/,
    ],
  ];

  it.each(refusals)('refuses %s and writes nothing', (_name, mutate, message) => {
    const root = fixtureCopy();
    const before = snapshot(root);
    const xml = mutate(setTarget(xliff12Of(root, 'ru'), 'places.minsk.name', 'Город Минск'));
    const file = join(root, 'edited.xlf');
    writeFileSync(file, xml, 'utf8');
    const out = importCommand(root, [file]);
    expect(out.code).toBe(1);
    expect(out.out.join('\n')).toMatch(/import refused, nothing was written/);
    expect(out.out.join('\n')).toMatch(message);
    expect(snapshot(root)).toEqual(before);
  });

  it('the CLI imports a 1.2 file and says the review marks stay with the page', () => {
    const root = fixtureCopy();
    const file = join(root, 'ru.xlf');
    writeFileSync(file, setTarget(xliff12Of(root, 'ru'), 'places.minsk.name', 'Город Минск', 'signed-off'));
    const out = importCommand(root, [file]);
    expect(out.code).toBe(0);
    expect(out.out[0]).toBe('ru: 1 key(s) changed, 0 confirmed, 1 file(s) written');
    expect(out.out.at(-1)).toMatch(/^note: 1 key\(s\) are marked reviewed in the file/);
    expect(read(root, 'locales/ru/demo.json')).toContain('"Город Минск"');
  });
});
