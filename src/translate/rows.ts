// What the translator's page lists: one row per English key with its units (one per plural form
// the language needs), status from the lock (same hash as the CLI), context from the scenarios,
// and the CLI's own checks on each unit as the translator types.

import type { LogicalKey, PluralCategory } from '../i18n/model/keys';
import { type LocaleSet, SOURCE_LNG, type SourceNs, sourceNamespaces } from '../i18n/model/locale';
import { keyState } from '../i18n/model/lock';
import type { Finding } from '../i18n/model/rules';
import type { TextUse } from '../i18n/model/usage';
import { planUnits } from '../i18n/model/xliff';
import { targetFindings } from '../i18n/model/xliffImport';

export type RowStatus = 'missing' | 'stale' | 'done';

export interface Unit {
  /** Flat key in the file: `days_few`, `nodes.intro.text`. */
  id: string;
  source: string;
  target?: string;
  category?: PluralCategory;
}

export interface Row {
  ns: string;
  key: string;
  lk: LogicalKey;
  status: RowStatus;
  units: Unit[];
  use?: TextUse;
}

/** `unconfirmed` counts as stale, as `i18n:status` does: shown in the game, needs a look. */
export function rowStatus(state: ReturnType<typeof keyState>): RowStatus {
  return state === 'missing' ? 'missing' : state === 'current' ? 'done' : 'stale';
}

export function buildRows(set: LocaleSet, code: string, uses: readonly TextUse[]): Row[] {
  const locale = set.locales.get(code);
  if (!locale || code === SOURCE_LNG) return [];
  const byKey = new Map(uses.map((u) => [`${u.ns}:${u.key}`, u]));
  const rows: Row[] = [];
  for (const src of sourceNamespaces(set).values()) {
    const plans = planUnits(src, locale);
    for (const lk of src.keys) {
      const units = plans
        .filter((p) => p.lk === lk)
        .map(({ id, source, target, category }) => ({ id, source, target, category }));
      // A plural group with a form left empty is missing, as i18n:check reports it (an error).
      const empty = units.some((u) => !u.target?.trim());
      const status = empty ? 'missing' : rowStatus(keyState(locale, src, lk));
      rows.push({ ns: src.ns, key: lk.key, lk, status, units, use: byKey.get(`${src.ns}:${lk.key}`) });
    }
  }
  return rows;
}

/** The CLI's checks on one unit's text (placeholders, nestings, markup, empty, length, Latin). */
export function unitFindings(set: LocaleSet, code: string, row: Row, unit: Unit, text: string): Finding[] {
  const src = sourceNamespaces(set).get(row.ns) as SourceNs;
  const locale = set.locales.get(code);
  if (!src || !locale) return [];
  const plan = { id: unit.id, source: unit.source, target: unit.target, lk: row.lk, category: unit.category };
  const found = targetFindings(text, plan, src, locale);
  const max = row.use?.maxLength;
  const len = [...text].length;
  if (max && len > max) {
    found.push({
      code: 'i18n.screenLength',
      message: `${len} characters; the ${row.use?.where ?? 'screen'} holds at most ${max}`,
      fix: 'shorten it',
    });
  }
  return found;
}

/** Rows that pass a filter: status, a failing check, one scenario namespace, or text search. */
export interface Filter {
  status?: RowStatus | 'failing';
  ns?: string;
  search?: string;
}

export function filterRows(rows: readonly Row[], f: Filter, failing: (row: Row) => boolean): Row[] {
  const q = f.search?.trim().toLocaleLowerCase();
  return rows.filter((r) => {
    if (f.ns && r.ns !== f.ns) return false;
    if (f.status === 'failing' ? !failing(r) : f.status && r.status !== f.status) return false;
    if (!q) return true;
    const hay = [r.key, ...r.units.flatMap((u) => [u.source, u.target ?? ''])].join('\n').toLocaleLowerCase();
    return hay.includes(q);
  });
}
