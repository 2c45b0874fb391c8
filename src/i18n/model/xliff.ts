// XLIFF 2.0 export: one <file> per namespace, one <unit> per key (one per plural form the target
// language needs), with notes that tell a translator where the text shows and how long it may be.

import type { Leaf } from './jsonTree';
import { type LogicalKey, type PluralCategory, pluralCategories, pluralKey, pluralParts } from './keys';
import {
  type Locale,
  type LocaleSet,
  SOURCE_LNG,
  type SourceNs,
  sourceForms,
  sourceNamespaces,
  textOf,
} from './locale';
import { keyState } from './lock';
import type { TextUse } from './usage';
import { el, serializeXml, type XmlElement } from './xml';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** One unit to translate: its id (flat key), English source and current target. */
export interface UnitPlan {
  id: string;
  source: string;
  target?: string;
  lk: LogicalKey;
  category?: PluralCategory;
}

/** The units a language needs for one namespace, in English order. Shared by export and import. */
export function planUnits(src: SourceNs, locale: Locale): UnitPlan[] {
  const file = locale.namespaces.get(src.ns);
  const current = (id: string) => {
    const leaf = file?.leaves.get(id);
    return leaf ? textOf(leaf) : undefined;
  };
  return src.keys.flatMap((lk): UnitPlan[] => {
    const forms = sourceForms(src, lk);
    if (!lk.plural) return [{ id: lk.key, source: leafText(forms[0]), target: current(lk.key), lk }];
    const ordinal = lk.plural.ordinal;
    const enText = (c: PluralCategory) =>
      leafText(
        forms.find((l) => pluralParts(l.key)?.category === c) ?? forms.find((l) => l.key.endsWith('_other')),
      );
    return pluralCategories(locale.code, ordinal).map((category) => {
      const id = pluralKey(lk.key, category, ordinal);
      return { id, source: enText(category), target: current(id), lk, category };
    });
  });
}

function leafText(leaf: Leaf | undefined): string {
  return leaf ? (textOf(leaf) ?? '') : '';
}

export function exportXliff(set: LocaleSet, lng: string, uses: readonly TextUse[]): string {
  const locale = set.locales.get(lng);
  if (!locale || lng === SOURCE_LNG) throw new Error(`no target language "${lng}" in locales/`);
  const files = [...sourceNamespaces(set).values()].map((src) => fileElement(src, locale, uses));
  return serializeXml(
    el('xliff', { xmlns: XLIFF_NS, version: '2.0', srcLang: SOURCE_LNG, trgLang: lng }, files),
  );
}

function fileElement(src: SourceNs, locale: Locale, uses: readonly TextUse[]): XmlElement {
  const byKey = new Map(uses.filter((u) => u.ns === src.ns).map((u) => [u.key, u]));
  const units = planUnits(src, locale).map((u) => {
    const state = keyState(locale, src, u.lk);
    const segment = el('segment', { state: state === 'current' ? 'translated' : 'initial' }, [
      el('source', {}, [u.source]),
      ...(u.target === undefined ? [] : [el('target', {}, [u.target])]),
    ]);
    const use = byKey.get(u.lk.key);
    return el('unit', { id: u.id }, [
      el(
        'notes',
        {},
        notes(u, use && { ...use, speaker: speakerName(src, use.speaker) }, state, locale.code),
      ),
      segment,
    ]);
  });
  return el('file', { id: src.ns, original: `locales/${SOURCE_LNG}/${src.ns}.json` }, units);
}

/** `defence — The defence team`: the id alone says little to a translator. */
function speakerName(src: SourceNs, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const leaf = src.file.leaves.get(`parties.${id}.name`);
  const name = leaf ? textOf(leaf) : undefined;
  return name ? `${id} — ${name}` : id;
}

function notes(u: UnitPlan, use: TextUse | undefined, state: string, lng: string): XmlElement[] {
  const note = (category: string, text: string | number | undefined) =>
    text === undefined ? [] : [el('note', { category }, [String(text)])];
  return [
    ...note('scenario', use?.scenario || undefined),
    ...note('node', use?.nodeId),
    ...note('nodeKind', use?.nodeKind),
    ...note('speaker', use?.speaker),
    ...note('where', use?.where ?? (use ? undefined : 'interface text or not used by any scenario')),
    ...note('maxLength', use?.maxLength),
    ...note('plural', u.category ? pluralNote(u.category, lng, u.lk.plural?.ordinal ?? false) : undefined),
    ...note('status', state),
  ];
}

/** "form few: used for 2, 3, 4, 22, 23 …" — examples help more than category names. */
function pluralNote(category: PluralCategory, lng: string, ordinal: boolean): string {
  const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
  const samples: string[] = [];
  for (let n = 0; n <= 111 && samples.length < 6; n++)
    if (rules.select(n) === category) samples.push(String(n));
  if (samples.length === 0 && rules.select(1.5) === category) samples.push('1.5');
  return `form "${category}"${ordinal ? ' (ordinal)' : ''}: used for ${samples.join(', ')} …`;
}
