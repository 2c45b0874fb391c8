// The translator's page's pure model: a draft written into its language folder, the rows it lists
// (units per CLDR plural form, status from the lock), the live checks, the filters and the
// starting of a new language. Inputs: the clean i18n fixture (en, hy, ru).

import { describe, expect, it } from 'vitest';
import { draftFiles, emptyDraft } from '../../src/translate/draft';
import { newLanguage } from '../../src/translate/language';
import { buildRows, filterRows, type Row, unitFindings } from '../../src/translate/rows';
import { fixtureFiles, newDraft, setOf } from './helpers';

const RUSSIAN = { name: 'Русский', englishName: 'Russian', script: 'Cyrl', dir: 'ltr' as const, fonts: [] };
const rowOf = (rows: Row[], key: string) => rows.find((r) => r.key === key) as Row;

describe('draft files', () => {
  it('a new language gets English order, its meta and a lock of what the translator confirmed', () => {
    const d = newDraft();
    d.texts.demo = { 'nodes.end.title': 'Ekstradiciita', 'meta.title': 'La apelacio' };
    d.lock['demo:meta.title'] = 'abc';
    const files = draftFiles(fixtureFiles(), d);
    expect(Object.keys(files).sort()).toEqual(['_lock.json', '_meta.json', 'demo.json']);
    // English has meta before nodes: the file follows English, not the order of typing.
    expect(JSON.parse(files['demo.json'] as string)).toEqual({
      meta: { title: 'La apelacio' },
      nodes: { end: { title: 'Ekstradiciita' } },
    });
    expect(files['demo.json']?.indexOf('meta')).toBeLessThan(files['demo.json']?.indexOf('nodes') ?? -1);
    expect(JSON.parse(files['_meta.json'] as string).name).toBe('Esperanto');
    expect(JSON.parse(files['_lock.json'] as string)).toEqual({ 'demo:meta.title': 'abc' });
  });

  it('an edit to a shipped language changes that one string and leaves every other byte', () => {
    const all = fixtureFiles();
    const d = emptyDraft('ru', RUSSIAN);
    d.texts.common = { 'menu.start': 'Начнём, {{name}}' };
    const files = draftFiles(all, d);
    const before = all.ru?.['common.json'] as string;
    expect(files['common.json']).toBe(before.replace('Начать, {{name}}', 'Начнём, {{name}}'));
    expect(files['demo.json']).toBe(all.ru?.['demo.json']);
    // The shipped lock is kept: the keys confirmed on main stay confirmed.
    expect(JSON.parse(files['_lock.json'] as string)).toEqual(JSON.parse(all.ru?.['_lock.json'] as string));
  });
});

describe('rows', () => {
  it('one unit per plural form the language needs (CLDR): two in Esperanto, four in Russian', () => {
    const all = fixtureFiles();
    const eo = rowOf(buildRows(setOf(all, newDraft()), 'eo', []), 'turns');
    expect(eo.units.map((u) => u.id)).toEqual(['turns_one', 'turns_other']);
    const ru = emptyDraft('ru', RUSSIAN);
    const forms = rowOf(buildRows(setOf(all, ru), 'ru', []), 'turns').units.map((u) => u.category);
    expect(forms).toEqual(['one', 'few', 'many', 'other']);
  });

  it('status: missing until every plural form has text, done once confirmed, stale when English changes', () => {
    const all = fixtureFiles();
    const d = newDraft();
    d.texts.common = { turns_one: '{{count}} vico' };
    expect(rowOf(buildRows(setOf(all, d), 'eo', []), 'turns').status).toBe('missing');
    const ru = emptyDraft('ru', RUSSIAN);
    expect(rowOf(buildRows(setOf(all, ru), 'ru', []), 'menu.start').status).toBe('done');
    const changed = structuredClone(all);
    (changed.en as Record<string, string>)['common.json'] = String(all.en?.['common.json']).replace(
      'Start, {{name}}',
      'Begin, {{name}}',
    );
    expect(rowOf(buildRows(setOf(changed, ru), 'ru', []), 'menu.start').status).toBe('stale');
  });

  it('filters: by status, by failing check, by namespace, by text in either language', () => {
    const all = fixtureFiles();
    const d = newDraft();
    d.texts.common = { 'menu.start': 'Komenci, {{name}}', turns_one: 'vico', turns_other: 'vicoj' };
    const set = setOf(all, d);
    const rows = buildRows(set, 'eo', []);
    const failing = (r: Row) =>
      r.units.some((u) => u.target && unitFindings(set, 'eo', r, u, u.target).length);
    const keys = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f, failing).map((r) => r.key);
    expect(keys({ status: 'failing' })).toEqual(['turns']);
    expect(keys({ ns: 'common' })).toEqual(['menu.start', 'turns']);
    expect(keys({ status: 'missing', ns: 'common' })).toEqual([]);
    expect(keys({ status: 'stale', ns: 'common' })).toEqual(['menu.start', 'turns']);
    expect(keys({ search: 'KOMENCI' })).toEqual(['menu.start']);
    expect(keys({ search: 'supreme court', ns: 'demo' })).toEqual([
      'parties.court.name',
      'quiz.q1.explanation',
      'quiz.q1.options.a',
    ]);
    expect(keys({ status: 'missing' })).toHaveLength(rows.length - 2);
  });
});

