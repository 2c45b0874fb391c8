// Export and import on the translator's page: the zip and XLIFF round trips lose nothing, the zip
// unpacked into a repository passes i18n:check, and every hostile file is refused in one sentence
// with the draft untouched (wrong format, oversized, zip bomb, bad XML, wrong language, broken
// plural forms, markup, unsafe characters in what the message echoes).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportXliffFile, exportZip } from '../../src/translate/exporting';
import { importFile, MAX_IMPORT_BYTES, tooLarge } from '../../src/translate/importing';
import { buildRows } from '../../src/translate/rows';
import { checkProject, errors, fixtureCopy } from '../i18n/helpers';
import { fixtureFiles, newDraft, setOf } from './helpers';

const all = fixtureFiles();
/** A draft with a plural key and a scenario text already typed (what an import must not lose). */
function working() {
  const d = newDraft();
  d.texts.common = { turns_one: '{{count}} vico restas', turns_other: '{{count}} vicoj restas' };
  d.texts.demo = { 'nodes.end.title': 'Ekstradiciita' };
  d.lock['common:turns'] = 'c10ab2ee8080a28f6bf6f49fc75be4f127418614a5db300b278b998732037dab';
  return d;
}
const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
const enc = (s: string) => new TextEncoder().encode(s);

describe('round trips', () => {
  it('the zip holds locales/<code>/ and imports back into an empty draft with every text and lock', () => {
    const d = working();
    const zip = exportZip(all, d);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'locales/eo/_lock.json',
      'locales/eo/_meta.json',
      'locales/eo/common.json',
      'locales/eo/demo.json',
    ]);
    expect(exportZip(all, d)).toEqual(zip); // same draft, same bytes
    const r = importFile(setOf(all, newDraft()), newDraft(), 'eo.zip', zip);
    expect(r.ok && r.draft.texts).toEqual(d.texts);
    expect(r.ok && r.changed).toBe(3);
  });

  it('XLIFF 2.0 from the page imports back into an empty draft with the same texts', () => {
    const d = working();
    const xml = exportXliffFile(setOf(all, d), d, []);
    const r = importFile(setOf(all, newDraft()), newDraft(), 'eo.xlf', enc(xml));
    expect(r.ok && r.draft.texts).toEqual(d.texts);
  });

  it('the zip unpacked into a copy of the repository passes i18n:check for the new language', () => {
    const unpackInto = (root: string, zip: Uint8Array) => {
      for (const [p, bytes] of Object.entries(unzipSync(zip))) {
        mkdirSync(join(root, p, '..'), { recursive: true });
        writeFileSync(join(root, p), bytes);
      }
      return errors(checkProject(root)).filter((e) => e.file?.includes('eo/'));
    };
    // Every text "translated" by copying English (an Esperanto in Latin script accepts it).
    const d = working();
    for (const row of buildRows(setOf(all, d), 'eo', [])) {
      const texts = d.texts[row.ns] ?? {};
      d.texts[row.ns] = texts;
      for (const u of row.units) texts[u.id] ??= u.source;
    }
    expect(unpackInto(fixtureCopy(), exportZip(all, d)).map((e) => `${e.code} ${e.message}`)).toEqual([]);
    // The same check sees the language: a plural form without {{count}} is an error there.
    d.texts.common = { ...d.texts.common, turns_other: 'vicoj restas' };
    expect(unpackInto(fixtureCopy(), exportZip(all, d)).map((e) => e.code)).toContain('i18n.placeholder');
  });
});

describe('hostile imports: refused in one sentence, the draft untouched', () => {
  /** Imports `bytes` into the working draft; returns the message after checking nothing moved. */
  function refusedWith(name: string, bytes: Uint8Array): string {
    const d = working();
    const before = structuredClone(d);
    const r = importFile(setOf(all, d), d, name, bytes);
    expect(d).toEqual(before);
    if (r.ok) throw new Error(`${name} was imported (${r.changed} changes)`);
    expect(r.message).not.toMatch(/[\n\r]/);
    expect(r.message).toMatch(/^“.*” was not imported and nothing changed: .*\.$/);
    return r.message;
  }
  const goodXliff = () => exportXliffFile(setOf(all, newDraft()), newDraft(), []);

  it('a file that is neither a locale zip nor XLIFF', () => {
    expect(refusedWith('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toContain(
      'neither a zip nor UTF-8 text',
    );
    expect(refusedWith('notes.txt', enc('Saluton!'))).toContain('neither an XLIFF file nor a locale zip');
    expect(refusedWith('bad.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toContain('the zip is damaged');
  });

  it('an oversized file, before and after reading it', () => {
    const big = goodXliff().replace('<file', `<!--${' '.repeat(MAX_IMPORT_BYTES)}--><file`);
    expect(refusedWith('huge.xlf', enc(big))).toMatch(/it is 5,\d{3},\d{3} bytes, more than the 5,000,000/);
    expect(tooLarge('huge.xlf', 2 ** 33)?.ok).toBe(false);
    expect(tooLarge('fine.xlf', 1000)).toBeUndefined();
  });

  it('a small zip that unpacks to more than a language may have (a zip bomb)', () => {
    const zeros = new Uint8Array(1_000_000);
    const files = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`locales/eo/n${i}.json`, zeros] as const),
    );
    const bomb = zipSync(files, { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(refusedWith('eo.zip', bomb)).toContain('it unpacks to 8,000,000 bytes');
  });

  it('XML that does not parse, or declares entities', () => {
    expect(refusedWith('cut.xlf', enc(goodXliff().slice(0, 400)))).toContain('not readable XML');
    const doctype = goodXliff().replace('<xliff', '<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff');
    expect(refusedWith('doctype.xlf', enc(doctype))).toMatch(/DOCTYPE|entit/i);
  });

  it('a file for another language', () => {
    const ru = goodXliff().replace('trgLang="eo"', 'trgLang="ru"');
    expect(refusedWith('ru.xlf', enc(ru))).toContain('it is for the language “ru”, and this draft is eo');
    const zip = zipOf({ 'locales/ru/common.json': '{"menu":{"start":"Начать, {{name}}"}}' });
    expect(refusedWith('ru.zip', zip)).toContain('its folder is “ru”, and this draft is eo');
  });

  it('broken plural forms, markup or script, unknown keys, bad JSON: the key and the problem named', () => {
    const msg = (common: string) => refusedWith('eo.zip', zipOf({ 'locales/eo/common.json': common }));
    expect(msg('{"turns_few": "{{count}} vicoj"}')).toContain('common:turns_few: not a key eo needs');
    expect(msg('{"turns_other": "vicoj"}')).toContain(
      'common:turns_other: placeholder mismatch: missing {{count}}',
    );
    expect(msg('{"menu": {"start": "<img src=x onerror=alert(1)> {{name}}"}}')).toContain(
      'common:menu.start: markup in text',
    );
    expect(msg('{"menu": {"begin": "Komenci"}}')).toContain('common:menu.begin: not a key eo needs');
    expect(msg('{"menu": ')).toMatch(/common\.json(:\d+)?: /);
  });

  it('what the message echoes cannot hide or reorder text (bidi, zero-width, control characters)', () => {
    const trick = goodXliff().replace('trgLang="eo"', 'trgLang="r\u202eu\u200b\u001b[2J"');
    const m = refusedWith('x\u202egpj.xlf', enc(trick));
    for (const ch of ['\u202e', '\u200b', '\u001b']) expect(m).not.toContain(ch);
    expect(m).toContain('\\u202e');
  });
});
