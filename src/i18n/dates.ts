// Formats the scenario format's ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) from locale patterns
// and month names in `common` (`date.*`): browsers' built-in Armenian date data is patchy, and
// the locale files keep every language's dates under the translators' control.
import type { Ui, UiKey } from './keys';

export function formatIsoDate(date: string, ui: Ui): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return ui('date.year', { year: y });
  // Month keys are `1`…`12`; the template cannot be narrowed to them, and the locale check
  // proves all twelve exist in every language.
  if (d === undefined) return ui('date.month', { month: ui(`date.monthName.${m}` as UiKey), year: y });
  return ui('date.day', { day: d, month: ui(`date.monthOf.${m}` as UiKey), year: y });
}

/** Days since 1970 for placing a date on a timeline; partial dates fall on their first day. */
export function isoDay(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