describe('live checks (the rules of i18n:check)', () => {
  const all = fixtureFiles();
  const set = setOf(all, newDraft());
  const use = {
    ns: 'demo',
    key: 'nodes.choose.choices.appeal.label',
    scenario: 'demo',
    field: 'x',
    where: 'choice button',
    maxLength: 20,
  };
  const rows = buildRows(set, 'eo', [use]);
  const codes = (key: string, text: string, unit = 0) => {
    const r = rowOf(rows, key);
    return unitFindings(set, 'eo', r, r.units[unit] as Row['units'][number], text).map((f) => f.code);
  };

  it('a plural form that drops {{count}} fails; with it, it passes', () => {
    expect(codes('turns', 'vicoj restas', 1)).toEqual(['i18n.placeholder']);
    expect(codes('turns', '{{count}} vicoj restas', 1)).toEqual([]);
  });
  it('a renamed placeholder, markup, an empty text, a text past its screen budget', () => {
    expect(codes('menu.start', 'Komenci, {{nomo}}')).toEqual(['i18n.placeholder']);
    expect(codes('menu.start', 'Komenci, <b>{{name}}</b>')).toEqual(['i18n.markup']);
    expect(codes('menu.start', ' ')).toEqual(['i18n.empty', 'i18n.placeholder']);
    expect(codes('nodes.choose.choices.appeal.label', 'Prezenti apelacion al la kortumo')).toEqual([
      'i18n.screenLength',
    ]);
    expect(codes('nodes.choose.choices.appeal.label', 'Apelacii')).toEqual([]);
  });
  it('Latin letters left in a Cyrillic language fail, as i18n:check reports them', () => {
    const ru = emptyDraft('ru', RUSSIAN);
    const rset = setOf(all, ru);
    const r = rowOf(buildRows(rset, 'ru', []), 'menu.start');
    const unit = r.units[0] as Row['units'][number];
    expect(unitFindings(rset, 'ru', r, unit, 'Start, {{name}}').map((f) => f.code)).toEqual(['i18n.latin']);
    expect(unitFindings(rset, 'ru', r, unit, 'Начнём, {{name}}')).toEqual([]);
  });
});

describe('a new language', () => {
  it('takes a BCP 47 code, canonical, with its CLDR plural forms, script and direction', () => {
    const uk = newLanguage(' UK ', 'Українська', 'Ukrainian', ['en', 'hy', 'ru']);
    expect(uk).toMatchObject({ ok: true, code: 'uk', meta: { script: 'Cyrl', dir: 'ltr' } });
    expect(uk.ok && uk.plurals).toEqual(['one', 'few', 'many', 'other']);
    expect(newLanguage('ar', 'العربية', 'Arabic', [])).toMatchObject({ ok: true, meta: { dir: 'rtl' } });
    expect(newLanguage('pt-br', 'Português', '', [])).toMatchObject({ ok: true, code: 'pt-BR' });
  });
  it('refuses a code no folder can be named after, one that exists, and a missing name, naming the field', () => {
    expect(newLanguage('not a code', 'x', '', [])).toMatchObject({ ok: false, field: 'code' });
    expect(newLanguage('../en', 'x', '', [])).toMatchObject({ ok: false, field: 'code' });
    expect(newLanguage('pseudo', 'x', '', [])).toMatchObject({ ok: false, field: 'code' });
    expect(newLanguage('ru', 'Русский', '', ['ru'])).toMatchObject({
      ok: false,
      field: 'code',
      message: 'ru already exists: pick it from the list instead',
    });
    expect(newLanguage('ka', '  ', '', [])).toMatchObject({ ok: false, field: 'name' });
  });
});
