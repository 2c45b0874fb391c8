// How complete each language is, per namespace, as data (the teacher catalog shows it) and as a
// table (`npm run i18n:status`, or `-- --json`). A plural group counts as one key. Browser-safe:
// build the LocaleSet with model.ts `buildLocale(code, { 'appeal.json': rawText, … })`.

import {
  type LocaleSet,
  sourceForms,
  sourceNamespaces,
  targetLocales,
  textOf,
  translationForms,
} from './locale';
import { keyState, needsReview } from './lock';

export interface Completeness {
  locale: string;
  namespace: string;
  /** Logical keys in English. */
  total: number;
  /** Present and confirmed against the current English. */
  translated: number;
  missing: number;
  /** Present but English changed since, or never confirmed: shown in the game, needs review. */
  stale: number;
  /** Present and character-for-character equal to English (often a leftover; sometimes a name). */
  identical: number;
  /** translated / total, 0–100, one decimal. */
  percent: number;
}

export function localeCompleteness(set: LocaleSet): Completeness[] {
  const sources = sourceNamespaces(set);
  const rows: Completeness[] = [];
  for (const locale of targetLocales(set)) {
    for (const src of sources.values()) {
      const row = { locale: locale.code, namespace: src.ns, total: src.keys.length, translated: 0 };
      const counts = { ...row, missing: 0, stale: 0, identical: 0, percent: 0 };
      const file = locale.namespaces.get(src.ns);
      for (const lk of src.keys) {
        const state = keyState(locale, src, lk);
        if (state === 'missing') counts.missing++;
        else if (needsReview(state)) counts.stale++;
        else counts.translated++;
        const en = sourceForms(src, lk).map(textOf);
        const tr = translationForms(file, lk).map(textOf);
        if (state !== 'missing' && tr.some((t) => en.includes(t))) counts.identical++;
      }
      counts.percent = counts.total ? Math.floor((counts.translated / counts.total) * 1000) / 10 : 100;
      rows.push(counts);
    }
  }
  return rows;
}

/** Sums the rows of one locale (for a catalog badge). */
export function localeTotals(rows: readonly Completeness[], locale: string): Completeness {
  const mine = rows.filter((r) => r.locale === locale);
  const sum = (k: 'total' | 'translated' | 'missing' | 'stale' | 'identical') =>
    mine.reduce((a, r) => a + r[k], 0);
  const total = sum('total');
  const translated = sum('translated');
  return {
    locale,
    namespace: '*',
    total,
    translated,
    missing: sum('missing'),
    stale: sum('stale'),
    identical: sum('identical'),
    percent: total ? Math.floor((translated / total) * 1000) / 10 : 100,
  };
}

const COLUMNS = [
  'locale',
  'namespace',
  'total',
  'translated',
  'missing',
  'stale',
  'identical',
  'percent',
] as const;

export function statusTable(rows: readonly Completeness[]): string {
  const locales = [...new Set(rows.map((r) => r.locale))];
  const all = locales.flatMap((l) => [...rows.filter((r) => r.locale === l), localeTotals(rows, l)]);
  const cells = all.map((r) =>
    COLUMNS.map((c) => (c === 'percent' ? `${r.percent.toFixed(1)}%` : String(r[c]))),
  );
  const header = COLUMNS.map((c) => (c === 'percent' ? '%' : c));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
