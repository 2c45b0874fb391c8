// The page's XLIFF 1.2 and the reviewer's tick: export then import gives the same draft (texts,
// lock, ticks) in both versions; an import (XLIFF or zip) keeps the ticks of texts it leaves
// alone; a hostile 1.2 file is refused in one sentence naming the key, the draft untouched.

import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sourceNamespaces } from '../../src/i18n/model/locale';
import { sourceHash } from '../../src/i18n/model/lock';
import type { Draft } from '../../src/translate/draft';
import { exportXliffFile } from '../../src/translate/exporting';
import { importFile, MAX_IMPORT_BYTES } from '../../src/translate/importing';
import { fixtureFiles, newDraft, setOf } from './helpers';

const all = fixtureFiles();
const enc = (s: string) => new TextEncoder().encode(s);

/** Confirmed against today's English, as typing on the page does (a tick needs that). */
function confirm(d: Draft, ns: string, key: string): void {
  const src = sourceNamespaces(setOf(all, d)).get(ns);
  const lk = src?.keys.find((k) => k.key === key);
  if (!src || !lk) throw new Error(`no ${ns}:${key}`);
  d.lock[`${ns}:${key}`] = sourceHash(src, lk);
}

/** Two translated keys, a plural one, both reviewed; a third translated, not reviewed. */
function reviewedDraft(): Draft {
  const d = newDraft();
  d.texts.common = { turns_one: '{{count}} vico restas', turns_other: '{{count}} vicoj restas' };
  d.texts.demo = { 'nodes.end.title': 'Ekstradiciita', 'meta.title': 'La apelacio' };
  for (const [ns, key] of [
    ['common', 'turns'],
    ['demo', 'nodes.end.title'],
    ['demo', 'meta.title'],
  ] as const)
    confirm(d, ns, key);
  d.reviewed = ['common:turns', 'demo:nodes.end.title'];
  return d;
}

const sameDraft = (a: Draft, b: Draft) => ({
  texts: [a.texts, b.texts],
  lock: [a.lock, b.lock],
  reviewed: [[...a.reviewed].sort(), [...b.reviewed].sort()],
});

describe.each(['2.0', '1.2'] as const)('XLIFF %s round trip on the page', (version) => {
  it('an empty draft imports back the same texts, lock and reviewer ticks', () => {
    const d = reviewedDraft();
    const xml = exportXliffFile(setOf(all, d), d, [], version);
    expect(xml).toContain(version === '1.2' ? 'state="signed-off"' : 'state="reviewed"');
    const r = importFile(setOf(all, newDraft()), newDraft(), 'eo.xlf', enc(xml));
    if (!r.ok) throw new Error(r.message);
    const s = sameDraft(r.draft, d);
    expect(s.texts[0]).toEqual(s.texts[1]);
    expect(s.lock[0]).toEqual(s.lock[1]);
    expect(s.reviewed[0]).toEqual(s.reviewed[1]);
    expect(r.changed).toBe(4);
  });

  it('a text the file changes loses its tick unless the file marks it reviewed; others keep theirs', () => {
    const d = reviewedDraft();
    // The unit edited in a tool that marks an edited text as translated, not reviewed.
    const edited = exportXliffFile(setOf(all, d), d, [], version).replace(
      /(<(?:trans-)?unit id="nodes\.end\.title"[\s\S]*?<\/(?:trans-)?unit>)/,
      (unit) =>
        unit
          .replace(' approved="yes"', '')
          .replace(/state="(?:reviewed|signed-off)"/, 'state="translated"')
          .replace('>Ekstradiciita<', '>Estas ekstradiciita<'),
    );
    expect(edited).toContain('Estas ekstradiciita');
    const r = importFile(setOf(all, d), d, 'eo.xlf', enc(edited));
    if (!r.ok) throw new Error(r.message);
    expect(r.draft.texts.demo?.['nodes.end.title']).toBe('Estas ekstradiciita');
    expect(r.draft.reviewed).toEqual(['common:turns']);
  });
});

describe('a locale zip and the ticks', () => {
  it('a text the zip changes loses its tick; the others keep theirs', () => {
    const d = reviewedDraft();
    const zip = zipSync({
      'locales/eo/demo.json': strToU8('{"nodes": {"end": {"title": "Estas ekstradiciita"}}}'),
    });
    const r = importFile(setOf(all, d), d, 'eo.zip', zip);
    if (!r.ok) throw new Error(r.message);
    expect(r.draft.texts.demo?.['nodes.end.title']).toBe('Estas ekstradiciita');
    expect(r.draft.reviewed).toEqual(['common:turns']);
  });
});

describe('hostile XLIFF 1.2 on the page: one sentence naming the key, the draft untouched', () => {
  const base = () => exportXliffFile(setOf(all, reviewedDraft()), reviewedDraft(), [], '1.2');
  function refused(xml: string): string {
    const d = reviewedDraft();
    const before = structuredClone(d);
    const r = importFile(setOf(all, d), d, 'eo.xlf', enc(xml));
    expect(d).toEqual(before);
    if (r.ok) throw new Error('imported');
    expect(r.message).toMatch(/^“eo\.xlf” was not imported and nothing changed: .*\.$/);
    expect(r.message).not.toMatch(/[\n\r]/);
    return r.message;
  }
  const retarget = (xml: string, id: string, text: string) =>
    xml.replace(
      new RegExp(
        `(<trans-unit id="${id}"[^>]*>\\s*<source>[^<]*</source>\\s*)<target[^>]*?(?:/>|>[^<]*</target>)`,
      ),
      `$1<target state="translated">${text}</target>`,
    );

  it('another language, not XLIFF, a broken plural form, markup or script, oversize', () => {
    expect(refused(base().replaceAll('target-language="eo"', 'target-language="ru"'))).toContain(
      'it is for the language “ru”, and this draft is eo',
    );
    expect(refused('<?xml version="1.0"?><xliff version="1.2"><file/></xliff>')).toContain(
      'the root must be <xliff',
    );
    expect(refused(retarget(base(), 'turns_other', 'vicoj restas'))).toMatch(
      /unit "common:turns_other" \(line \d+\): placeholder mismatch: missing \{\{count\}\}/,
    );
    expect(refused(base().replace('<trans-unit id="turns_one"', '<trans-unit id="turns_few"'))).toContain(
      'unit "common:turns_few"',
    );
    expect(refused(retarget(base(), 'nodes\\.end\\.title', '&lt;script&gt;alert(1)&lt;/script&gt;'))).toMatch(
      /unit "demo:nodes\.end\.title".*markup in text/,
    );
    const big = base().replace('<file', `<!--${' '.repeat(MAX_IMPORT_BYTES)}--><file`);
    expect(refused(big)).toContain('more than the 5,000,000');
  });
});
