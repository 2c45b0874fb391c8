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
  return `atlas coverage: ${c.covered}/${c.total} keys with a screenshot (${parts.join(', ')})`;
}
