// A plain patch for a pull request: the draft's language folder as the zip export writes it,
// diffed against the shipped files (`git apply`-able, paths from the repository root). A new
// language's files are created from /dev/null. Made with jsdiff, the well-kept diff library.

import { formatPatch, type StructuredPatch, structuredPatch } from 'diff';
import { type Draft, draftFiles, type LocaleFiles } from './draft';

/** Keys sorted at every level, so that order and spacing do not count. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : v;

/** The same settings in another order or spacing are no change: the shipped layout stays. */
function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));
  } catch {
    return false;
  }
}

/** File path (from the repository root) → [shipped text or undefined for a new file, new text]. */
export function patchFiles(all: LocaleFiles, draft: Draft): [string, string | undefined, string][] {
  const shipped = all[draft.code] ?? {};
  return Object.entries(draftFiles(all, draft))
    .filter(([name, text]) => {
      const old = shipped[name];
      if (old === text) return false;
      return !(name === '_meta.json' && old !== undefined && sameJson(old, text));
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, text]) => [`locales/${draft.code}/${name}`, shipped[name], text]);
}

/** The unified diff, git style; empty when the draft changes nothing. */
export function exportPatch(all: LocaleFiles, draft: Draft): string {
  const patches = patchFiles(all, draft).map(([path, old, text]): StructuredPatch => {
    const p = structuredPatch(
      old === undefined ? '/dev/null' : `a/${path}`,
      `b/${path}`,
      old ?? '',
      text,
      undefined,
      undefined,
      { context: 3 },
    );
    return old === undefined
      ? { ...p, isGit: true, isCreate: true, newMode: '100644' }
      : { ...p, isGit: true };
  });
  return patches.length ? formatPatch(patches) : '';
}
