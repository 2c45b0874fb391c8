// What the atlas shows of the texts: keys with at least one screenshot against all English keys,
// per namespace, and the size budget the shipped atlas must keep.
import { logicalKeys } from '../../i18n/model/keys';
import type { Locale } from '../../i18n/model/locale';
import type { AtlasShot } from './run';

/**
 * The shipped atlas's budget. A screen as JPEG q55 at 1024 px wide is 30–90 kB (long documents
 * more); identical screens are stored once. The whole atlas (5 languages) stays under 40 MB, and
 * no single picture over 400 kB. It is fetched only by translate.html, one picture at a time.
 */
export const ATLAS_BUDGET = { totalBytes: 40_000_000, maxFileBytes: 400_000, meanFileBytes: 120_000 };

/**
 * Game texts no atlas picture shows, each with why. The atlas test fails on any other key
 * without a picture, so a new text the atlas cannot reach is noticed.
 */
const OFF_ATLAS: [RegExp, string][] = [
  // Not drawn by the game at all.
  [/^[a-z0-9-]+:(vars|axes)\.[^.]+\.description$/, 'no game screen shows it (authors and teachers read it)'],
  [/^[a-z0-9-]+:parties\.narrator\.name$/, 'the narrator is never named on screen'],
  // Shown only on screens the atlas does not make (errors, focus, loading, other months).
  [/^common:notice\./, 'only when a save is damaged, from another version, or storage is off'],
  [/^common:menu\.empty$/, 'only in a build with no scenario'],
  [/^common:app\.skip$/, 'the skip link shows only on keyboard focus'],
  [/^common:loading\./, 'the loading screen is gone before a capture'],
  [/^common:date\.month(Name|Of)\./, 'a month no scenario date falls in'],
  // Shown by the game but not captured yet: need a state where a choice is locked, a wrong
  // answer, or the screen after a quiz answer (see docs/translators.md, "What the atlas lacks").
  [/^[a-z0-9-]+:nodes\.[^.]+\.choices\.[^.]+\.unavailable$/, 'not captured yet: a locked choice'],
  [/^common:(choice|play)\.unavailable$/, 'not captured yet: a locked choice'],
  [/^common:quiz\.incorrect$/, 'not captured yet: a wrong answer'],
  [/^[a-z0-9-]+:quiz\.[^.]+\.explanation$/, 'not captured yet: the explanation after an answer'],
];

/** Why `key` (`ns:key`) has no picture, when that is expected; undefined otherwise. */
export function offAtlas(key: string): string | undefined {
  return OFF_ATLAS.find(([re]) => re.test(key))?.[1];
}

export interface Coverage {
  covered: number;
  total: number;
  byNs: Record<string, { covered: number; total: number }>;
  uncovered: string[];
}

export function atlasCoverage(en: Locale, shots: readonly AtlasShot[], only?: ReadonlySet<string>): Coverage {
  const seen = new Set(shots.flatMap((s) => s.keys.map((k) => k[0])));
  const byNs: Coverage['byNs'] = {};
  const uncovered: string[] = [];
  for (const [ns, file] of en.namespaces) {
    if (only && !only.has(ns)) continue;
    const keys = logicalKeys([...file.leaves.keys()]).map((k) => `${ns}:${k.key}`);
    const covered = keys.filter((k) => seen.has(k));
    byNs[ns] = { covered: covered.length, total: keys.length };
    uncovered.push(...keys.filter((k) => !seen.has(k)));
  }
  const sum = (f: 'covered' | 'total') => Object.values(byNs).reduce((a, r) => a + r[f], 0);
  return { covered: sum('covered'), total: sum('total'), byNs, uncovered };
}

export function coverageLine(c: Coverage): string {
  const parts = Object.entries(c.byNs).map(([ns, r]) => `${ns} ${r.covered}/${r.total}`);
  const off = c.uncovered.filter((k) => offAtlas(k)).length;
  return `atlas coverage: ${c.covered}/${c.total} keys with a screenshot (${parts.join(', ')}); ${off} of the rest known to be off the atlas`;
}
