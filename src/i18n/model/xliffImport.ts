// XLIFF 2.0 and 1.2 import: validates every unit first (known file and key, placeholders, no
// markup…) and either refuses the whole file or returns the new file texts. Unchanged files are not
// returned, so importing an unedited export changes nothing. Both versions are read into one shape
// (xliffRead.ts) and judged here by the same rules.

import { safeEcho } from '../../engine';
import { parity } from './checkLocale';
import { emptyObject, type JNode, parseJson, patchStrings, setLeaf, stringifyJson } from './jsonTree';
import {
  buildLocale,
  type Locale,
  type LocaleSet,
  type NamespaceFile,
  SOURCE_LNG,
  type SourceNs,
  sourceNamespaces,
} from './locale';
import { confirmKeys, lockId, lockText } from './lock';
import { reorderLike } from './reorder';
import { emptyFinding, type Finding, latinFinding, lengthFinding, markupFinding } from './rules';
import { planUnits, type UnitPlan } from './xliff';
import { type ReadFile, type ReadUnit, type ReadXliff, readXliff } from './xliffRead';
import { parseXml, type XmlElement } from './xml';

export class ImportRefused extends Error {
  constructor(readonly problems: string[]) {
    super(`import refused, nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface ImportResult {
  lng: string;
  /** Relative to the locales folder (`hy/appeal.json`) → new text. Only files that change. */
  writes: Map<string, string>;
  changedKeys: string[];
  confirmed: string[];
  /** Units whose English changed since the export: imported, but left stale. */
  notes: string[];
  /** `ns:key` the file marks reviewed (2.0 `reviewed`/`final`, 1.2 `signed-off`/`final`). */
  reviewed: string[];
  /** `ns:key` whose text the import changes (an earlier review no longer covers it). */
  changedIds: string[];
}

interface Accepted {
  ns: string;
  plan: UnitPlan;
  target: string;
  confirm: boolean;
  reviewed: boolean;
}

export function importXliff(set: LocaleSet, xml: string): ImportResult {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw new ImportRefused([`not readable XML: ${(e as Error).message}`]);
  }
  const doc = readXliff(root, problems);
  const locale = doc && header(doc, set, problems);
  if (!doc || !locale) throw new ImportRefused(problems);
  const sources = sourceNamespaces(set);
  const notes: string[] = [];
  const accepted = doc.files.flatMap((f) => acceptFile(f, sources, locale, problems, notes));
  if (problems.length) throw new ImportRefused(problems);
  return { ...apply(locale, sources, accepted), notes, ...ticks(accepted) };
}

function header(doc: ReadXliff, set: LocaleSet, problems: string[]): Locale | undefined {
  const locale = set.locales.get(doc.lng);
  if (!locale || doc.lng === SOURCE_LNG) {
    const lng = safeEcho(doc.lng);
    problems.push(
      `${doc.lngAttr} "${lng}" is not a language folder in locales/ (create locales/${lng}/_meta.json first)`,
    );
    return undefined;
  }
  return locale;
}

/**
 * A key is reviewed when every unit of it that carries a text is marked so (all plural forms).
 * A unit whose English changed since the export is never reviewed: the review was of old English.
 */
function ticks(accepted: Accepted[]): Pick<ImportResult, 'reviewed' | 'changedIds'> {
  const byKey = new Map<string, Accepted[]>();
  for (const a of accepted) {
    const id = lockId(a.ns, a.plan.lk.key);
    byKey.set(id, [...(byKey.get(id) ?? []), a]);
  }
  const all = [...byKey];
  return {
    reviewed: all.filter(([, as]) => as.every((a) => a.reviewed)).map(([id]) => id),
    changedIds: all.filter(([, as]) => as.some((a) => a.target !== a.plan.target)).map(([id]) => id),
  };
}

function acceptFile(
  f: ReadFile,
  sources: Map<string, SourceNs>,
  locale: Locale,
  problems: string[],
  notes: string[],
): Accepted[] {
  const ns = f.ns;
  const src = sources.get(ns);
  if (!src) {
    problems.push(`${f.label} (line ${f.line}): English has no namespace "${safeEcho(ns)}"`);
    return [];
  }
  const existing = locale.namespaces.get(ns);
  if (existing && !existing.tree) {
    problems.push(`${existing.file} is not valid JSON; fix it first (npm run i18n:check shows where)`);
    return [];
  }
  const plans = new Map(planUnits(src, locale).map((p) => [p.id, p]));
  const seen = new Set<string>();
  const out: Accepted[] = [];
  for (const unit of f.units) {
    const id = unit.id;
    // Ids come from the imported file: shown safely (escapes, cut with the full length stated).
    const where = `unit "${ns}:${safeEcho(id)}" (line ${unit.line})`;
    const plan = plans.get(id);
    if (!plan) problems.push(`${where}: unknown key — English has no such key for ${locale.code} in ${ns}`);
    else if (seen.has(id)) problems.push(`${where}: the unit appears twice`);
    seen.add(id);
    const a = plan && acceptUnit(unit, where, ns, src, plan, locale, problems, notes);
    if (a) out.push(a);
  }
  return out;
}

function acceptUnit(
  unit: ReadUnit,
  where: string,
  ns: string,
  src: SourceNs,
  plan: UnitPlan,
  locale: Locale,
  problems: string[],
  notes: string[],
): Accepted | undefined {
  if (unit.problem) return void problems.push(`${where}: ${unit.problem}`);
  const target = unit.target;
  if (target === undefined) return undefined; // left untranslated: nothing to import
  if (typeof target !== 'string')
    return void problems.push(`${where}: <target> holds inline markup; write plain text`);
  const changed = target !== plan.target;
  // Only what the import changes is judged here; faults already in the files are check's business
  // (otherwise one old fault would block every import).
  if (changed) {
    for (const f of targetFindings(target, plan, src, locale))
      problems.push(`${where}: ${f.message} — ${f.fix}`);
  }
  const sourceNow = unit.source === plan.source;
  if (!sourceNow) notes.push(`${ns}:${plan.id}: English changed since the export; imported but left stale`);
  const confirm = sourceNow && (changed || unit.state !== 'initial');
  return { ns, plan, target, confirm, reviewed: sourceNow && unit.state === 'reviewed' };
}

/**
 * Changed texts only: patch them in place. New keys: rebuild the file in the standard layout,
 * ordered like English (new files take English's shape: lists stay lists).
 */
function newFileText(old: NamespaceFile | undefined, src: SourceNs | undefined, edits: Accepted[]): string {
  if (old?.tree) {
    const patched = patchStrings(
      old.raw,
      edits.map((a) => ({ node: old.leaves.get(a.plan.id)?.node ?? emptyObject(), value: a.target })),
    );
    if (patched !== undefined) return patched;
  }
  const tree: JNode = old?.tree ? parseJson(old.raw) : emptyObject();
  for (const a of edits) {
    if (!setLeaf(tree, a.plan.id, a.target)) {
      throw new ImportRefused([
        `${a.ns}:${a.plan.id}: ${old?.file} has a different shape here (a list or text where English has an object); fix the JSON first`,
      ]);
    }
  }
  return stringifyJson(src?.file.tree ? reorderLike(tree, src.file.tree) : tree);
}

export function targetFindings(target: string, plan: UnitPlan, src: SourceNs, locale: Locale): Finding[] {
  const long = lengthFinding(target);
  if (long) return [long];
  const allowed = locale.glossaries.flatMap((g) => g.allowedLatin);
  const latin = locale.meta && locale.meta.script !== 'Latn' ? latinFinding(target, allowed) : undefined;
  const all = [emptyFinding(target), markupFinding(target), latin, ...parity(target, plan.id, src, plan.lk)];
  return all.filter((f): f is Finding => f !== undefined);
}

function apply(locale: Locale, sources: Map<string, SourceNs>, accepted: Accepted[]) {
  const files: Record<string, string> = Object.fromEntries(
    [...locale.namespaces.values()].map((f) => [`${f.ns}.json`, f.raw]),
  );
  const writes = new Map<string, string>();
  const changedKeys: string[] = [];
  for (const ns of new Set(accepted.map((a) => a.ns))) {
    const mine = accepted.filter((a) => a.ns === ns && a.target !== a.plan.target);
    if (mine.length === 0) continue;
    const text = newFileText(locale.namespaces.get(ns), sources.get(ns), mine);
    files[`${ns}.json`] = text;
    writes.set(`${locale.code}/${ns}.json`, text);
    changedKeys.push(...mine.map((a) => `${ns}:${a.plan.id}`));
  }
  const confirmIds = new Set(accepted.filter((a) => a.confirm).map((a) => lockId(a.ns, a.plan.lk.key)));
  const updated: Locale = { ...buildLocale(locale.code, files), lock: locale.lock, meta: locale.meta };
  const { lock, confirmed } = confirmKeys(updated, sources, (ns, key) => confirmIds.has(lockId(ns, key)));
  if (confirmed.length) writes.set(`${locale.code}/_lock.json`, lockText(lock));
  return { lng: locale.code, writes, changedKeys, confirmed };
}
