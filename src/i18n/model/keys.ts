// Key anatomy shared by every tool: plural suffixes (i18next JSON v4, Intl.PluralRules categories),
// logical keys (a plural group counts as one key), {{placeholders}} and $t(nesting) references.

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const SUFFIX = /^(.*?)(_ordinal)?_(zero|one|two|few|many|other)$/;

export interface PluralParts {
  base: string;
  ordinal: boolean;
  category: PluralCategory;
}

/** Splits `coins_few` into base `coins` and category `few` (`place_ordinal_one` is ordinal). */
export function pluralParts(key: string): PluralParts | undefined {
  const m = SUFFIX.exec(key);
  if (!m?.[1] || !m[3]) return undefined;
  return { base: m[1], ordinal: Boolean(m[2]), category: m[3] as PluralCategory };
}

/** Categories a language needs, in the canonical order (one before other). */
export function pluralCategories(lng: string, ordinal = false): PluralCategory[] {
  const rules = new Intl.PluralRules(lng, { type: ordinal ? 'ordinal' : 'cardinal' });
  const cats = new Set(rules.resolvedOptions().pluralCategories);
  return PLURAL_CATEGORIES.filter((c) => cats.has(c));
}

/** Builds a plural key from its parts. */
export function pluralKey(base: string, category: PluralCategory, ordinal: boolean): string {
  return `${base}${ordinal ? '_ordinal' : ''}_${category}`;
}

/** A logical key: a plain key, or a plural group (English decides which bases are plural). */
export interface LogicalKey {
  key: string;
  plural?: { ordinal: boolean };
}

/**
 * Groups the flat English keys into logical keys, in document order. A key is a plural form when
 * English also has `<base>_other` (or `<base>_ordinal_other`), so a lone `label_one` stays plain.
 */
export function logicalKeys(enKeys: readonly string[]): LogicalKey[] {
  const all = new Set(enKeys);
  const out: LogicalKey[] = [];
  const seen = new Set<string>();
  for (const k of enKeys) {
    const p = pluralParts(k);
    const isPlural = p && all.has(pluralKey(p.base, 'other', p.ordinal));
    const lk: LogicalKey = isPlural ? { key: p.base, plural: { ordinal: p.ordinal } } : { key: k };
    const id = isPlural ? `${p.base}#${p.ordinal}` : k;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(lk);
  }
  return out;
}

/** The logical key a flat key belongs to, given the English plural bases. */
export function logicalOf(key: string, pluralBases: ReadonlySet<string>): string {
  const p = pluralParts(key);
  return p && pluralBases.has(p.base) ? p.base : key;
}

/** `{{name}}`, `{{- name}}` and `{{count, number}}` all name `name`/`count`. */
export function placeholders(text: string): string[] {
  return unique([...text.matchAll(/\{\{\s*-?\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''));
}

/** Keys referenced by `$t(key)`, `$t(ns:key, {...})` or `$t("key")`. */
export function nestings(text: string): string[] {
  return unique([...text.matchAll(/\$t\(\s*["']?([^,)"']+)/g)].map((m) => (m[1] ?? '').trim()));
}

function unique(list: string[]): string[] {
  return [...new Set(list)].sort();
}

/** Compares two sorted lists as multisets: what `actual` lacks and what it adds. */
export function diffLists(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const rest = [...actual];
  const missing: string[] = [];
  for (const e of expected) {
    const i = rest.indexOf(e);
    if (i === -1) missing.push(e);
    else rest.splice(i, 1);
  }
  return { missing, extra: rest };
}
