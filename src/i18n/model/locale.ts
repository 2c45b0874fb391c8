// In-memory locale trees: a locale is its folder's files as text, parsed once. Everything here is
// pure and browser-safe, so tests and pages build locales from strings; src/dev/i18n/load.ts reads the disk.

import type { Hash } from './hash';
import { flatten, type JNode, JsonSyntaxError, type Leaf, parseJson } from './jsonTree';
import { type LogicalKey, logicalKeys, pluralParts } from './keys';

export const SOURCE_LNG = 'en';

export interface FileProblem {
  file: string;
  line: number;
  column?: number;
  message: string;
  fix: string;
}

export interface NamespaceFile {
  ns: string;
  /** Path shown to people, relative to the locales folder: `hy/appeal.json`. */
  file: string;
  raw: string;
  tree?: JNode;
  leaves: Map<string, Leaf>;
}

export interface LocaleMeta {
  name: string;
  englishName: string;
  script: string;
  dir: 'ltr' | 'rtl';
}

export interface Glossary {
  file: string;
  allowedLatin: string[];
}

export interface Locale {
  code: string;
  meta?: LocaleMeta;
  namespaces: Map<string, NamespaceFile>;
  glossaries: Glossary[];
  /** `ns:key` → sha256 of the English source when the translation was confirmed. */
  lock?: Record<string, string>;
  /** Unreadable files (bad JSON, bad _meta.json…): reported by check, skipped by the rest. */
  problems: FileProblem[];
}

export interface LocaleSet {
  locales: Map<string, Locale>;
  /** SHA-256 for the lock (node:crypto in the CLI, precomputed WebCrypto in a page). */
  hash: Hash;
}

/**
 * Builds a locale from its folder's files (`name.json` → text, or bytes as read from disk or a
 * dropped file: bytes are decoded strictly, so invalid UTF-8 is a problem, never a silent U+FFFD).
 */
export function buildLocale(code: string, files: Record<string, string | Uint8Array>): Locale {
  const locale: Locale = { code, namespaces: new Map(), glossaries: [], problems: [] };
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!name.endsWith('.json')) continue;
    const file = `${code}/${name}`;
    const raw = decodeUtf8(file, content, locale.problems);
    const parsed = raw === undefined ? undefined : parseFile(file, raw, locale.problems);
    if (!name.startsWith('_')) {
      const ns = name.slice(0, -'.json'.length);
      locale.namespaces.set(ns, namespaceFile(ns, file, raw ?? '', parsed, locale.problems));
    } else if (parsed) readSpecial(locale, name, file, parsed);
  }
  if (!locale.meta && !locale.problems.some((p) => p.file.endsWith('_meta.json'))) {
    locale.problems.push({
      file: `${code}/_meta.json`,
      line: 0,
      message: 'the language folder has no _meta.json',
      fix: 'create it: { "name": "…", "englishName": "…", "script": "Latn", "dir": "ltr", "fonts": [] }',
    });
  }
  return locale;
}

// ignoreBOM keeps a byte-order mark in the text, so patched files are written back byte for byte.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(file: string, content: string | Uint8Array, problems: FileProblem[]): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return STRICT_UTF8.decode(content);
  } catch {
    // The lossy decoding marks the first bad sequence with U+FFFD: that is where to look.
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true }).decode(content);
    const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n');
    problems.push({
      file,
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      message: 'not valid UTF-8: a byte sequence on this line is no character (it would show as U+FFFD)',
      fix: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    });
    return undefined;
  }
}

function parseFile(file: string, raw: string, problems: FileProblem[]): JNode | undefined {
  try {
    return parseJson(raw);
  } catch (e) {
    const at = e instanceof JsonSyntaxError ? { line: e.line, column: e.column } : { line: 0 };
    problems.push({
      file,
      ...at,
      message: `invalid JSON: ${(e as Error).message}`,
      fix: 'fix the JSON syntax',
    });
    return undefined;
  }
}

