// Formats the scenario format's ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in the reader's language.

export function formatIsoDate(date: string, lng: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : m !== undefined
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lng, options).format(at);
  } catch {
    return date;
  }
}

/** Days since 1970 for placing a date on a timeline; partial dates fall on their first day. */
export function isoDay(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
