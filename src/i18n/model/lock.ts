// Stale translations: each locale's `_lock.json` maps `ns:key` to the sha256 of the English source
// the translation was confirmed against. A different hash now means English changed: "stale".

import type { LogicalKey } from './keys';
import {
  type Locale,
  type LocaleSet,
  type SourceNs,
  sourceForms,
  sourceNamespaces,
  textOf,
  translationForms,
} from './locale';

export type Lock = Record<string, string>;

export const lockId = (ns: string, key: string): string => `${ns}:${key}`;

/** What is hashed for a logical key: its English text (all plural forms, in file order). */
export function sourceText(src: SourceNs, lk: LogicalKey): string {
  const forms = sourceForms(src, lk).map((l) => [l.key, textOf(l) ?? '']);
  return lk.plural ? JSON.stringify(forms) : (forms[0]?.[1] ?? '');
}

/** Every text `sourceHash` may be asked for (a page precomputes their hashes with WebCrypto). */
export function sourceTexts(set: LocaleSet): string[] {
  return [...sourceNamespaces(set).values()].flatMap((src) => src.keys.map((lk) => sourceText(src, lk)));
}

/** Hash of the English source of a logical key, with the set's hash function. */
export function sourceHash(src: SourceNs, lk: LogicalKey): string {
  return src.hash(sourceText(src, lk));
}

export type KeyState = 'missing' | 'unconfirmed' | 'stale' | 'current';

/**
 * Where a translation stands: `stale` when English changed since it was confirmed, `unconfirmed`
 * when nobody has confirmed it yet (no lock entry; `i18n:lock-init` or `i18n:confirm` fixes that).
 */
export function keyState(locale: Locale, src: SourceNs, lk: LogicalKey): KeyState {
  const forms = translationForms(locale.namespaces.get(src.ns), lk);
  if (forms.length === 0 || forms.every((l) => (textOf(l) ?? '').trim() === '')) return 'missing';
  const locked = locale.lock?.[lockId(src.ns, lk.key)];
  if (locked === undefined) return 'unconfirmed';
  return locked === sourceHash(src, lk) ? 'current' : 'stale';
}

/** Needs a translator's look before it counts as done (both show their old text in the game). */
export const needsReview = (s: KeyState): boolean => s === 'stale' || s === 'unconfirmed';

/**
 * Returns a new lock with the given keys confirmed against today's English, dropping entries for
 * keys English no longer has. Missing translations are never confirmed.
 */
export function confirmKeys(
  locale: Locale,
  sources: Map<string, SourceNs>,
  pick: (ns: string, key: string) => boolean,
): { lock: Lock; confirmed: string[] } {
  const lock: Lock = {};
  const confirmed: string[] = [];
  for (const src of sources.values()) {
    for (const lk of src.keys) {
      const id = lockId(src.ns, lk.key);
      const state = keyState(locale, src, lk);
      if (state !== 'missing' && pick(src.ns, lk.key)) {
        lock[id] = sourceHash(src, lk);
        if (needsReview(state)) confirmed.push(id);
      } else if (locale.lock?.[id] !== undefined) lock[id] = locale.lock[id];
    }
  }
  return { lock, confirmed };
}

/** The lock file's text: sorted keys so that diffs stay small and merges easy. */
export function lockText(lock: Lock): string {
  const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
