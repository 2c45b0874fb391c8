// XLIFF export plan and its 2.0 writer: one <file> per namespace, one <unit> per key (one per plural
// form the target language needs), with notes that tell a translator where the text shows and how
// long it may be. The 1.2 writer (xliff12.ts) writes the same plan.

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
import { type KeyState, keyState, lockId } from './lock';
import type { TextUse } from './usage';
import { el, serializeXml } from './xml';

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

/** One unit as both writers need it: the plan, where it stands, the reviewer's tick, the notes. */
export interface ExportUnit {
  plan: UnitPlan;
  state: KeyState;
  /** A reviewer's second pass, only for a text checked against today's English. */
  reviewed: boolean;
  notes: [category: string, text: string][];
  maxLength?: number;
}

export interface ExportFile {
  ns: string;
  original: string;
  units: ExportUnit[];
}

/** The whole export, format aside. `reviewed` holds `ns:key` ids (Draft.reviewed). */
export function exportPlan(
  set: LocaleSet,
  lng: string,
  uses: readonly TextUse[],
  reviewed: ReadonlySet<string> = new Set(),
): ExportFile[] {
  const locale = set.locales.get(lng);
  if (!locale || lng === SOURCE_LNG) throw new Error(`no target language "${lng}" in locales/`);
  return [...sourceNamespaces(set).values()].map((src) => {
    const byKey = new Map(uses.filter((u) => u.ns === src.ns).map((u) => [u.key, u]));
    const units = planUnits(src, locale).map((u): ExportUnit => {
      const state = keyState(locale, src, u.lk);
      const use = byKey.get(u.lk.key);
      const named = use && { ...use, speaker: speakerName(src, use.speaker) };
      return {
        plan: u,
        state,
        reviewed: state === 'current' && reviewed.has(lockId(src.ns, u.lk.key)),
        notes: notes(u, named, state, locale.code),
        maxLength: use?.maxLength,
      };
    });
    return { ns: src.ns, original: `locales/${SOURCE_LNG}/${src.ns}.json`, units };
  });
}

/** XLIFF 2.0 segment states: `initial` asks for a look, `reviewed` carries the reviewer's tick. */
function state20(u: ExportUnit): string {
  if (u.state !== 'current') return 'initial';
  return u.reviewed ? 'reviewed' : 'translated';
}

export function exportXliff(
  set: LocaleSet,
  lng: string,
  uses: readonly TextUse[],
  reviewed?: ReadonlySet<string>,
): string {
  const files = exportPlan(set, lng, uses, reviewed).map((f) =>
    el(
      'file',
      { id: f.ns, original: f.original },
      f.units.map((u) =>
        el('unit', { id: u.plan.id }, [
          el(
            'notes',
            {},
            u.notes.map(([category, text]) => el('note', { category }, [text])),
          ),
          el('segment', { state: state20(u) }, [
            el('source', {}, [u.plan.source]),
            ...(u.plan.target === undefined ? [] : [el('target', {}, [u.plan.target])]),
          ]),
        ]),
      ),
    ),
  );
  return serializeXml(
    el('xliff', { xmlns: XLIFF_NS, version: '2.0', srcLang: SOURCE_LNG, trgLang: lng }, files),
  );
}

/** `defence — The defence team`: the id alone says little to a translator. */
function speakerName(src: SourceNs, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const leaf = src.file.leaves.get(`parties.${id}.name`);
  const name = leaf ? textOf(leaf) : undefined;
  return name ? `${id} — ${name}` : id;
}

function notes(u: UnitPlan, use: TextUse | undefined, state: string, lng: string): [string, string][] {
  const note = (category: string, text: string | number | undefined): [string, string][] =>
    text === undefined ? [] : [[category, String(text)]];
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