function namespaceFile(
  ns: string,
  file: string,
  raw: string,
  tree: JNode | undefined,
  problems: FileProblem[],
): NamespaceFile {
  const leaves = new Map<string, Leaf>();
  if (tree && tree.kind !== 'object') {
    problems.push({
      file,
      line: 1,
      message: 'the file must hold a JSON object',
      fix: 'wrap the keys in { }',
    });
    return { ns, file, raw, leaves };
  }
  for (const leaf of tree ? flatten(tree) : []) leaves.set(leaf.key, leaf);
  return { ns, file, raw, tree, leaves };
}

function readSpecial(locale: Locale, name: string, file: string, node: JNode): void {
  const plain = toRecord(node);
  if (name === '_meta.json') {
    const ok = ['name', 'englishName', 'script', 'dir'].every((k) => typeof plain[k] === 'string');
    if (ok) locale.meta = plain as unknown as LocaleMeta;
    else problem(locale, file, 'needs string fields name, englishName, script (ISO 15924) and dir');
  } else if (name === '_lock.json') {
    const entries = Object.entries(plain).filter(([, v]) => typeof v === 'string');
    locale.lock = Object.fromEntries(entries) as Record<string, string>;
  } else if (name.startsWith('_glossary.')) {
    const list = plain.allowedLatin ?? [];
    if (Array.isArray(list) && list.every((w) => typeof w === 'string')) {
      locale.glossaries.push({ file, allowedLatin: list as string[] });
    } else problem(locale, file, '"allowedLatin" must be a list of strings');
  }
}

function problem(locale: Locale, file: string, message: string): void {
  locale.problems.push({ file, line: 1, message, fix: 'see CONTRIBUTING.md, "Translating"' });
}

function toRecord(node: JNode): Record<string, unknown> {
  if (node.kind !== 'object') return {};
  return Object.fromEntries(node.entries.map((e) => [e.key, plainOf(e.value)]));
}

function plainOf(node: JNode): unknown {
  if (node.kind === 'object') return toRecord(node);
  if (node.kind === 'array') return node.items.map(plainOf);
  return node.value;
}

/** The English side of one namespace: its logical keys and which bases are plural. */
export interface SourceNs {
  ns: string;
  file: NamespaceFile;
  keys: LogicalKey[];
  pluralBases: Set<string>;
  hash: Hash;
}

export function sourceNamespaces(set: LocaleSet): Map<string, SourceNs> {
  const en = set.locales.get(SOURCE_LNG);
  const out = new Map<string, SourceNs>();
  for (const [ns, file] of en?.namespaces ?? []) {
    const keys = logicalKeys([...file.leaves.keys()]);
    const pluralBases = new Set(keys.filter((k) => k.plural).map((k) => k.key));
    out.set(ns, { ns, file, keys, pluralBases, hash: set.hash });
  }
  return out;
}

/** The English leaves making up a logical key (one, or one per plural form). */
export function sourceForms(src: SourceNs, lk: LogicalKey): Leaf[] {
  if (!lk.plural) {
    const leaf = src.file.leaves.get(lk.key);
    return leaf ? [leaf] : [];
  }
  return [...src.file.leaves.values()].filter((l) => {
    const p = pluralParts(l.key);
    return p?.base === lk.key && p.ordinal === lk.plural?.ordinal;
  });
}

/** The leaves a translation has for a logical key (plural forms matched by base). */
export function translationForms(file: NamespaceFile | undefined, lk: LogicalKey): Leaf[] {
  if (!file) return [];
  if (!lk.plural) {
    const leaf = file.leaves.get(lk.key);
    return leaf ? [leaf] : [];
  }
  return [...file.leaves.values()].filter((l) => {
    const p = pluralParts(l.key);
    return p?.base === lk.key && p.ordinal === lk.plural?.ordinal;
  });
}

/** A leaf's text, or undefined for numbers, booleans and null (which check reports). */
export function textOf(leaf: Leaf): string | undefined {
  return leaf.node.kind === 'string' ? leaf.node.value : undefined;
}

/** Languages other than the source, in folder order. */
export function targetLocales(set: LocaleSet): Locale[] {
  return [...set.locales.values()].filter((l) => l.code !== SOURCE_LNG);
}
