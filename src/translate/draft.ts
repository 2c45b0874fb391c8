// A translator's draft and the locale it makes: the shipped files of the language (if any) with
// the draft's texts written in, and a lock with the keys the translator confirmed. Pure and
// browser-safe, on the same model as the CLI, so the page and `i18n:check` judge the same files.

import {
  emptyObject,
  type JNode,
  parseJson,
  patchStrings,
  setLeaf,
  stringifyJson,
} from '../i18n/model/jsonTree';
import { buildLocale, type Locale, type LocaleSet, SOURCE_LNG, sourceNamespaces } from '../i18n/model/locale';
import { lockText } from '../i18n/model/lock';
import { reorderLike } from '../i18n/model/reorder';

export interface DraftMeta {
  name: string;
  englishName: string;
  script: string;
  dir: 'ltr' | 'rtl';
  fonts: string[];
}

export interface Draft {
  code: string;
  meta: DraftMeta;
  /** Namespace → flat key (`nodes.intro.text`, `days_few`) → the translator's text. */
  texts: Record<string, Record<string, string>>;
  /** `ns:key` → hash of the English the translator confirmed the text against (as `_lock.json`). */
  lock: Record<string, string>;
  /** `ns:key` a reviewer marked as checked in a second pass. */
  reviewed: string[];
  updatedAt: string;
}

/** File name → text, per language, as the build ships them (see vite-plugins/localeFiles.ts). */
export type LocaleFiles = Record<string, Record<string, string>>;

export function emptyDraft(code: string, meta: DraftMeta): Draft {
  return { code, meta, texts: {}, lock: {}, reviewed: [], updatedAt: new Date(0).toISOString() };
}

/** The draft's language folder as files: shipped texts, the draft's texts over them, meta and lock. */
export function draftFiles(all: LocaleFiles, draft: Draft): Record<string, string> {
  const shipped = all[draft.code] ?? {};
  const en = buildLocale(SOURCE_LNG, all[SOURCE_LNG] ?? {});
  const out: Record<string, string> = { ...shipped };
  for (const [ns, texts] of Object.entries(draft.texts)) {
    const edits = Object.entries(texts);
    if (edits.length === 0) continue;
    out[`${ns}.json`] = withTexts(shipped[`${ns}.json`], en.namespaces.get(ns)?.tree, edits);
  }
  out['_meta.json'] = `${JSON.stringify(draft.meta, null, 2)}\n`;
  const shippedLock = buildLocale(draft.code, { '_lock.json': shipped['_lock.json'] ?? '{}' }).lock ?? {};
  out['_lock.json'] = lockText({ ...shippedLock, ...draft.lock });
  return out;
}

/** Patches changed strings in place when the file has them all; otherwise rebuilds in English order. */
function withTexts(raw: string | undefined, enTree: JNode | undefined, edits: [string, string][]): string {
  let tree: JNode | undefined;
  try {
    tree = raw === undefined ? undefined : parseJson(raw);
  } catch {
    tree = undefined; // a broken shipped file: the draft's texts start a clean one
  }
  if (tree && raw !== undefined) {
    const leaves = new Map(
      edits.map(([key, value]) => [key, { node: findLeaf(tree as JNode, key), value }] as const),
    );
    if ([...leaves.values()].every((e) => e.node !== undefined)) {
      const patched = patchStrings(
        raw,
        [...leaves.values()].map((e) => ({ node: e.node as JNode, value: e.value })),
      );
      if (patched !== undefined) return patched;
    }
  }
  const base = tree ?? emptyObject();
  for (const [key, value] of edits) setLeaf(base, key, value);
  return stringifyJson(enTree ? reorderLike(base, enTree) : base);
}

function findLeaf(tree: JNode, key: string): JNode | undefined {
  let node: JNode | undefined = tree;
  for (const part of key.split('.')) {
    if (node?.kind === 'object') node = node.entries.find((e) => e.key === part)?.value;
    else if (node?.kind === 'array') node = node.items[Number(part)];
    else return undefined;
  }
  return node?.kind === 'string' ? node : undefined;
}

/** English plus the draft's language, as a LocaleSet for the model's checks, status and export. */
export function draftSet(all: LocaleFiles, draft: Draft, hash: LocaleSet['hash']): LocaleSet {
  const locales = new Map<string, Locale>([
    [SOURCE_LNG, buildLocale(SOURCE_LNG, all[SOURCE_LNG] ?? {})],
    [draft.code, buildLocale(draft.code, draftFiles(all, draft))],
  ]);
  return { locales, hash };
}

/** Plain resources of the draft's language for i18next (the game's preview reads these). */
export function draftResources(set: LocaleSet, code: string): Record<string, unknown> {
  const locale = set.locales.get(code);
  const out: Record<string, unknown> = {};
  for (const src of sourceNamespaces(set).values()) {
    const file = locale?.namespaces.get(src.ns);
    if (!file?.tree) continue;
    out[src.ns] = JSON.parse(file.raw);
  }
  return out;
}
