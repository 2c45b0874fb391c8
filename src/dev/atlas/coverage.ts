// What the atlas shows of the texts: keys with at least one screenshot against all English keys,
// per namespace, and the size budget the shipped atlas must keep.
import { logicalKeys } from '../../i18n/model/keys';
import type { Locale } from '../../i18n/model/locale';
import type { AtlasShot } from './run';

/**
 * The shipped atlas's budget, per language, since each language adds its own pictures. A screen
 * as WebP q45 at 1024 px wide is 20–90 kB (a debrief with every part open more); identical
 * pictures are stored once. Measured in CI: en 13.7 MB, ru 15.8, hy 17.4, pseudo 22.2 (its texts
 * are made about 40 % longer, so its screens are taller); 77 kB a picture on average. Only
 * translate.html fetches them, one at a time, so the budget guards the site's size, not a page's
 * load: it fails a change that makes pictures markedly bigger (JPEG made en alone 18 MB).
 */
export const ATLAS_BUDGET = { perLanguageBytes: 25_000_000, maxFileBytes: 400_000, meanFileBytes: 90_000 };

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
  // The fallback reason for a locked choice: every locked choice in the scenarios has its own.
  [/^common:choice\.unavailable$/, 'only for a locked choice without its own reason; each has its own'],
  // The plain "Meter +10" line, for a listed change with no why: the validator makes every
  // choice say why it moves each meter (pathsToFeedback still looks for one, should it appear).
  [/^common:change\.item$/, 'only for a change with no why; every choice must say why it moves a meter'],
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

/** The budget's breaches, one sentence each; empty when the atlas fits. */
export function overBudget(shots: readonly AtlasShot[], sizes: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  const lngs = [...new Set(shots.map((s) => s.lng))];
  for (const lng of lngs) {
    const files = new Set(shots.filter((s) => s.lng === lng).map((s) => s.file));
    const bytes = [...files].reduce((a, f) => a + (sizes.get(f) ?? 0), 0);
    if (bytes > ATLAS_BUDGET.perLanguageBytes)
      out.push(
        `${lng}: ${mb(bytes)} of pictures, over the ${mb(ATLAS_BUDGET.perLanguageBytes)} a language may use`,
      );
  }
  const all = [...sizes.values()];
  const mean = all.reduce((a, b) => a + b, 0) / Math.max(1, all.length);
  if (mean > ATLAS_BUDGET.meanFileBytes)
    out.push(`pictures average ${kb(mean)}, over the ${kb(ATLAS_BUDGET.meanFileBytes)} budget`);
  for (const [f, n] of sizes)
    if (n > ATLAS_BUDGET.maxFileBytes)
      out.push(`${f} is ${kb(n)}, over the ${kb(ATLAS_BUDGET.maxFileBytes)} a picture may be`);
  return out;
}

/** Game texts (namespaces in `game`) on no picture and not known to be off the atlas. */
export function unexplained(c: Coverage, game: ReadonlySet<string>): string[] {
  return c.uncovered.filter((k) => game.has(k.split(':')[0] ?? '') && !offAtlas(k));
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const kb = (n: number) => `${Math.round(n / 1e3)} kB`;
